using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>erlang:send_after/3,4, start_timer/3,4, cancel_timer/1,2, read_timer/1,2 (timers in Node.Timers.cs).</summary>
internal static class TimerBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "send_after", 3, (p, a) => Start(p, a[0], a[1], a[2], Term.Nil, timeout: false)),
        new("erlang", "send_after", 4, (p, a) => Start(p, a[0], a[1], a[2], a[3], timeout: false)),
        new("erlang", "start_timer", 3, (p, a) => Start(p, a[0], a[1], a[2], Term.Nil, timeout: true)),
        new("erlang", "start_timer", 4, (p, a) => Start(p, a[0], a[1], a[2], a[3], timeout: true)),
        new("erlang", "cancel_timer", 1, (p, a) => Cancel(p, a[0], Term.Nil)),
        new("erlang", "cancel_timer", 2, (p, a) => Cancel(p, a[0], a[1])),
        new("erlang", "read_timer", 1, (p, a) => Read(p, a[0], Term.Nil)),
        new("erlang", "read_timer", 2, (p, a) => Read(p, a[0], a[1])),
    ];

    private static readonly Term Abs = Atoms.Intern("abs");
    private static readonly Term Async = Atoms.Intern("async");
    private static readonly Term Info = Atoms.Intern("info");
    private static readonly Term TimeoutAtom = Atoms.Intern("timeout");

    /// <summary>
    /// Time in ms from now, or with {abs, true} an absolute erlang:monotonic_time(millisecond);
    /// Dest a pid or a name (looked up when the timer fires). start_timer sends {timeout, Ref, Msg}.
    /// </summary>
    private static Term Start(Process p, Term time, Term destination, Term message, Term options, bool timeout)
    {
        if (Options(options, Abs) is not { } opts || !time.IsSmall || (!destination.IsPid && !destination.IsAtom))
            return p.Badarg();
        var ms = time.SmallValue;
        var absolute = opts.TryGetValue(Abs.AtomIndex, out var abs) && abs;
        if (!absolute && ms < 0)
            return p.Badarg();
        var node = p.Node;
        var reference = node.MakeRef();
        var sent = timeout ? p.Heap.Tuple([TimeoutAtom, reference, message]) : message;
        node.StartTimer(absolute ? ms : Node.Clock + ms, destination, sent, reference);
        return reference;
    }

    /// <summary>cancel_timer: ms that were left or false; ok with {info, false}; with {async, true} the answer comes as {cancel_timer, Ref, Result}.</summary>
    private static Term Cancel(Process p, Term reference, Term options)
    {
        if (!reference.IsRef || Options(options, Async, Info) is not { } opts)
            return p.Badarg();
        var left = p.Node.CancelTimer(reference);
        return Answer(p, "cancel_timer", reference, left, opts);
    }

    private static Term Read(Process p, Term reference, Term options)
    {
        if (!reference.IsRef || Options(options, Async) is not { } opts)
            return p.Badarg();
        return Answer(p, "read_timer", reference, p.Node.ReadTimer(reference), opts);
    }

    private static Term Answer(Process p, string what, Term reference, long? left, Dictionary<int, bool> opts)
    {
        var result = left is { } ms ? Term.Small(ms) : Atoms.False;
        var info = !opts.TryGetValue(Info.AtomIndex, out var i) || i;
        if (!opts.TryGetValue(Async.AtomIndex, out var async) || !async)
            return info ? result : Atoms.Ok;
        if (info)
            p.Node.Send(p.Pid, p.Heap.Tuple([Atoms.Intern(what), reference, result]));
        return Atoms.Ok;
    }

    /// <summary>A proper list of {Name, Bool} with names among <paramref name="allowed"/>; null otherwise.</summary>
    private static Dictionary<int, bool>? Options(Term list, params Term[] allowed)
    {
        if (ListBifs.Elements(list) is not { } items)
            return null;
        var options = new Dictionary<int, bool>();
        foreach (var o in items)
        {
            if (o is not { IsTuple: true, TupleArity: 2 } || !allowed.Any(a => a.IsSameAs(o.Element(1)))
                || (!o.Element(2).IsSameAs(Atoms.True) && !o.Element(2).IsSameAs(Atoms.False)))
                return null;
            options[o.Element(1).AtomIndex] = o.Element(2).IsSameAs(Atoms.True);
        }
        return options;
    }
}
