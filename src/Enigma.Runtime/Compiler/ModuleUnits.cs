using Enigma.Runtime.Code;

namespace Enigma.Runtime.Compiler;

/// <summary>
/// A module's functions as compilation units and, by instruction index, the places compiled
/// code can be entered: every function entry, then the return addresses of compiled functions.
/// Made the first time control reaches the module with the tier on.
/// </summary>
internal sealed class ModuleUnits
{
    private ModuleUnits(EntryPoint?[] at) => At = at;

    public EntryPoint?[] At { get; }

    public static ModuleUnits For(LoadedModule module)
    {
        var code = module.Code;
        var at = new EntryPoint?[code.Length];
        var start = -1;
        for (var k = 0; k <= code.Length; k++)
        {
            if (k < code.Length && code[k].Op != Op.FuncInfo)
                continue;
            if (start >= 0 && start + 1 < code.Length)
                at[start + 1] = new EntryPoint(new FunctionUnit(module, start, k), 0);
            start = k;
        }
        return new ModuleUnits(at);
    }
}
