using Enigma.Beam;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Code;

/// <summary>A module ready to run: pre-decoded code and the tables its operands index.</summary>
public sealed class LoadedModule
{
    public required Term Name { get; init; }

    public required Instr[] Code { get; init; }

    /// <summary>Values that operands of kind Const index: the literal table first, then atoms, numbers, nil.</summary>
    public required Term[] Constants { get; init; }

    /// <summary>Lists that instructions refer to by start and count (select lists, tuple elements ...).</summary>
    public int[] Extra { get; internal set; } = [];

    public required Export[] Imports { get; init; }

    /// <summary>The module's funs (FunT), set right after the module itself exists.</summary>
    public FunEntry[] Funs { get; internal set; } = [];

    /// <summary>The module's own exports and where their code starts.</summary>
    public required IReadOnlyList<(Export Export, int Entry)> Exports { get; init; }

    public required LineMap Lines { get; init; }

    /// <summary>The bytes bs_match_string compares against.</summary>
    public required byte[] Strings { get; init; }

    /// <summary>The parsed file, for module_info (attributes, compile info); null for code made by the runtime.</summary>
    public required BeamFile? File { get; init; }

    /// <summary>
    /// The function -on_load names and its entry: until it has run and returned ok, the
    /// module is loaded but its exports are not (CodeServer keeps it pending).
    /// </summary>
    public (Term Function, int Entry)? OnLoad { get; init; }

    /// <summary>The compiling tier's view of this module's functions, made when control first reaches it.</summary>
    internal Compiler.ModuleUnits? Units;

    public override string ToString() => Atoms.Name(Name);
}
