using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime;

/// <summary>
/// Signals between processes: links, exit signals, monitors, aliases, and what a process's
/// end sends. Every change one process makes to another's links, monitors or life goes
/// through this file, under one lock (<see cref="_signalLock"/>), whichever scheduler runs
/// the sender: a signal takes effect when it is sent, which keeps BEAM's guarantee that
/// signals between two processes arrive in the order they were sent. A signal that ends a
/// process another thread is running is left for that thread (<see cref="End"/>).
/// </summary>
public sealed partial class Node
{
    private static readonly Term Killed = Atoms.Intern("killed");
    private static readonly Term Kill = Atoms.Intern("kill");

    /// <summary>Guards links, monitors, aliases, names and process ends (re-entrant: an end cascades).</summary>
    private readonly Lock _signalLock = new();

    private readonly Dictionary<long, Alias> _aliases = [];

    /// <summary>Processes whose end is decided but not yet signalled: ends cascade without recursion.</summary>
    private readonly Queue<Process> _ending = new();
    private bool _endingDrained = true;

    /// <summary>link(Pid) by <paramref name="p"/>: false when the pid is not alive (the caller raises or gets a message).</summary>
    internal bool Link(Process p, Term pid)
    {
        lock (_signalLock)
        {
            var other = Find(pid);
            if (other is null)
                return false;
            if (other != p)
            {
                p.Links.Add(other);
                other.Links.Add(p);
            }
            return true;
        }
    }

    internal void Unlink(Process p, Term pid)
    {
        lock (_signalLock)
        {
            if (Find(pid) is { } other && p.HasLinks)
            {
                p.Links.Remove(other);
                other.Links.Remove(p);
            }
        }
    }

    /// <summary>The pids of the processes linked to <paramref name="p"/> (process_info's links).</summary>
    internal Term[] LinkedPids(Process p)
    {
        lock (_signalLock)
            return p.HasLinks ? [.. p.Links.Select(l => l.Pid)] : [];
    }

    /// <summary>The monitors <paramref name="p"/> holds and those held on it, as they are now.</summary>
    internal (ProcessMonitor[] Monitors, ProcessMonitor[] MonitoredBy) MonitorsOf(Process p)
    {
        lock (_signalLock)
            return p.HasMonitors ? ([.. p.Monitors.Values], [.. p.MonitoredBy.Values]) : ([], []);
    }

    /// <summary>
    /// An exit signal from <paramref name="from"/> to <paramref name="target"/>, with BEAM's rules:
    /// kill (not from a link) ends the target as killed; a trapping target gets {'EXIT', From,
    /// Reason}; normal is ignored unless a process sends it to itself; any other reason ends it.
    /// </summary>
    internal void ExitSignal(Process target, Term from, Term reason, bool fromLink)
    {
        lock (_signalLock)
        {
            if (target.Status == ProcessStatus.Exited)
                return;
            if (!fromLink && reason.IsSameAs(Kill))
                End(target, Killed);
            else if (target.TrapExit)
                Deliver(target, MakeMessage(heap => heap.Tuple([Atoms.ExitTag, from, reason])));
            else if (!reason.IsSameAs(Atoms.Normal) || from.IsSameAs(target.Pid))
                End(target, reason);
        }
    }

    /// <summary>
    /// Ends a process for a signal. One that is not running ends at once; a running one (on
    /// this thread or another) stops when its BIF returns or its slice ends, whichever comes first.
    /// </summary>
    private void End(Process p, Term reason)
    {
        p.RequestExit(reason);
        // The request is visible before the status is read: a scheduler that publishes a new status reads the request after.
        Interlocked.MemoryBarrier();
        while (true)
        {
            var status = p.Status;
            if (status is ProcessStatus.Exited or ProcessStatus.Running)
                return;
            if (p.TrySetStatus(status, ProcessStatus.Exited))
            {
                EndNow(p);
                return;
            }
        }
    }

    /// <summary>
    /// max_heap_size passed at a collection of the running process: as erl, it is reported (if
    /// error_logger) and killed (if kill), at the end of its slice at the latest.
    /// </summary>
    internal void HeapLimitReached(Process p, ProcessFlags.MaxHeapLimit limit, long words)
    {
        if (limit.ErrorLogger)
        {
            Stderr.WriteLine($"""
                =ERROR REPORT====
                     Process:          {TermPrinter.Print(p.Pid)} on node nonode@nohost
                     Context:          maximum heap size reached
                     Max Heap Size:    {limit.Words}
                     Total Heap Size:  {words}
                     Kill:             {(limit.Kill ? "true" : "false")}
                     Error Logger:     true
                     Message Queue Len: {p.Mailbox.Length}
                """);
        }
        if (!limit.Kill)
            return;
        lock (_signalLock)
            p.RequestExit(Killed);
    }

    /// <summary>A process that is not running and is already marked Exited ends for the exit signal it was sent.</summary>
    private void EndNow(Process p)
    {
        p.ErrorClass = ErrorClass.Exit;
        p.ErrorReason = p.PendingExit;
        p.Trace = Term.Nil;
        Ended(p, p.PendingExit);
    }

    /// <summary>
    /// The process (already marked Exited, by the one thread that did so) is gone: it leaves
    /// the tables, its linked processes get exit signals, its watchers DOWN messages, its own
    /// monitors and aliases are dropped. Ends it causes are handled one after the other, not
    /// by recursion. Under the signal lock.
    /// </summary>
    private void Ended(Process p, Term reason)
    {
        p.ExitReason = TermCopier.CopyToFragment(reason).Message;
        _processes.Remove(p);
        if (p.ReceiveTimer is { } timer)
            CancelReceiveTimer(timer);
        if (p == _main)
            StopSchedulers();
        p.CloseFiles();
        if (!p.RegisteredName.IsNonValue)
            Unregister(p.RegisteredName);
        _ending.Enqueue(p);
        if (!_endingDrained)
            return;
        _endingDrained = false;
        while (_ending.TryDequeue(out var gone))
            SignalEnd(gone);
        _endingDrained = true;
    }

    private void SignalEnd(Process p)
    {
        var reason = p.ExitReason;
        // As in erl, the tables go (or pass to their heirs) before links and monitors hear of it.
        Tables.OwnerExited(this, p);
        if (p.HasLinks)
        {
            foreach (var linked in p.Links)
            {
                linked.Links.Remove(p);
                ExitSignal(linked, p.Pid, reason, fromLink: true);
            }
            p.Links.Clear();
        }
        if (p.HasMonitors)
        {
            foreach (var m in p.MonitoredBy.Values)
            {
                m.Watcher.Monitors.Remove(m.Ref.ImmediateId);
                DropMonitorAlias(m);
                SendDown(m, reason);
            }
            foreach (var m in p.Monitors.Values)
                m.Target.MonitoredBy.Remove(m.Ref.ImmediateId);
            p.MonitoredBy.Clear();
            p.Monitors.Clear();
        }
        if (p.HasAliases)
        {
            foreach (var id in p.Aliases)
                _aliases.Remove(id);
            p.Aliases.Clear();
        }
    }

    /// <summary>
    /// monitor(process, Target, Options) by <paramref name="watcher"/>: Target a pid, a registered
    /// name or {Name, node()}; Options already checked. DOWN with noproc at once if it is gone.
    /// </summary>
    internal Term Monitor(Process watcher, Term pid, Term name, Term tag, AliasMode? alias)
    {
        lock (_signalLock)
            return MonitorLocked(watcher, pid, name, tag, alias);
    }

    private Term MonitorLocked(Process watcher, Term pid, Term name, Term tag, AliasMode? alias)
    {
        var reference = MakeRef();
        var target = name.IsNonValue ? Find(pid) : Whereis(name);
        var monitor = new ProcessMonitor(reference, watcher, target ?? watcher, name, tag.IsSameAs(Atoms.Down) ? tag : TermCopier.CopyToFragment(tag).Message);
        if (alias is { } mode)
            AddAlias(reference, new Alias(watcher, mode, monitor));
        if (target is null)
        {
            DropMonitorAlias(monitor);
            SendDown(monitor, Atoms.Noproc, pid);
        }
        else if (target != watcher)
        {
            watcher.Monitors[reference.ImmediateId] = monitor;
            target.MonitoredBy[reference.ImmediateId] = monitor;
        }
        return reference;
    }

    /// <summary>demonitor by the watcher: true if the monitor was active and is now gone.</summary>
    internal bool Demonitor(Process watcher, Term reference)
    {
        lock (_signalLock)
        {
            if (!reference.IsRef || !watcher.Monitors.Remove(reference.ImmediateId, out var monitor))
                return false;
            monitor.Target.MonitoredBy.Remove(reference.ImmediateId);
            DropMonitorAlias(monitor);
            return true;
        }
    }

    private void SendDown(ProcessMonitor m, Term reason, Term? pid = null) =>
        Deliver(m.Watcher, MakeMessage(heap =>
        {
            var subject = m.Name.IsNonValue ? pid ?? m.Target.Pid : heap.Tuple([m.Name, Atoms.Nonode]);
            return heap.Tuple([m.Tag, m.Ref, Atoms.Process, subject, reason]);
        }));

    private static MessageFragment MakeMessage(Func<Heap, Term> build) => TermCopier.CopyToFragment(build(new Heap(16)));

    internal void AddAlias(Term reference, Alias alias)
    {
        lock (_signalLock)
        {
            _aliases[reference.ImmediateId] = alias;
            alias.Owner.Aliases.Add(reference.ImmediateId);
        }
    }

    /// <summary>unalias/1: true if the reference was an active alias of <paramref name="owner"/>.</summary>
    internal bool Unalias(Process owner, Term reference)
    {
        lock (_signalLock)
        {
            if (!reference.IsRef || !_aliases.TryGetValue(reference.ImmediateId, out var alias) || alias.Owner != owner)
                return false;
            RemoveAlias(reference.ImmediateId, alias);
            return true;
        }
    }

    private void RemoveAlias(long id, Alias alias)
    {
        _aliases.Remove(id);
        alias.Owner.Aliases.Remove(id);
    }

    private void DropMonitorAlias(ProcessMonitor m)
    {
        var id = m.Ref.ImmediateId;
        if (_aliases.TryGetValue(id, out var alias) && alias.Mode is AliasMode.Demonitor or AliasMode.ReplyDemonitor)
            RemoveAlias(id, alias);
    }

    /// <summary>A message sent to a reference: delivered if it is an active alias, else dropped.</summary>
    private void SendToAlias(Term reference, Term message)
    {
        Process? owner;
        lock (_signalLock)
            owner = TakeAliasOwner(reference);
        // Copied outside the lock: a message may be big.
        if (owner is not null)
            Deliver(owner, TermCopier.CopyToFragment(message));
    }

    /// <summary>Who an active alias sends to (a reply alias is used up by it); null for a reference that is not one.</summary>
    private Process? TakeAliasOwner(Term reference)
    {
        if (!_aliases.TryGetValue(reference.ImmediateId, out var alias))
            return null;
        if (alias.Mode is AliasMode.Reply or AliasMode.ReplyDemonitor)
        {
            RemoveAlias(reference.ImmediateId, alias);
            if (alias.Monitor is { } monitor)
                Demonitor(alias.Owner, monitor.Ref);
        }
        return alias.Owner;
    }
}
