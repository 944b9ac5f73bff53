using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>
/// The code a process starts in: call the start function, then return to nowhere,
/// which ends the process. Every return address is then inside some module, BIFs
/// called through apply included.
/// </summary>
internal static class BootModule
{
    private static readonly Term Name = Atoms.Intern("enigma_boot");

    /// <summary>One per start function, shared by every process that starts there (racing spawns agree on one).</summary>
    public static LoadedModule For(Export entry) =>
        Volatile.Read(ref entry.Boot) ?? LazyInitializer.EnsureInitialized(ref entry.Boot, () => Create(entry));

    private static LoadedModule Create(Export entry) => new()
    {
        Name = Name,
        Code =
        [
            new Instr { Op = Op.CallExt, A = entry.Arity, B = 0 },
            new Instr { Op = Op.Return },
        ],
        Constants = [],
        Extra = [],
        Imports = [entry],
        Exports = [],
        Lines = new LineMap([], [], [], []),
        Strings = [],
        File = null,
    };
}
