using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Emulator;

/// <summary>
/// The processes issue's stress cases, through the procs fixtures' own functions at full size
/// (no timing asserts: bench/run measures time and memory).
/// </summary>
public sealed class ProcessStressTests
{
    private static readonly string Procs = Path.Combine(RepoPaths.Fixtures, "procs");

    [Fact]
    public void ARingOf20000LinkedProcessesPassesATokenAHundredTimesAroundAndDiesByOneKill()
    {
        var (node, result, systemProcesses) = Call("procs_ring", "ring", [Term.Small(20_000), Term.Small(100)]);
        Assert.Equal("{2000000,killed}", result);
        // The kill went through every link: only the system processes are left.
        Assert.Equal(systemProcesses, node.ProcessCount);
    }

    [Fact]
    public void EightSendersOfAHundredThousandMessagesLoseNoneAndKeepTheirOrder()
    {
        var (_, result, _) = Call("procs_senders", "senders", [Term.Small(8), Term.Small(100_000)]);
        Assert.Equal("{received,800000,out_of_order,0}", result);
    }

    [Fact]
    public void AMillionProcessesWaitAtOnceThenAllAnswerAndExit()
    {
        var (node, result, systemProcesses) = Call("procs_many", "many", [Term.Small(1_000_000)]);
        Assert.Equal("{alive,1000000,answered,1000000}", result);
        Assert.Equal(systemProcesses, node.ProcessCount);
    }

    /// <summary>
    /// Runs M:F(Args) from a procs fixture on a node that allows two million processes (with
    /// <paramref name="schedulers"/> scheduler threads, 0: one per core); also gives how many system processes it started with.
    /// </summary>
    internal static (Node Node, string Result, int SystemProcesses) Call(string module, string function, Term[] args, int schedulers = 0)
    {
        var node = new Node([Procs, .. OtpBeams.Otp.EbinDirectories], TextWriter.Null, schedulers: schedulers) { ProcessLimit = 1 << 21 };
        node.StartSystemProcesses();
        var systemProcesses = node.ProcessCount;
        var entry = node.Exports.Get(Atoms.Intern(module), Atoms.Intern(function), args.Length);
        Assert.NotNull(node.Code.EnsureLoaded(entry.Module));

        var (result, process) = ProgramRunner.Call(node, entry, _ => args);

        Assert.True(result == RunResult.Finished, result == RunResult.Crashed ? CrashReport.Describe(process) : "yielded");
        return (node, TermPrinter.Print(process.Result), systemProcesses);
    }
}
