using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>Bit syntax: bs_create_bin and the matching instructions.</summary>
public sealed partial class Interpreter
{
    private bool ExecuteBinary(Process p, ref Instr i, Term[] x, ref int pc, LoadedModule module) =>
        throw new NotSupportedException($"instruction {i.Op} is not implemented yet (see notes/conformance.md)");
}
