using Enigma.Runtime.Code;
using Enigma.Runtime.Emulator;

namespace Enigma.Runtime.Compiler;

/// <summary>
/// The compiling tier: the interpreter hands control to it at every call and return; it
/// counts entries per function, compiles a function once it has been entered
/// <see cref="CompilerSettings.Threshold"/> times, and runs compiled code, going from one
/// compiled function to the next, until control needs the interpreter.
/// </summary>
internal sealed class CompilingTier(CompilerSettings settings)
{
    /// <summary>
    /// Runs compiled code from (<paramref name="module"/>, <paramref name="pc"/>), the interpreter's
    /// state being <paramref name="sp"/>; NotCompiled when there is none there (nothing changed).
    /// </summary>
    public Exit Run(Interpreter interp, Process p, LoadedModule module, int pc, int sp)
    {
        var entry = EntryAt(module, pc);
        if (entry is null)
            return Exit.NotCompiled;
        p.Sp = sp;
        while (true)
        {
            var exit = entry.Unit.Code!(interp, p, entry.Index, 0);
            // A trap that ends the slice (erlang:yield/0) is the interpreter's to carry out.
            if (exit != Exit.Jump || p.YieldLive >= 0)
                return exit == Exit.Jump ? Exit.Interpret : exit;
            entry = EntryAt(p.Module!, p.Pc);
            if (entry is null)
                return Exit.Interpret;
        }
    }

    private EntryPoint? EntryAt(LoadedModule module, int pc)
    {
        var entry = ModuleUnits.For(module).EntryAt(pc);
        if (entry is null || entry.Unit.Code is not null)
            return entry;
        if (++entry.Unit.Calls < settings.Threshold)
            return null;
        FunctionCompiler.Compile(entry.Unit);
        return entry;
    }
}
