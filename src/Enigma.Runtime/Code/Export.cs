using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Code;

/// <summary>
/// The entry for M:F/A in the export table. Callers hold the entry, not the code,
/// so loading or reloading the module later redirects every call.
/// </summary>
public sealed class Export(Term module, Term function, int arity)
{
    private volatile CodeAddress? _code;

    public Term Module { get; } = module;

    public Term Function { get; } = function;

    public int Arity { get; } = arity;

    /// <summary>Where the function's code is now; null while its module is not loaded.</summary>
    public CodeAddress? Code
    {
        get => _code;
        set => _code = value;
    }

    /// <summary>Set when M:F/A is a BIF: it wins over any Erlang code of the same name, as in BEAM.</summary>
    public Bifs.BifFunction? Bif { get; set; }

    /// <summary>The code processes starting in M:F/A begin with (see BootModule), made on first spawn.</summary>
    internal LoadedModule? Boot;

    public override string ToString() => $"{Atoms.Name(Module)}:{Atoms.Name(Function)}/{Arity}";
}

/// <summary>An instruction of a loaded module.</summary>
public sealed record CodeAddress(LoadedModule Module, int Index);

/// <summary>The value of <c>fun M:F/A</c>: immutable, so it is shared rather than copied.</summary>
public sealed class ExportFun(Export export)
{
    public Export Export { get; } = export;
}
