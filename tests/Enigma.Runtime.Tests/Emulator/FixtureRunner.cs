using Enigma.Runtime.Compiler;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Emulator;

/// <summary>
/// Runs the cases of a fixture module under otp-fixtures/&lt;area&gt;/ whose recorded output
/// has one line per case, <c>{Name, Result}</c> printed by erl with ~w, where the module's
/// run(Name) returns Result. Each case runs on the emulator through module:run/1 and its
/// result is printed the same way; with and without the loader's specialisations, and with
/// every function compiled by the compiling tier.
/// </summary>
internal sealed class FixtureRunner
{
    private readonly string _directory;
    private readonly string _module;

    public FixtureRunner(string area, string module)
    {
        _directory = Path.Combine(RepoPaths.Fixtures, area);
        _module = module;
        Expected = File.ReadAllLines(Path.Combine(_directory, module + ".out"))
            .ToDictionary(line => line[1..line.IndexOf(',', StringComparison.Ordinal)]);
    }

    /// <summary>The line erl printed for each case, by case name.</summary>
    public Dictionary<string, string> Expected { get; }

    /// <summary>Every case, specialised and not, with the compiling tier as by default and with every function compiled.</summary>
    public TheoryData<string, bool, bool> Cases
    {
        get
        {
            var cases = new TheoryData<string, bool, bool>();
            foreach (var name in Expected.Keys)
            {
                foreach (var specialize in (bool[])[true, false])
                {
                    cases.Add(name, specialize, false);
                    cases.Add(name, specialize, true);
                }
            }
            return cases;
        }
    }

    /// <summary>Runs one case and asserts that it prints what erl printed.</summary>
    public void AssertCase(string name, bool specialize, bool compileAll)
    {
        var compiler = compileAll ? new CompilerSettings(Threshold: 0) : CompilerSettings.Default;
        var node = new Node([_directory, .. OtpBeams.Otp.EbinDirectories], TextWriter.Null, specialize, compiler: compiler);
        var module = Atoms.Intern(_module);
        Assert.NotNull(node.Code.EnsureLoaded(module));
        var run = node.Exports.Get(module, Atoms.Intern("run"), 1);

        var (result, process) = ProgramRunner.Call(node, run, _ => [Atoms.Intern(name)]);

        Assert.True(result == RunResult.Finished, result == RunResult.Crashed ? CrashReport.Describe(process) : "yielded");
        Assert.Equal(Expected[name], TermPrinter.Print(process.Heap.Tuple([Atoms.Intern(name), process.Result])));
    }
}
