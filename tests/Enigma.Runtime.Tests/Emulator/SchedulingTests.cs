using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Emulator;

/// <summary>
/// What the schedulers decide, through procs_scheduling's own functions: on one scheduler the
/// order is erl +S 1's; on several, work spreads. The receive marker, on the mailbox itself.
/// </summary>
public sealed class SchedulingTests
{
    [Fact]
    public void OnOneSchedulerProcessesMadeRunnableTogetherRunByPriorityAsErlPlusS1Does()
    {
        var (_, result, _) = ProcessStressTests.Call("procs_scheduling", "order", [], schedulers: 1);
        Assert.Equal("[max,high,normal,low]", result);
    }

    [Fact]
    public void OnOneSchedulerYieldLetsTheProcessItMadeRunnableRunFirst()
    {
        var (_, result, _) = ProcessStressTests.Call("procs_scheduling", "yielded", [], schedulers: 1);
        Assert.Equal("ran", result);
    }

    [Fact]
    public void BusyProcessesRunOnBothSchedulersOfATwoSchedulerNode()
    {
        var (node, result, _) = ProcessStressTests.Call("procs_scheduling", "schedulers_used", [Term.Small(4)], schedulers: 2);
        Assert.Equal(2, node.SchedulerCount);
        Assert.Equal("2", result);
    }

    [Fact]
    public void AProcessRunningOnAnotherSchedulerIsReportedRunning()
    {
        var (_, result, _) = ProcessStressTests.Call("procs_scheduling", "running_seen", [], schedulers: 2);
        Assert.Equal("running", result);
    }

    [Fact]
    public void AReceiveForAMarkedReferenceStartsAfterTheMessagesQueuedBeforeTheMarker()
    {
        var heap = new Heap(64);
        var mailbox = new Mailbox();
        Deliver(ref mailbox, heap, Term.Small(1));
        Deliver(ref mailbox, heap, Term.Small(2));
        var marker = Term.Small(mailbox.ReserveMarker(heap));
        var reference = Term.Ref(42);
        mailbox.BindMarker(marker, reference);
        Deliver(ref mailbox, heap, Term.Small(3));

        mailbox.UseMarker(reference);
        Assert.True(mailbox.TryPeek(heap, out var first));
        Assert.Equal("3", TermPrinter.Print(first));

        // Another reference does not move the receive; a message taken before the marker moves the marker.
        mailbox.Save = 0;
        mailbox.UseMarker(Term.Ref(43));
        Assert.Equal(0, mailbox.Save);
        mailbox.RemoveCurrent();
        mailbox.UseMarker(reference);
        Assert.Equal(1, mailbox.Save);

        mailbox.ClearMarker(reference);
        mailbox.Save = 0;
        mailbox.UseMarker(reference);
        Assert.Equal(0, mailbox.Save);
    }

    [Fact]
    public void AMarkerReservedAgainIsNotBoundByTheOlderMarkersValue()
    {
        var heap = new Heap(64);
        var mailbox = new Mailbox();
        var old = Term.Small(mailbox.ReserveMarker(heap));
        Deliver(ref mailbox, heap, Term.Small(1));
        mailbox.ReserveMarker(heap);
        mailbox.BindMarker(old, Term.Ref(7));
        mailbox.UseMarker(Term.Ref(7));
        Assert.Equal(0, mailbox.Save);
    }

    private static void Deliver(ref Mailbox mailbox, Heap heap, Term message)
    {
        mailbox.Deliver(TermCopier.CopyToFragment(message));
        mailbox.Drain(heap);
    }
}
