using Enigma.Beam;
using Enigma.Runtime.Bifs;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime;

/// <summary>
/// <c>enigma run</c>: loads a module, calls main/1 (with the arguments as strings),
/// else main/0, else start/0, and gives the exit status: 0 when it returns, N after
/// halt(N), 1 after an uncaught exception (reported on stderr).
/// </summary>
public static class ProgramRunner
{
    public static int Run(string beamPath, IReadOnlyList<string> args, IReadOnlyList<string> codePath, TextWriter stdout, TextWriter stderr,
        Compiler.CompilerSettings? compiler = null, int processLimit = Configuration.EnigmaSettings.DefaultProcessLimit, int schedulers = 0)
    {
        var node = new Node(codePath, stdout, stderr: stderr, compiler: compiler, schedulers: schedulers) { ProcessLimit = processLimit };
        var module = node.Code.Load(BeamReader.ReadFile(beamPath));
        node.StartSystemProcesses();

        var entry = module.Exports.Select(e => e.Export).FirstOrDefault(e => Is(e, "main", 1))
            ?? module.Exports.Select(e => e.Export).FirstOrDefault(e => Is(e, "main", 0))
            ?? module.Exports.Select(e => e.Export).FirstOrDefault(e => Is(e, "start", 0));
        if (entry is null)
        {
            stderr.WriteLine($"enigma: {beamPath}: module {module} exports neither main/1, main/0 nor start/0");
            return 2;
        }
        try
        {
            var (result, process) = Call(node, entry, heap => entry.Arity == 1 ? [heap.List([.. args.Select(heap.String)])] : []);
            if (result == RunResult.Finished)
                return 0;
            stdout.Flush();
            stderr.WriteLine(CrashReport.Describe(process));
            return 1;
        }
        catch (HaltException halt)
        {
            return halt.Status;
        }
        catch (Exception bug) when (bug is not OutOfMemoryException)
        {
            stdout.Flush();
            stderr.WriteLine($"enigma: the process running {entry} crashed inside the emulator: {bug.GetType().Name}: {bug.Message}");
            stderr.WriteLine(bug.StackTrace);
            return 1;
        }
    }

    /// <summary>
    /// Runs M:F(Args) in a new process to its end: Finished (the value in x0) or Crashed.
    /// Its initial call is erlang:apply/2, as for the process erl -run starts.
    /// </summary>
    public static (RunResult Result, Process Process) Call(Node node, Code.Export entry, Func<Memory.Heap, Term[]> args)
    {
        var process = node.Spawn(entry, args);
        process.InitialCall = node.Apply2;
        return (node.RunUntilExit(process), process);
    }

    private static bool Is(Code.Export e, string name, int arity) => Atoms.Name(e.Function) == name && e.Arity == arity;
}
