using Enigma.Runtime.Code;

namespace Enigma.Runtime.Compiler;

/// <summary>
/// By instruction index, the places where a module's code can be entered by the tier: the
/// function entries seen so far (each with its <see cref="FunctionUnit"/>, made on first
/// use), then the return addresses and catch handlers of compiled functions. Made when
/// control first reaches the module with the tier on; nothing per function before that
/// function is called.
/// </summary>
internal sealed class ModuleUnits(LoadedModule module)
{
    public EntryPoint?[] At { get; } = new EntryPoint?[module.Code.Length];

    /// <summary>The entry point at <paramref name="pc"/>; null when it is neither a known entry nor a function's first instruction.</summary>
    public EntryPoint? EntryAt(int pc)
    {
        if (At[pc] is { } known)
            return known;
        var code = module.Code;
        if (pc == 0 || code[pc - 1].Op != Op.FuncInfo)
            return null;
        // A function runs from its func_info to the next one.
        var end = pc;
        while (end < code.Length && code[end].Op != Op.FuncInfo)
            end++;
        return At[pc] = new EntryPoint(new FunctionUnit(module, pc - 1, end), 0);
    }
}
