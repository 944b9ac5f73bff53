using Enigma.Runtime.Code;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Compiler;

/// <summary>
/// A compiled function, bound to its <see cref="FunctionUnit"/>: runs from entry point
/// <paramref name="entry"/> (0 is the function's entry, then its return addresses and catch handlers);
/// <paramref name="depth"/> says how it was called (see <see cref="CompiledOps.Nested"/>).
/// </summary>
internal delegate Exit CompiledCode(Interpreter interp, Process p, int entry, int depth);

/// <summary>
/// One Erlang function: its code range, how often it was entered and, once hot, its compiled
/// code. Any scheduler may compile it; <see cref="FunctionCompiler.Compile"/> does it once.
/// </summary>
internal sealed class FunctionUnit(LoadedModule module, int start, int end)
{
    private CompiledCode? _code;

    public LoadedModule Module => module;

    /// <summary>The func_info instruction.</summary>
    public int Start => start;

    /// <summary>Past the last instruction.</summary>
    public int End => end;

    /// <summary>Where calls enter: right after func_info.</summary>
    public int Entry => start + 1;

    /// <summary>Entries seen by the interpreter before compiling (schedulers may miss a count: it only delays compiling).</summary>
    public int Calls;

    /// <summary>Held while compiling, so that schedulers racing past the threshold compile it once.</summary>
    public Lock Compiling { get; } = new();

    public CompiledCode? Code => Volatile.Read(ref _code);

    /// <summary>Return addresses and catch words the compiled code stores, made once.</summary>
    public Term[] Words = [];

    /// <summary>The functions it calls directly (same module).</summary>
    public FunctionUnit[] Callees = [];

    /// <summary>Makes the unit compiled: whoever sees the code sees the tables it reads.</summary>
    public void Publish(CompiledCode code, Term[] words, FunctionUnit[] callees)
    {
        Words = words;
        Callees = callees;
        Volatile.Write(ref _code, code);
    }
}

/// <summary>A place compiled code can be entered: its function and the index of the entry.</summary>
internal sealed class EntryPoint(FunctionUnit unit, int index)
{
    public FunctionUnit Unit => unit;

    public int Index => index;
}
