using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;
using Enigma.Runtime.Timers;

namespace Enigma.Runtime;

/// <summary>
/// Time in the scheduler: receive ... after deadlines and erlang:send_after/start_timer share
/// one timer wheel on one clock: erlang:monotonic_time(millisecond), which wait_timeout also reads.
/// </summary>
public sealed partial class Node
{
    private readonly TimerWheel _timers = new(Clock);

    /// <summary>The BIF timers that have not fired or been cancelled, by reference id.</summary>
    private readonly Dictionary<long, MessageTimer> _messageTimers = [];

    internal static long Clock => Bifs.TimeBifs.MonotonicMs();

    private void FireTimers()
    {
        if (_timers.Count > 0)
            _timers.Advance(Clock);
    }

    /// <summary>Nothing to run: sleeps until the wheel has work, or for ever (as erl does) if it has none.</summary>
    private void SleepUntilTimer()
    {
        if (_timers.NextWork() is not { } next)
        {
            Thread.Sleep(Timeout.Infinite);
            return;
        }
        var delay = next - Clock;
        if (delay > 0)
            Thread.Sleep(TimeSpan.FromMilliseconds(delay));
    }

    /// <summary>After a slice: the wheel holds the process's receive deadline exactly while it has one.</summary>
    private void SyncReceiveTimer(Process p)
    {
        var timer = p.ReceiveTimer;
        var wanted = p.Status == ProcessStatus.Waiting && p.Deadline != long.MaxValue;
        if (timer is { IsActive: true } && (!wanted || timer.Due != p.Deadline))
            _timers.Cancel(timer);
        if (!wanted || timer is { IsActive: true })
            return;
        timer ??= p.ReceiveTimer = new ReceiveTimeout(this, p);
        timer.Due = p.Deadline;
        _timers.Add(timer);
    }

    /// <summary>The receive's time is up: it runs again and takes its timeout branch unless a message matches.</summary>
    internal void TimeOut(Process p)
    {
        p.TimedOut = true;
        p.Deadline = long.MaxValue;
        if (p.Status == ProcessStatus.Waiting)
            Enqueue(p);
    }

    /// <summary>send_after / start_timer (<paramref name="reference"/> names the timer): <paramref name="message"/> goes to the destination (a pid or a name) at <paramref name="due"/>.</summary>
    internal void StartTimer(long due, Term destination, Term message, Term reference)
    {
        var timer = new MessageTimer(this, reference, destination, TermCopier.CopyToFragment(message)) { Due = due };
        _messageTimers[reference.ImmediateId] = timer;
        _timers.Add(timer);
    }

    /// <summary>cancel_timer: the milliseconds that were left, or null if the timer is not active.</summary>
    internal long? CancelTimer(Term reference)
    {
        if (ActiveTimer(reference) is not { } timer)
            return null;
        _messageTimers.Remove(reference.ImmediateId);
        _timers.Cancel(timer);
        return Math.Max(0, timer.Due - Clock);
    }

    /// <summary>read_timer: the milliseconds left, or null if the timer is not active.</summary>
    internal long? ReadTimer(Term reference) =>
        ActiveTimer(reference) is { } timer ? Math.Max(0, timer.Due - Clock) : null;

    /// <summary>A timer to a pid is gone once that process has ended, as in BEAM.</summary>
    private MessageTimer? ActiveTimer(Term reference)
    {
        if (!reference.IsRef || !_messageTimers.TryGetValue(reference.ImmediateId, out var timer))
            return null;
        if (!timer.Destination.IsPid || Find(timer.Destination) is not null)
            return timer;
        _messageTimers.Remove(reference.ImmediateId);
        _timers.Cancel(timer);
        return null;
    }

    internal void FireMessageTimer(MessageTimer timer)
    {
        _messageTimers.Remove(timer.Reference.ImmediateId);
        var target = timer.Destination.IsPid ? Find(timer.Destination) : Whereis(timer.Destination);
        if (target is not null)
            Deliver(target, timer.Message);
    }
}
