using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;
using Enigma.Runtime.Timers;

namespace Enigma.Runtime;

/// <summary>
/// Time in the scheduler: receive ... after deadlines and erlang:send_after/start_timer share
/// one timer wheel on one clock: erlang:monotonic_time(millisecond), which wait_timeout also reads.
/// The wheel and the BIF timers are under one lock; whichever scheduler comes by first fires
/// what is due.
/// </summary>
public sealed partial class Node
{
    private readonly TimerWheel _timers = new(Clock);
    private readonly Lock _timerLock = new();

    /// <summary>The BIF timers that have not fired or been cancelled, by reference id.</summary>
    private readonly Dictionary<long, MessageTimer> _messageTimers = [];

    internal static long Clock => Bifs.TimeBifs.MonotonicMs();

    private void FireTimers()
    {
        // Another scheduler firing them now is as good.
        if (_timers.Count == 0 || !_timerLock.TryEnter())
            return;
        try
        {
            _timers.Advance(Clock);
        }
        finally
        {
            _timerLock.Exit();
        }
    }

    /// <summary>Milliseconds until the wheel has work, or Timeout.Infinite (an idle node waits for ever, as erl does).</summary>
    private int TimeToNextTimer()
    {
        lock (_timerLock)
            return _timers.NextWork() is { } next ? (int)Math.Clamp(next - Clock, 0, int.MaxValue) : Timeout.Infinite;
    }

    /// <summary>
    /// Before a process that stopped in a receive is published as Waiting (so only the thread
    /// running it calls this): the wheel holds its deadline, if it has one.
    /// </summary>
    private void SyncReceiveTimer(Process p, bool waiting)
    {
        var timer = p.ReceiveTimer;
        var wanted = waiting && p.Deadline != long.MaxValue;
        // Only this thread adds the timer, so one seen inactive is inactive.
        if (!wanted && timer is not { IsActive: true })
            return;
        lock (_timerLock)
        {
            if (timer is { IsActive: true } && (!wanted || timer.Due != p.Deadline))
                _timers.Cancel(timer);
            if (!wanted || timer is { IsActive: true })
                return;
            timer ??= p.ReceiveTimer = new ReceiveTimeout(this, p);
            timer.Due = p.Deadline;
            _timers.Add(timer);
        }
    }

    private void CancelReceiveTimer(ReceiveTimeout timer)
    {
        lock (_timerLock)
            _timers.Cancel(timer);
    }

    /// <summary>
    /// A receive deadline passed: the process runs again and takes its timeout branch unless a
    /// message matches. If it is not waiting, the scheduler that publishes it Waiting again sees the time is up.
    /// </summary>
    internal void TimeOut(Process p) => Wake(p);

    /// <summary>send_after / start_timer (<paramref name="reference"/> names the timer): <paramref name="message"/> goes to the destination (a pid or a name) at <paramref name="due"/>.</summary>
    internal void StartTimer(long due, Term destination, Term message, Term reference)
    {
        var timer = new MessageTimer(this, reference, destination, TermCopier.CopyToFragment(message)) { Due = due };
        lock (_timerLock)
        {
            _messageTimers[reference.ImmediateId] = timer;
            _timers.Add(timer);
        }
    }

    /// <summary>cancel_timer: the milliseconds that were left, or null if the timer is not active.</summary>
    internal long? CancelTimer(Term reference)
    {
        lock (_timerLock)
        {
            if (ActiveTimer(reference) is not { } timer)
                return null;
            _messageTimers.Remove(reference.ImmediateId);
            _timers.Cancel(timer);
            return Math.Max(0, timer.Due - Clock);
        }
    }

    /// <summary>read_timer: the milliseconds left, or null if the timer is not active.</summary>
    internal long? ReadTimer(Term reference)
    {
        lock (_timerLock)
            return ActiveTimer(reference) is { } timer ? Math.Max(0, timer.Due - Clock) : null;
    }

    /// <summary>A timer to a pid is gone once that process has ended, as in BEAM. Under the timer lock.</summary>
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

    /// <summary>From <see cref="TimerWheel.Advance"/>, under the timer lock.</summary>
    internal void FireMessageTimer(MessageTimer timer)
    {
        _messageTimers.Remove(timer.Reference.ImmediateId);
        var target = timer.Destination.IsPid ? Find(timer.Destination) : Whereis(timer.Destination);
        if (target is not null)
            Deliver(target, timer.Message);
    }
}
