using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Emulator;

/// <summary>Many processes at once, through the procs fixtures' own functions (no timing asserts).</summary>
public sealed class ProcessStressTests
{
    private static readonly string Procs = Path.Combine(RepoPaths.Fixtures, "procs");

    [Fact]
    public void ARingOf20000LinkedProcessesPassesATokenAndDiesByOneKill()
    {
        var node = new Node([Procs, .. OtpBeams.Otp.EbinDirectories], TextWriter.Null);
        node.StartSystemProcesses();
        var ring = node.Exports.Get(Atoms.Intern("procs_ring"), Atoms.Intern("ring"), 2);
        Assert.NotNull(node.Code.EnsureLoaded(ring.Module));

        var (result, process) = ProgramRunner.Call(node, ring, _ => [Term.Small(20_000), Term.Small(2)]);

        Assert.True(result == RunResult.Finished, result == RunResult.Crashed ? CrashReport.Describe(process) : "yielded");
        Assert.Equal("{40000,killed}", TermPrinter.Print(process.Result));
        // The kill went through every link: only the system processes are left.
        Assert.Equal(3, node.ProcessCount);
    }
}
