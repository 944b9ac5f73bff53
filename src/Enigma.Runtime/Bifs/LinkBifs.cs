using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>Links and exit signals: link/unlink, exit/2, spawn_link/3, spawn_opt/4, process_flag/2.</summary>
internal static class LinkBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "link", 1, Link),
        new("erlang", "unlink", 1, (p, a) => Unlink(p, a[0])),
        new("erlang", "exit", 2, Exit2),
        new("erlang", "spawn_link", 3, (p, a) => SpawnOpt(p, a[0], a[1], a[2], p.Heap.List([LinkAtom]))),
        new("erlang", "spawn_opt", 4, (p, a) => SpawnOpt(p, a[0], a[1], a[2], a[3])),
        new("erlang", "process_flag", 2, ProcessFlag),
    ];

    private static readonly Term LinkAtom = Atoms.Intern("link");
    private static readonly Term MonitorAtom = Atoms.Intern("monitor");
    private static readonly Term TrapExitAtom = Atoms.Intern("trap_exit");

    /// <summary>
    /// link(Pid): with a process that is not alive, a caller trapping exits gets {'EXIT', Pid,
    /// noproc} and true; any other caller fails with noproc, as OTP 25 does.
    /// </summary>
    private static Term Link(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsPid && !a[0].IsPort)
            return p.Badarg();
        if (p.Node.Link(p, a[0]))
            return Atoms.True;
        if (!p.TrapExit)
            return p.Raise(ErrorClass.Error, Atoms.Noproc);
        p.Node.ExitSignal(p, a[0], Atoms.Noproc, fromLink: true);
        return Atoms.True;
    }

    private static Term Unlink(Process p, Term pid)
    {
        if (!pid.IsPid && !pid.IsPort)
            return p.Badarg();
        p.Node.Unlink(p, pid);
        return Atoms.True;
    }

    /// <summary>exit(Pid, Reason): an exit signal; it may end the caller itself (exit(self(), R), a link).</summary>
    private static Term Exit2(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsPid && !a[0].IsPort)
            return p.Badarg();
        if (p.Node.Find(a[0]) is { } target)
            p.Node.ExitSignal(target, p.Pid, a[1], fromLink: false);
        return p.UnlessExiting(Atoms.True);
    }

    /// <summary>
    /// spawn_opt(M, F, A, Options): link, monitor and flags are set up before the new process
    /// runs. An unknown option is badarg.
    /// </summary>
    private static Term SpawnOpt(Process p, Term module, Term function, Term args, Term options)
    {
        if (!module.IsAtom || !function.IsAtom || ListBifs.Elements(args) is not { } argList || ListBifs.Elements(options) is not { } opts)
            return p.Badarg();
        var link = false;
        Term? monitorOptions = null;
        var flags = new List<(Term, Term)>();
        foreach (var o in opts)
        {
            if (o.IsSameAs(LinkAtom))
                link = true;
            else if (o.IsSameAs(MonitorAtom))
                monitorOptions = Term.Nil;
            else if (o is { IsTuple: true, TupleArity: 2 } && o.Element(1).IsSameAs(MonitorAtom) && o.Element(2).IsList)
                monitorOptions = o.Element(2);
            else if (o is { IsTuple: true, TupleArity: 2 } && ProcessFlags.IsSpawnOption(o.Element(1)) && ProcessFlags.Check(o.Element(1), o.Element(2)))
                flags.Add((o.Element(1), o.Element(2)));
            else
                return p.Badarg();
        }
        if (monitorOptions is { } mo && MonitorBifs.ParseOptions(mo) is null)
            return p.Badarg();
        if (p.Node.AtProcessLimit)
            return MessageBifs.SystemLimit(p);
        var export = p.Node.Exports.Get(module, function, argList.Count);
        var monitor = Term.NonValue;
        // Before the child can run: it may end at once, on another scheduler.
        var child = p.Node.Spawn(export, heap => [.. ListBifs.Elements(Memory.TermCopier.Copy(args, heap))!], p.GroupLeader, started =>
        {
            foreach (var (flag, value) in flags)
                ProcessFlags.Set(started, flag, value, atSpawn: true);
            if (link)
                p.Node.Link(p, started.Pid);
            if (monitorOptions is { } monitorOpts)
            {
                var (tag, alias) = MonitorBifs.ParseOptions(monitorOpts)!.Value;
                monitor = p.Node.Monitor(p, started.Pid, Term.NonValue, tag, alias);
            }
        });
        return monitor.IsNonValue ? child.Pid : p.Heap.Tuple([child.Pid, monitor]);
    }

    /// <summary>process_flag(Flag, Value): the old value; trap_exit changes how exit signals arrive.</summary>
    private static Term ProcessFlag(Process p, ReadOnlySpan<Term> a)
    {
        if (a[0].IsSameAs(TrapExitAtom))
        {
            if (!a[1].IsSameAs(Atoms.True) && !a[1].IsSameAs(Atoms.False))
                return p.Badarg();
            var old = p.TrapExit;
            p.TrapExit = a[1].IsSameAs(Atoms.True);
            return Term.Boolean(old);
        }
        if (!ProcessFlags.Check(a[0], a[1]))
            return p.Badarg();
        var previous = ProcessFlags.Get(p, a[0]);
        ProcessFlags.Set(p, a[0], a[1]);
        return previous;
    }
}
