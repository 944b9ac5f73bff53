using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>Map instructions: get_map_elements, put_map_assoc, put_map_exact, has_map_fields.</summary>
public sealed partial class Interpreter
{
    private bool ExecuteMap(Process p, ref Instr i, Term[] x, ref int pc, LoadedModule module) =>
        throw new NotSupportedException($"instruction {i.Op} is not implemented yet (see notes/conformance.md)");
}
