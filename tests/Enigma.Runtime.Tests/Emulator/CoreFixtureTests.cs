using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Emulator;

/// <summary>
/// otp-fixtures/core/core_basics: each line of the recorded output is {Name, Result} as
/// real erl printed it; here core_basics:run(Name) runs on the emulator and its result
/// is printed the same way (~w), once with the loader's specialisations and once without,
/// which pins every specialised instruction to its generic form.
/// </summary>
public sealed class CoreFixtureTests
{
    private static readonly string Directory = Path.Combine(RepoPaths.Fixtures, "core");

    private static readonly Dictionary<string, string> Expected = File.ReadAllLines(Path.Combine(Directory, "core_basics.out"))
        .ToDictionary(line => line[1..line.IndexOf(',', StringComparison.Ordinal)]);

    public static TheoryData<string, bool> Cases
    {
        get
        {
            var cases = new TheoryData<string, bool>();
            foreach (var name in Expected.Keys)
            {
                cases.Add(name, true);
                cases.Add(name, false);
            }
            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ResultEqualsErl(string name, bool specialize)
    {
        var node = new Node([Directory, .. OtpBeams.Otp.EbinDirectories], TextWriter.Null, specialize);
        Assert.NotNull(node.Code.EnsureLoaded(Atoms.Intern("core_basics")));
        var run = node.Exports.Get(Atoms.Intern("core_basics"), Atoms.Intern("run"), 1);

        var (result, process) = ProgramRunner.Call(node, run, _ => [Atoms.Intern(name)]);

        Assert.True(result == RunResult.Finished, result == RunResult.Crashed ? CrashReport.Describe(process) : "yielded");
        Assert.Equal(Expected[name], TermPrinter.Print(process.Heap.Tuple([Atoms.Intern(name), process.Result])));
    }
}
