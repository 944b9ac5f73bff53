using Enigma.Runtime.Code;

namespace Enigma.Runtime.Compiler;

/// <summary>
/// By instruction index, the places where a module's code can be entered by the tier: the
/// function entries seen so far (each with its <see cref="FunctionUnit"/>, made on first
/// use), then the return addresses and catch handlers of compiled functions. Made when
/// control first reaches the module with the tier on; nothing per function before that
/// function is called. Schedulers share it: a slot is filled once, by compare-and-swap,
/// so every scheduler counts and compiles the same unit.
/// </summary>
internal sealed class ModuleUnits
{
    private readonly LoadedModule _module;

    private ModuleUnits(LoadedModule module)
    {
        _module = module;
        At = new EntryPoint?[module.Code.Length];
    }

    public EntryPoint?[] At { get; }

    /// <summary>The module's units; the first caller makes them and racing callers get the same.</summary>
    public static ModuleUnits For(LoadedModule module) =>
        Volatile.Read(ref module.Units)
        ?? Interlocked.CompareExchange(ref module.Units, new ModuleUnits(module), null)
        ?? module.Units!;

    /// <summary>The entry point at <paramref name="pc"/>; null when it is neither a known entry nor a function's first instruction.</summary>
    public EntryPoint? EntryAt(int pc)
    {
        if (Volatile.Read(ref At[pc]) is { } known)
            return known;
        var code = _module.Code;
        if (pc == 0 || code[pc - 1].Op != Op.FuncInfo)
            return null;
        // A function runs from its func_info to the next one.
        var end = pc;
        while (end < code.Length && code[end].Op != Op.FuncInfo)
            end++;
        var made = new EntryPoint(new FunctionUnit(_module, pc - 1, end), 0);
        return Interlocked.CompareExchange(ref At[pc], made, null) ?? made;
    }

    /// <summary>Adds a compiled unit's other entries (its return addresses and catch handlers), in entry order from 1.</summary>
    public void AddEntries(FunctionUnit unit, IReadOnlyList<int> entries)
    {
        for (var k = 1; k < entries.Count; k++)
            Volatile.Write(ref At[entries[k]], new EntryPoint(unit, k));
    }
}
