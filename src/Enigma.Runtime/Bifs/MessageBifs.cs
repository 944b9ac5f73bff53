using System.Text;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>Processes and messages: spawn, send, monitors, the registry, group leaders.</summary>
internal static class MessageBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "spawn", 1, (p, a) => !a[0].IsFun ? p.Badarg() : p.Node.AtProcessLimit ? SystemLimit(p) : p.Node.SpawnFun(a[0], p.GroupLeader).Pid),
        new("erlang", "spawn", 3, Spawn3),
        new("erlang", "send", 2, (p, a) => p.Node.Send(a[0], a[1]) ? a[1] : p.Badarg()),
        new("erlang", "!", 2, (p, a) => p.Node.Send(a[0], a[1]) ? a[1] : p.Badarg()),
        new("erlang", "send", 3, Send3),
        new("erlang", "register", 2, (p, a) => a[0].IsAtom && !a[0].IsSameAs(Atoms.Undefined) && p.Node.Find(a[1]) is { } target
            && p.Node.Register(a[0], target) ? Atoms.True : p.Badarg()),
        new("erlang", "unregister", 1, (p, a) => a[0].IsAtom && p.Node.Unregister(a[0]) ? Atoms.True : p.Badarg()),
        new("erlang", "whereis", 1, (p, a) => a[0].IsAtom ? p.Node.Whereis(a[0])?.Pid ?? Atoms.Undefined : p.Badarg()),
        new("erlang", "group_leader", 0, (p, _) => p.GroupLeader),
        new("erlang", "group_leader", 2, GroupLeader2),
        new("erlang", "make_ref", 0, (p, _) => p.Node.MakeRef()),
        // Every process of this node speaks the unicode-aware I/O protocol.
        new("net_kernel", "dflag_unicode_io", 1, (p, a) => a[0].IsPid ? Atoms.True : p.Badarg()),
        new("erlang", "processes", 0, (p, _) => p.Heap.List([.. p.Node.Processes()])),
        new("erlang", "registered", 0, (p, _) => p.Heap.List([.. p.Node.RegisteredNames()])),
        new("erlang", "yield", 0, Yield),
        new("erlang", "hibernate", 3, Hibernate),
        new("erlang", "is_process_alive", 1, (p, a) => a[0].IsPid ? Term.Boolean(p.Node.Find(a[0]) is { Status: not ProcessStatus.Exited }) : p.Badarg()),
        // The standard I/O server's output: the bytes of a binary, as they are.
        new("enigma", "put_chars", 1, PutChars),
    ];

    private static Term Spawn3(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsAtom || !a[1].IsAtom || ListBifs.Elements(a[2]) is not { } args)
            return p.Badarg();
        if (p.Node.AtProcessLimit)
            return SystemLimit(p);
        var export = p.Node.Exports.Get(a[0], a[1], args.Count);
        var argList = a[2];
        return p.Node.Spawn(export, heap => [.. ListBifs.Elements(Memory.TermCopier.Copy(argList, heap))!], p.GroupLeader).Pid;
    }

    /// <summary>
    /// yield/0: the slice ends when it returns. It traps to itself, so that control goes back
    /// through the call path, which sees <see cref="Process.YieldLive"/> (x0, its result, is live
    /// then); that second call returns true.
    /// </summary>
    private static Term Yield(Process p, ReadOnlySpan<Term> a)
    {
        if (p.YieldLive >= 0)
            return Atoms.True;
        p.YieldLive = 1;
        return p.CallInstead(Term.NonValue, p.Node.Exports.Get(Atoms.Erlang, Atoms.Intern("yield"), 0), Term.Nil);
    }

    /// <summary>What spawn raises when the node has as many processes as its limit allows.</summary>
    internal static Term SystemLimit(Process p) => p.Raise(ErrorClass.Error, Atoms.SystemLimit);

    /// <summary>send(Dest, Msg, [nosuspend | noconnect]): ok; the options only matter between nodes.</summary>
    private static Term Send3(Process p, ReadOnlySpan<Term> a)
    {
        if (ListBifs.Elements(a[2]) is not { } options || !options.All(o => o.IsAtom && Atoms.Name(o) is "nosuspend" or "noconnect"))
            return p.Badarg();
        return p.Node.Send(a[0], a[1]) ? Atoms.Ok : p.Badarg();
    }

    /// <summary>hibernate(M, F, A): the process drops its stack and waits for a message, then calls M:F(A).</summary>
    private static Term Hibernate(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsAtom || !a[1].IsAtom || !a[2].IsList)
            return p.Badarg();
        p.Hibernation = Tuple.Create(a[0], a[1], a[2]);
        return p.StopNow(StopRequest.Hibernate, Atoms.Normal);
    }

    private static Term GroupLeader2(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsPid || p.Node.Find(a[1]) is not { } target)
            return p.Badarg();
        target.GroupLeader = a[0];
        return Atoms.True;
    }

    private static Term PutChars(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsBinary)
            return p.Badarg();
        var bytes = a[0].Bits.WholeBytes;
        var stdout = p.Node.Stdout;
        lock (stdout)
        {
            if (stdout is StreamWriter { BaseStream: var stream } writer)
            {
                writer.Flush();
                stream.Write(bytes);
            }
            else
            {
                stdout.Write(Encoding.Latin1.GetString(bytes));
            }
        }
        return Atoms.Ok;
    }
}
