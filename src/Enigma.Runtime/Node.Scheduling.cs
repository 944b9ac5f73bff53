using Stopwatch = System.Diagnostics.Stopwatch;
using System.Runtime.ExceptionServices;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime;

/// <summary>One scheduler thread's own parts: its interpreter (x registers) and its run queue.</summary>
internal sealed class Scheduler(int index, Interpreter interpreter)
{
    public int Index { get; } = index;

    public Interpreter Interpreter { get; } = interpreter;

    public RunQueue Queue { get; } = new();
}

/// <summary>
/// The schedulers: one thread each, each with a run queue per priority, taking work from the
/// others when its own is empty. A process is run by one thread at a time: a scheduler takes
/// it Runnable to Running, and holds the process's monitor for the slice (see
/// <see cref="Inspect"/>). Waking a waiting process is a compare-and-swap, so it is queued once.
/// </summary>
public sealed partial class Node
{
    /// <summary>BEAM's reduction budget per time slice.</summary>
    private const int Slice = 4000;

    private readonly Scheduler[] _schedulers;

    /// <summary>The scheduler the current thread is, while it runs one of this node's.</summary>
    [ThreadStatic]
    private static Scheduler? t_scheduler;

    /// <summary>Idle schedulers wait on this; adding work to a queue wakes one.</summary>
    private readonly object _idle = new();
    private int _sleepers;

    /// <summary>Set when the process <see cref="RunUntilExit"/> waits for has ended, or a scheduler failed.</summary>
    private volatile bool _stopping;
    private Process? _main;
    private RunResult? _mainResult;
    private ExceptionDispatchInfo? _failure;

    /// <summary>erlang:system_info(schedulers).</summary>
    public int SchedulerCount => _schedulers.Length;

    /// <summary>erlang:system_info(scheduler_id): 1-based, as erl numbers them.</summary>
    internal int CurrentSchedulerId => (t_scheduler?.Index ?? 0) + 1;

    /// <summary>
    /// Runs processes on every scheduler until <paramref name="main"/> has ended, and gives how:
    /// Finished (it returned, or exit(self(), normal)) or Crashed. Like erl, a program whose
    /// processes all wait forever waits forever. halt/1 or a fault inside the runtime on any
    /// scheduler stops them all and is rethrown here.
    /// </summary>
    public RunResult RunUntilExit(Process main)
    {
        _main = main;
        _mainResult = null;
        _failure = null;
        _stopping = main.Status == ProcessStatus.Exited;
        var threads = _schedulers.Skip(1)
            .Select(s => new Thread(() => Schedule(s), 16 << 20) { IsBackground = true, Name = $"scheduler {s.Index + 1}" })
            .ToList();
        threads.ForEach(t => t.Start());
        Schedule(_schedulers[0]);
        threads.ForEach(t => t.Join());
        _failure?.Throw();
        return _mainResult ?? (main.ExitReason.IsSameAs(Atoms.Normal) ? RunResult.Finished : RunResult.Crashed);
    }

    private void Schedule(Scheduler s)
    {
        t_scheduler = s;
        try
        {
            while (!_stopping)
            {
                FireTimers();
                if ((s.Queue.Take() ?? Steal(s)) is not { } p)
                {
                    Idle();
                    continue;
                }
                // Skipped when it ended while queued.
                if (p.TrySetStatus(ProcessStatus.Runnable, ProcessStatus.Running))
                    RunSlice(s, p);
            }
        }
        catch (Exception e)
        {
            lock (_idle)
                _failure ??= ExceptionDispatchInfo.Capture(e);
            StopSchedulers();
        }
        finally
        {
            t_scheduler = null;
        }
    }

    private Process? Steal(Scheduler thief)
    {
        for (var k = 1; k < _schedulers.Length; k++)
        {
            if (_schedulers[(thief.Index + k) % _schedulers.Length].Queue.Take() is { } p)
                return p;
        }
        return null;
    }

    /// <summary>
    /// How long an idle scheduler keeps looking for work before it sleeps (BEAM's schedulers
    /// spin too): a process spawning or sending to others makes work every few microseconds,
    /// and putting a thread to sleep and waking it again costs more than that.
    /// </summary>
    private static readonly long SpinTicks = Stopwatch.Frequency / 20_000;

    /// <summary>Nothing to run anywhere: sleeps until work is added, the next timer is due, or the run stops.</summary>
    private void Idle()
    {
        var spinUntil = Stopwatch.GetTimestamp() + SpinTicks;
        while (Stopwatch.GetTimestamp() < spinUntil)
        {
            if (_stopping || AnyQueued())
                return;
            Thread.SpinWait(20);
        }
        var timeout = TimeToNextTimer();
        lock (_idle)
        {
            Interlocked.Increment(ref _sleepers);
            try
            {
                // Re-checked after counting itself a sleeper: work added before that is seen here, after it a Pulse comes.
                if (!_stopping && !AnyQueued())
                    System.Threading.Monitor.Wait(_idle, timeout);
            }
            finally
            {
                Interlocked.Decrement(ref _sleepers);
            }
        }
    }

    private bool AnyQueued()
    {
        foreach (var s in _schedulers)
        {
            if (s.Queue.Count > 0)
                return true;
        }
        return false;
    }

    private void StopSchedulers()
    {
        _stopping = true;
        lock (_idle)
            System.Threading.Monitor.PulseAll(_idle);
    }

    /// <summary>
    /// Queues a Runnable process on the current thread's scheduler (the first one from other
    /// threads). An idle scheduler is woken when this one has more than it is about to run.
    /// </summary>
    private void Enqueue(Process p)
    {
        var s = t_scheduler is { } current && _schedulers[current.Index] == current ? current : _schedulers[0];
        s.Queue.Add(p);
        if (Volatile.Read(ref _sleepers) > 0 && (s.Queue.Count > 1 || s != t_scheduler))
        {
            lock (_idle)
                System.Threading.Monitor.Pulse(_idle);
        }
    }

    /// <summary>Waiting to Runnable, once however many wake it; a receive whose time is up takes its timeout branch.</summary>
    private void Wake(Process p)
    {
        if (!p.TrySetStatus(ProcessStatus.Waiting, ProcessStatus.Runnable))
            return;
        if (p.Deadline != long.MaxValue && p.Deadline <= Clock)
        {
            p.TimedOut = true;
            p.Deadline = long.MaxValue;
        }
        Enqueue(p);
    }

    private void RunSlice(Scheduler s, Process p)
    {
        RunResult result;
        System.Threading.Monitor.Enter(p);
        try
        {
            result = s.Interpreter.Run(p, Slice);
        }
        finally
        {
            System.Threading.Monitor.Exit(p);
        }
        switch (result)
        {
            case RunResult.Yielded:
                SyncReceiveTimer(p, waiting: false);
                p.Status = ProcessStatus.Runnable;
                if (!EndIfRequested(p, ProcessStatus.Runnable))
                    Enqueue(p);
                break;
            case RunResult.Waiting:
                SyncReceiveTimer(p, waiting: true);
                Wait(p);
                break;
            case RunResult.Crashed when p.Stop == StopRequest.Hibernate:
                Hibernate(p);
                break;
            case RunResult.Crashed when p.Stop == StopRequest.Exit:
                p.Status = ProcessStatus.Exited;
                lock (_signalLock)
                    Ended(p, p.PendingExit);
                break;
            default:
                var reason = result == RunResult.Finished ? Atoms.Normal : CrashReason(p);
                // As erl's emulator, only errors and throws are reported, not exits.
                if (result == RunResult.Crashed && p != _main && p.ErrorClass != ErrorClass.Exit)
                    LogCrash(p, reason);
                if (p == _main)
                    _mainResult = result;
                p.Status = ProcessStatus.Exited;
                lock (_signalLock)
                    Ended(p, reason);
                break;
        }
    }

    /// <summary>
    /// A process ended by an error or a throw: as erl's emulator, an error event to the system
    /// logger (erlang:system_flag(system_logger)), which prints "Error in process ~p with exit
    /// value" as erl does; on stderr when there is no logger to take it.
    /// </summary>
    private void LogCrash(Process p, Term reason)
    {
        var heap = p.Heap;
        var tag = heap.FlatMap([Atoms.Intern("emulator"), Atoms.Intern("tag")], [Atoms.True, Atoms.Error]);
        var meta = heap.FlatMap([Atoms.Intern("error_logger"), Atoms.Intern("gl"), Atoms.Intern("pid"), Atoms.Intern("time")],
            [tag, p.GroupLeader, p.Pid, Term.Integer(Bifs.TimeBifs.SystemMicroseconds())]);
        var report = heap.Tuple([Atoms.Intern("log"), Atoms.Error, heap.String("Error in process ~p with exit value:~n~p~n"),
            heap.List([p.Pid, reason]), meta]);
        var logger = SystemLogger.IsAtom ? Whereis(SystemLogger)?.Pid : SystemLogger;
        if (logger is not { IsPid: true } to || !Send(to, report))
            Stderr.WriteLine($"=ERROR REPORT==== process {TermPrinter.Print(p.Pid)} crashed\n{CrashReport.Describe(p)}");
    }

    /// <summary>
    /// Publishes Waiting, then looks again for what may have come meanwhile: a message, the
    /// receive's time being up, an exit signal. After the publication another thread may run it.
    /// </summary>
    private void Wait(Process p)
    {
        p.Status = ProcessStatus.Waiting;
        if (EndIfRequested(p, ProcessStatus.Waiting))
            return;
        if (p.Mailbox.HasIncoming || (p.Deadline != long.MaxValue && p.Deadline <= Clock))
            Wake(p);
    }

    /// <summary>An exit signal came while it ran: it ends now, unless the sender's thread ended it first.</summary>
    private bool EndIfRequested(Process p, ProcessStatus status)
    {
        if (!p.ExitRequested)
            return false;
        if (p.TrySetStatus(status, ProcessStatus.Exited))
        {
            lock (_signalLock)
                EndNow(p);
        }
        return true;
    }

    /// <summary>erlang:hibernate/3 took effect: the stack is gone; the call runs once a message is there.</summary>
    private void Hibernate(Process p)
    {
        var (module, function, args) = p.Hibernation!;
        p.Hibernation = null;
        p.Stop = StopRequest.None;
        p.ClearStack();
        p.Mailbox.Save = 0;
        Interpreter.Prepare(p, Exports.Get(Atoms.Erlang, Atoms.Intern("apply"), 3), [module, function, args]);
        SyncReceiveTimer(p, waiting: false);
        p.Status = ProcessStatus.Waiting;
        if (EndIfRequested(p, ProcessStatus.Waiting))
            return;
        if (p.Mailbox.Count > 0 || p.Mailbox.HasIncoming)
            Wake(p);
    }

    /// <summary>
    /// Runs <paramref name="read"/> on another process's private parts (dictionary, messages)
    /// while no scheduler runs it; false if it is running and does not stop within a short while
    /// (the caller then yields and asks again).
    /// </summary>
    internal static bool Inspect(Process target, Action read)
    {
        if (!System.Threading.Monitor.TryEnter(target, 10))
            return false;
        try
        {
            read();
        }
        finally
        {
            System.Threading.Monitor.Exit(target);
        }
        return true;
    }
}
