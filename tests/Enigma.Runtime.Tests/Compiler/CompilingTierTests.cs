using Enigma.Runtime.Code;
using Enigma.Runtime.Compiler;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Compiler;

/// <summary>
/// The compiling tier on otp-fixtures/compiler/jit_cases (whose main/1 is also a program
/// fixture, compared with erl with the tier on and with every function compiled).
/// </summary>
public sealed class CompilingTierTests
{
    private static readonly Term Module = Atoms.Intern("jit_cases");
    private static readonly CompilerSettings CompileAll = new(Threshold: 0);

    [Fact]
    public void AFunctionCompilesOnceHot()
    {
        var node = NewNode(new CompilerSettings(Threshold: 5));
        Assert.Equal("done", Print(Run(node, "count", _ => [Term.Small(1000)])));
        Assert.True(IsCompiled(node, "count", 1));
    }

    [Fact]
    public void AColdFunctionStaysInterpreted()
    {
        var node = NewNode(new CompilerSettings(Threshold: 1000));
        Assert.Equal("done", Print(Run(node, "count", _ => [Term.Small(10)])));
        Assert.False(IsCompiled(node, "count", 1));
    }

    [Fact]
    public void InstructionsLeftToTheInterpreterRunThere()
    {
        // echo/1 sends and receives: compiled code leaves at the send and comes back after the receive.
        var node = NewNode(CompileAll);
        Assert.Equal("{got,hello}", Print(Run(node, "echo", _ => [Atoms.Intern("hello")])));
        Assert.True(IsCompiled(node, "echo", 1));
    }

    [Fact]
    public void AMillionDeepRecursionRunsCompiled()
    {
        var node = NewNode(CompileAll);
        var sum = Run(node, "sum", heap => [heap.List([.. Enumerable.Range(1, 1_000_000).Select(k => Term.Small(k))])]);
        Assert.Equal("500000500000", Print(sum));
        Assert.True(IsCompiled(node, "sum", 1));
    }

    [Fact]
    public void ACompiledLoopYieldsAtItsReductionBudget()
    {
        var node = NewNode(CompileAll);
        var process = node.Spawn(node.Exports.Get(Module, Atoms.Intern("count"), 1), _ => [Term.Small(3_000_000)]);
        var interpreter = new Interpreter(new CompilingTier(CompileAll));
        var yields = 0;
        RunResult result;
        while ((result = interpreter.Run(process, 4000)) == RunResult.Yielded)
            yields++;
        Assert.Equal(RunResult.Finished, result);
        Assert.Equal("done", Print(process.Result));
        Assert.InRange(yields, 700, 800); // one call per iteration, 4000 per slice
    }

    [Fact]
    public void AnErrorInCompiledCodeHasTheInterpretersStackTrace()
    {
        var compiled = Print(Run(NewNode(CompileAll), "trace", _ => []));
        var interpreted = Print(Run(NewNode(CompilerSettings.Off), "trace", _ => []));
        Assert.Equal(interpreted, compiled);
        Assert.Contains("{jit_cases,inner,1,[{file,", compiled, StringComparison.Ordinal);
        Assert.Contains("{line,39}", compiled, StringComparison.Ordinal);
    }

    [Fact]
    public void SchedulersRacingToCompileAFunctionCompileItOnce()
    {
        var node = NewNode(CompilerSettings.Off);
        var code = Entry(node, "sum", 1);
        // Every thread finds the module's units, then the function's, then compiles it.
        var seen = Concurrently.Run(_ =>
        {
            var unit = ModuleUnits.For(code.Module).EntryAt(code.Index)!.Unit;
            FunctionCompiler.Compile(unit);
            return (Unit: unit, Code: unit.Code);
        });
        var units = code.Module.Units!;
        Assert.All(seen, s =>
        {
            Assert.Same(units.At[code.Index]!.Unit, s.Unit);
            Assert.Same(seen[0].Code, s.Code);
        });
        // The return address after the body call enters the same compiled unit.
        Assert.Contains(units.At, e => e is { Index: > 0 } && e.Unit == seen[0].Unit);
    }

    [Fact]
    public void ProcessesOnSeveralSchedulersShareTheirCompiledCode()
    {
        var settings = new CompilerSettings(Threshold: 5);
        var node = NewNode(settings);
        var count = node.Exports.Get(Module, Atoms.Intern("count"), 1);
        Assert.NotNull(node.Code.EnsureLoaded(Module));
        var processes = Enumerable.Range(0, Concurrently.Threads)
            .Select(_ => node.Spawn(count, _ => [Term.Small(200_000)])).ToArray();
        // One interpreter per thread, as each scheduler has; all of them reach the threshold at about the same time.
        var results = Concurrently.Run(k =>
        {
            var interpreter = new Interpreter(new CompilingTier(settings));
            RunResult result;
            while ((result = interpreter.Run(processes[k], 4000)) == RunResult.Yielded)
            {
            }
            return result;
        });
        Assert.All(results, r => Assert.Equal(RunResult.Finished, r));
        Assert.All(processes, p => Assert.Equal("done", Print(p.Result)));
        Assert.True(IsCompiled(node, "count", 1));
    }

    private static Node NewNode(CompilerSettings settings) =>
        new([Path.Combine(RepoPaths.Fixtures, "compiler"), .. OtpBeams.Otp.EbinDirectories], TextWriter.Null, compiler: settings);

    private static Term Run(Node node, string function, Func<Heap, Term[]> args)
    {
        Assert.NotNull(node.Code.EnsureLoaded(Module));
        var export = node.Exports.Get(Module, Atoms.Intern(function), args(new Heap(16)).Length);
        var (result, process) = ProgramRunner.Call(node, export, args);
        Assert.True(result == RunResult.Finished, CrashReport.Describe(process));
        return process.Result;
    }

    private static bool IsCompiled(Node node, string function, int arity)
    {
        var code = Entry(node, function, arity);
        return code.Module.Units?.At[code.Index]?.Unit.Code is not null;
    }

    private static CodeAddress Entry(Node node, string function, int arity)
    {
        Assert.NotNull(node.Code.EnsureLoaded(Module));
        return node.Exports.Get(Module, Atoms.Intern(function), arity).Code!;
    }

    private static string Print(Term t) => TermPrinter.Print(t);
}
