using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>Monitors and aliases: monitor/2,3, demonitor/1,2, alias/1, unalias/1.</summary>
internal static class MonitorBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "monitor", 2, (p, a) => Monitor(p, a[0], a[1], Term.Nil)),
        new("erlang", "monitor", 3, (p, a) => Monitor(p, a[0], a[1], a[2])),
        new("erlang", "demonitor", 1, (p, a) => Demonitor(p, a[0], Term.Nil)),
        new("erlang", "demonitor", 2, (p, a) => Demonitor(p, a[0], a[1])),
        new("erlang", "alias", 1, Alias),
        new("erlang", "unalias", 1, (p, a) => a[0].IsRef ? Term.Boolean(p.Node.Unalias(p, a[0])) : p.Badarg()),
    ];

    private static readonly Term AliasAtom = Atoms.Intern("alias");
    private static readonly Term TagAtom = Atoms.Intern("tag");
    private static readonly Term Flush = Atoms.Intern("flush");
    private static readonly Term Info = Atoms.Intern("info");

    /// <summary>
    /// monitor(process, Pid | Name | {Name, node()}, Options). Other types (port, time_offset)
    /// and other nodes are badarg: this node has no ports and no distribution.
    /// </summary>
    private static Term Monitor(Process p, Term type, Term item, Term options)
    {
        if (!type.IsSameAs(Atoms.Process) || ParseOptions(options) is not var (tag, alias))
            return p.Badarg();
        if (item.IsPid)
            return p.Node.Monitor(p, item, Term.NonValue, tag, alias);
        if (item is { IsTuple: true, TupleArity: 2 } && item.Element(1).IsAtom && item.Element(2).IsSameAs(Atoms.Nonode))
            item = item.Element(1);
        return item.IsAtom ? p.Node.Monitor(p, Term.NonValue, item, tag, alias) : p.Badarg();
    }

    /// <summary>[{alias, Mode}, {tag, Tag}]: the DOWN tag and the alias mode, or null if invalid.</summary>
    internal static (Term Tag, AliasMode? Alias)? ParseOptions(Term options)
    {
        if (ListBifs.Elements(options) is not { } list)
            return null;
        var tag = Atoms.Down;
        AliasMode? alias = null;
        foreach (var o in list)
        {
            if (o is not { IsTuple: true, TupleArity: 2 })
                return null;
            if (o.Element(1).IsSameAs(TagAtom))
                tag = o.Element(2);
            else if (o.Element(1).IsSameAs(AliasAtom) && o.Element(2).IsAtom && Atoms.Name(o.Element(2)) switch
            {
                "explicit_unalias" => AliasMode.ExplicitUnalias,
                "demonitor" => AliasMode.Demonitor,
                "reply_demonitor" => AliasMode.ReplyDemonitor,
                _ => (AliasMode?)null,
            } is { } mode)
                alias = mode;
            else
                return null;
        }
        return (tag, alias);
    }

    /// <summary>demonitor(Ref, [flush, info]): flush drops a {_, Ref, _, _, _} already queued; info tells whether the monitor was active.</summary>
    private static Term Demonitor(Process p, Term reference, Term options)
    {
        if (!reference.IsRef || ListBifs.Elements(options) is not { } list || !list.All(o => o.IsSameAs(Flush) || o.IsSameAs(Info)))
            return p.Badarg();
        var removed = p.Node.Demonitor(p, reference);
        if (list.Any(o => o.IsSameAs(Flush)))
            p.Mailbox.RemoveDown(p.Heap, reference);
        return list.Any(o => o.IsSameAs(Info)) ? Term.Boolean(removed) : Atoms.True;
    }

    /// <summary>alias([explicit_unalias | reply]): a reference that sends to the caller.</summary>
    private static Term Alias(Process p, ReadOnlySpan<Term> a)
    {
        if (ListBifs.Elements(a[0]) is not { } options)
            return p.Badarg();
        var mode = AliasMode.ExplicitUnalias;
        foreach (var o in options)
        {
            if (o.IsAtom && Atoms.Name(o) == "reply")
                mode = AliasMode.Reply;
            else if (!o.IsAtom || Atoms.Name(o) != "explicit_unalias")
                return p.Badarg();
        }
        var reference = p.Node.MakeRef();
        p.Node.AddAlias(reference, new Emulator.Alias(p, mode, null));
        return reference;
    }
}
