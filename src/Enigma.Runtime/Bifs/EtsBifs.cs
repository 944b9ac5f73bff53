using Enigma.Runtime.Emulator;
using Enigma.Runtime.Ets;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// The ets BIFs that make, find, fill and walk tables (erl_db.c). Select and match are in
/// EtsSelectBifs, update_counter and update_element in EtsUpdateBifs.
/// </summary>
internal static class EtsBifs
{
    private static readonly Term StdlibErrors = Atoms.Intern("erl_stdlib_errors");
    internal static readonly Term EndOfTable = Atoms.Intern("$end_of_table");

    public static readonly BifEntry[] Entries =
    [
        new("ets", "new", 2, New),
        new("ets", "delete", 1, Delete),
        new("ets", "delete", 2, (p, a) => Writable(p, a[0]) is { } t ? DeleteKey(t, a[1]) : Term.NonValue),
        new("ets", "delete_object", 2, DeleteObject),
        new("ets", "internal_delete_all", 2, (p, a) => Writable(p, a[0]) is { } t ? Term.Integer(t.DeleteAll()) : Term.NonValue),
        new("ets", "insert", 2, (p, a) => Insert(p, a, onlyNew: false)),
        new("ets", "insert_new", 2, (p, a) => Insert(p, a, onlyNew: true)),
        new("ets", "lookup", 2, Lookup),
        new("ets", "lookup_element", 3, LookupElement),
        new("ets", "member", 2, (p, a) => Readable(p, a[0]) is { } t ? Term.Boolean(t.AnyObject(a[1]) is not null) : Term.NonValue),
        new("ets", "take", 2, Take),
        new("ets", "first", 1, (p, a) => Step(p, a, first: true, forward: true)),
        new("ets", "last", 1, (p, a) => Step(p, a, first: true, forward: false)),
        new("ets", "next", 2, (p, a) => Step(p, a, first: false, forward: true)),
        new("ets", "prev", 2, (p, a) => Step(p, a, first: false, forward: false)),
        new("ets", "slot", 2, Slot),
        new("ets", "info", 1, (p, a) => Info(p, a[0], Term.NonValue)),
        new("ets", "info", 2, (p, a) => Info(p, a[0], a[1])),
        new("ets", "give_away", 3, GiveAway),
        new("ets", "rename", 2, Rename),
        new("ets", "whereis", 1, (p, a) => a[0].IsAtom ? p.Node.Tables.Find(a[0])?.Tid ?? Atoms.Undefined : Fail(p)),
        new("ets", "internal_request_all", 0, RequestAll),
        new("ets", "safe_fixtable", 2, SafeFixtable),
        new("ets", "setopts", 2, SetOpts),
    ];

    // ---- finding a table ----

    /// <summary>badarg with error_info #{module => erl_stdlib_errors, cause => Cause} for the BIF's frame.</summary>
    internal static Term Fail(Process p, string? cause = null) => BifErrors.Badarg(p, StdlibErrors, cause);

    /// <summary>The table, if the caller may read it (private tables: the owner only); else null with the error raised.</summary>
    internal static EtsTable? Readable(Process p, Term id) => Access(p, id, write: false);

    /// <summary>The table, if the caller may change it (protected and private tables: the owner only).</summary>
    internal static EtsTable? Writable(Process p, Term id) => Access(p, id, write: true);

    private static EtsTable? Access(Process p, Term id, bool write)
    {
        var table = p.Node.Tables.Find(id);
        if (table is null)
        {
            Fail(p, id.IsAtom || id.IsRef ? "id" : "type");
            return null;
        }
        if (table.Access == TableAccess.Public || table.Owner.IsSameAs(p.Pid)
            || (!write && table.Access == TableAccess.Protected))
            return table;
        Fail(p, "access");
        return null;
    }

    /// <summary>Whether <paramref name="obj"/> can go in <paramref name="table"/>: a tuple holding the key position.</summary>
    internal static bool Fits(EtsTable table, Term obj) => obj.IsTuple && obj.TupleArity >= table.Options.KeyPos;

    internal static Term KeyOf(EtsTable table, Term obj) => obj.Element(table.Options.KeyPos);

    /// <summary>Stored objects, copied into the caller's heap, as a list in front of <paramref name="tail"/>.</summary>
    internal static Term ReadAll(Process p, object[]? stored, Term tail)
    {
        if (stored is null)
            return tail;
        var objects = new Term[stored.Length];
        for (int i = 0; i < objects.Length; i++)
            objects[i] = StoredObject.Read(stored[i], p.Heap, p.Node.Exports);
        return p.Heap.List(objects, tail);
    }

    /// <summary><paramref name="obj"/> copied out of the caller's heap, for <paramref name="table"/>.</summary>
    internal static object Store(EtsTable table, Term obj) => StoredObject.Store(obj, table.Options.Compressed, table.Options.KeyPos);

    // ---- making and deleting tables ----

    private static Term New(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsAtom || ParseOptions(a[1]) is not { } options)
            return Fail(p);
        var table = p.Node.Tables.Create(p.Node, a[0], p.Pid, options);
        return table is null ? Fail(p, "already_exists") : table.Id;
    }

    private static TableOptions? ParseOptions(Term list)
    {
        var o = new TableOptions(WriteConcurrency: Atoms.False, Heir: Atoms.None, HeirData: Atoms.None);
        // erl_db.c sets the counters' default as it reads the options, in order.
        bool decentralizedByDefault = false;
        bool? decentralized = null;
        for (; list.IsCons; list = list.Tail)
        {
            var opt = list.Head;
            if (opt.IsAtom)
            {
                switch (Atoms.Name(opt))
                {
                    // As in erl_db.c, set and protected are the defaults and change nothing:
                    // [bag, set] makes a bag.
                    case "set" or "protected": break;
                    case "ordered_set":
                        o = o with { Type = TableType.OrderedSet };
                        decentralizedByDefault = true;
                        break;
                    case "bag": o = o with { Type = TableType.Bag }; break;
                    case "duplicate_bag": o = o with { Type = TableType.DuplicateBag }; break;
                    case "public": o = o with { Access = TableAccess.Public }; break;
                    case "private": o = o with { Access = TableAccess.Private }; break;
                    case "named_table": o = o with { Named = true }; break;
                    case "compressed": o = o with { Compressed = true }; break;
                    default: return null;
                }
                continue;
            }
            if (!opt.IsTuple || opt.TupleArity < 2 || !opt.Element(1).IsAtom)
                return null;
            var value = opt.Element(2);
            switch (Atoms.Name(opt.Element(1)), opt.TupleArity)
            {
                case ("keypos", 2) when value.IsSmall && value.SmallValue >= 1 && value.SmallValue < int.MaxValue:
                    o = o with { KeyPos = (int)value.SmallValue };
                    break;
                case ("heir", 2) when value.IsSameAs(Atoms.None):
                    o = o with { Heir = Atoms.None, HeirData = Atoms.None };
                    break;
                case ("heir", 3) when value.IsPid:
                    o = o with { Heir = value, HeirData = TermCopier.CopyToFragment(opt.Element(3)).Message };
                    break;
                case ("read_concurrency", 2) when IsBoolean(value):
                    o = o with { ReadConcurrency = value.IsSameAs(Atoms.True) };
                    break;
                case ("write_concurrency", 2) when IsBoolean(value) || value.IsSameAs(Atoms.Intern("auto")):
                    o = o with { WriteConcurrency = value };
                    if (value.IsSameAs(Atoms.Intern("auto")))
                        decentralizedByDefault = true;
                    else if (value.IsSameAs(Atoms.True) && o.Type != TableType.OrderedSet)
                        decentralizedByDefault = false;
                    break;
                case ("decentralized_counters", 2) when IsBoolean(value):
                    decentralized = value.IsSameAs(Atoms.True);
                    break;
                default:
                    return null;
            }
        }
        if (!list.IsNil)
            return null;
        // What info/2 reports is what erl made of the options: no concurrency options on a
        // private table, decentralized counters only with write_concurrency.
        bool fineLocked = !o.WriteConcurrency.IsSameAs(Atoms.False) && o.Access != TableAccess.Private;
        return o with
        {
            ReadConcurrency = o.ReadConcurrency && o.Access != TableAccess.Private,
            WriteConcurrency = fineLocked ? o.WriteConcurrency : Atoms.False,
            DecentralizedCounters = fineLocked && (decentralized ?? decentralizedByDefault),
        };
    }

    private static bool IsBoolean(Term t) => t.IsSameAs(Atoms.True) || t.IsSameAs(Atoms.False);

    private static Term Delete(Process p, ReadOnlySpan<Term> a)
    {
        if (Writable(p, a[0]) is not { } table)
            return Term.NonValue;
        p.Node.Tables.Delete(table);
        return Atoms.True;
    }

    // ---- objects ----

    private static Term Insert(Process p, ReadOnlySpan<Term> a, bool onlyNew)
    {
        if (Writable(p, a[0]) is not { } table)
            return Term.NonValue;
        if (a[1].IsTuple)
            return Fits(table, a[1]) ? Term.Boolean(table.Insert([Store(table, a[1])], onlyNew)) : Fail(p);
        var objects = ListBifs.Elements(a[1]);
        if (objects is null || objects.Any(o => !Fits(table, o)))
            return Fail(p);
        // A bag takes a list last to first (so [{k,1},{k,2}] reads back [{k,2},{k,1}], as in erl).
        if (table.Type == TableType.Bag)
            objects.Reverse();
        return Term.Boolean(table.Insert([.. objects.Select(o => Store(table, o))], onlyNew));
    }

    private static Term DeleteKey(EtsTable table, Term key)
    {
        table.Take(key);
        return Atoms.True;
    }

    private static Term DeleteObject(Process p, ReadOnlySpan<Term> a)
    {
        if (Writable(p, a[0]) is not { } table)
            return Term.NonValue;
        if (!Fits(table, a[1]))
            return Fail(p);
        table.DeleteObject(KeyOf(table, a[1]), Store(table, a[1]));
        return Atoms.True;
    }

    private static Term Lookup(Process p, ReadOnlySpan<Term> a)
    {
        if (Readable(p, a[0]) is not { } table)
            return Term.NonValue;
        if (table.IsBag)
            return ReadAll(p, table.Lookup(a[1]), Term.Nil);
        return table.AnyObject(a[1]) is { } stored ? p.Heap.Cons(StoredObject.Read(stored, p.Heap, p.Node.Exports), Term.Nil) : Term.Nil;
    }

    private static Term LookupElement(Process p, ReadOnlySpan<Term> a)
    {
        if (Readable(p, a[0]) is not { } table)
            return Term.NonValue;
        if (!a[2].IsSmall || a[2].SmallValue < 1)
            return Fail(p);
        if (table.Lookup(a[1]) is not { } stored)
            return Fail(p, "badkey");
        int pos = (int)Math.Min(a[2].SmallValue, int.MaxValue);
        var objects = ListBifs.Elements(ReadAll(p, stored, Term.Nil))!;
        if (objects.Any(o => o.TupleArity < pos))
            return Fail(p);
        return table.IsBag ? p.Heap.List([.. objects.Select(o => o.Element(pos))]) : objects[0].Element(pos);
    }

    private static Term Take(Process p, ReadOnlySpan<Term> a)
    {
        if (Writable(p, a[0]) is not { } table)
            return Term.NonValue;
        return ReadAll(p, table.Take(a[1]), Term.Nil);
    }

    // ---- walking ----

    private static Term Step(Process p, ReadOnlySpan<Term> a, bool first, bool forward)
    {
        if (Readable(p, a[0]) is not { } table)
            return Term.NonValue;
        Term found;
        if (table.Hash is { } hash)
        {
            // last/prev walk a hash table forwards, as in erl; a key not in it is badarg.
            if (first)
                found = hash.First();
            else if (hash.Next(a[1]) is { } next)
                found = next;
            else
                return Fail(p);
        }
        else
            found = first ? table.Ordered!.First(forward) : table.Ordered!.Next(a[1], forward);
        return found.IsNonValue ? EndOfTable : TermCopier.Copy(found, p.Heap);
    }

    private static Term Slot(Process p, ReadOnlySpan<Term> a)
    {
        if (Readable(p, a[0]) is not { } table)
            return Term.NonValue;
        long slots = table.Hash?.Slots ?? table.Ordered!.Count;
        if (!a[1].IsSmall || a[1].SmallValue < 0 || a[1].SmallValue > slots)
            return Fail(p);
        int slot = (int)a[1].SmallValue;
        if (slot == slots)
            return EndOfTable;
        return ReadAll(p, table.Hash is { } hash ? hash.Slot(slot) : table.Ordered!.At(slot) is { } o ? [o] : null, Term.Nil);
    }

    // ---- the table itself ----

    private static readonly string[] InfoItems =
    [
        "id", "decentralized_counters", "read_concurrency", "write_concurrency", "compressed", "memory", "owner",
        "heir", "name", "size", "node", "named_table", "type", "keypos", "protection",
    ];

    private static Term Info(Process p, Term id, Term item)
    {
        if (!id.IsRef && !id.IsAtom)
            return Fail(p);
        if (p.Node.Tables.Find(id) is not { } table)
            return item.IsNonValue || item.IsAtom ? Atoms.Undefined : Fail(p);
        if (!item.IsNonValue)
            return item.IsAtom && InfoItem(p, table, Atoms.Name(item)) is { IsNonValue: false } value ? value : Fail(p);
        return p.Heap.List([.. InfoItems.Select(name => p.Heap.Tuple([Atoms.Intern(name), InfoItem(p, table, name)]))]);
    }

    private static Term InfoItem(Process p, EtsTable table, string item)
    {
        var o = table.Options;
        return item switch
        {
            "id" => table.Tid,
            "decentralized_counters" => Term.Boolean(o.DecentralizedCounters),
            "read_concurrency" => Term.Boolean(o.ReadConcurrency),
            "write_concurrency" => o.WriteConcurrency,
            "compressed" => Term.Boolean(o.Compressed),
            "memory" => Term.Integer(table.MemoryWords),
            "owner" => table.Owner,
            "heir" => TermCopier.Copy(table.Heir, p.Heap),
            "name" => table.Name,
            "size" => Term.Integer(table.ObjectCount),
            "node" => Atoms.Nonode,
            "named_table" => Term.Boolean(o.Named),
            "type" => Atoms.Intern(table.Type switch
            {
                TableType.Set => "set",
                TableType.OrderedSet => "ordered_set",
                TableType.Bag => "bag",
                _ => "duplicate_bag",
            }),
            "keypos" => Term.Small(o.KeyPos),
            "protection" => Atoms.Intern(table.Access.ToString().ToLowerInvariant()),
            "fixed" => Term.Boolean(table.IsFixed),
            "safe_fixed" or "safe_fixed_monotonic_time" => table.IsFixed
                ? p.Heap.Tuple([Term.Integer(TimeBifs.MonotonicNs()), p.Heap.List([.. table.Fixations.Select(f => p.Heap.Tuple([f.Pid, Term.Small(f.Count)]))])])
                : Atoms.False,
            _ => Term.NonValue,
        };
    }

    private static Term GiveAway(Process p, ReadOnlySpan<Term> a)
    {
        if (Writable(p, a[0]) is not { } table)
            return Term.NonValue;
        if (!table.Owner.IsSameAs(p.Pid))
            return Fail(p, "not_owner");
        // Giving a table to yourself is refused with cause owner, as in erl.
        if (a[1].IsSameAs(p.Pid))
            return Fail(p, "owner");
        if (!a[1].IsPid || p.Node.Find(a[1]) is not { Status: not ProcessStatus.Exited } to)
            return Fail(p);
        p.Node.Tables.Transfer(p.Node, table, p.Pid, to, a[2]);
        return Atoms.True;
    }

    private static Term Rename(Process p, ReadOnlySpan<Term> a)
    {
        if (Writable(p, a[0]) is not { } table)
            return Term.NonValue;
        if (!a[1].IsAtom)
            return Fail(p);
        return p.Node.Tables.Rename(table, a[1]) ? table.Id : Fail(p);
    }

    /// <summary>
    /// ets:all/0 waits for one {Ref, Tables} per scheduler, as erlang:system_info(schedulers)
    /// counts them (asked here, so the two always agree): all tables come in the first.
    /// </summary>
    private static Term RequestAll(Process p, ReadOnlySpan<Term> a)
    {
        var schedulers = p.Node.Exports.Get(Atoms.Erlang, Atoms.Intern("system_info"), 1).Bif!(p, [Atoms.Intern("schedulers")]);
        var reference = p.Node.MakeRef();
        var all = p.Heap.List([.. p.Node.Tables.All.Where(t => !t.Deleted).Select(t => t.Id)]);
        for (long i = 0; i < schedulers.SmallValue; i++)
            p.Node.Send(p.Pid, p.Heap.Tuple([reference, i == 0 ? all : Term.Nil]));
        return reference;
    }

    private static Term SafeFixtable(Process p, ReadOnlySpan<Term> a)
    {
        if (Readable(p, a[0]) is not { } table)
            return Term.NonValue;
        if (!IsBoolean(a[1]))
            return Fail(p);
        table.Fix(p.Pid, a[1].IsSameAs(Atoms.True));
        return Atoms.True;
    }

    /// <summary>setopts/2: heir and protection, by the owner.</summary>
    private static Term SetOpts(Process p, ReadOnlySpan<Term> a)
    {
        if (p.Node.Tables.Find(a[0]) is not { } table)
            return Fail(p, "id");
        if (!table.Owner.IsSameAs(p.Pid))
            return Fail(p, "owner");
        var options = a[1].IsTuple ? [a[1]] : ListBifs.Elements(a[1]);
        foreach (var opt in options ?? [Term.Nil])
        {
            if (opt is { IsTuple: true, TupleArity: 2 } && opt.Element(1).IsSameAs(Atoms.Intern("heir")) && opt.Element(2).IsSameAs(Atoms.None))
                (table.Heir, table.HeirData) = (Atoms.None, Atoms.None);
            else if (opt is { IsTuple: true, TupleArity: 3 } && opt.Element(1).IsSameAs(Atoms.Intern("heir")) && opt.Element(2).IsPid)
                (table.Heir, table.HeirData) = (opt.Element(2), TermCopier.CopyToFragment(opt.Element(3)).Message);
            else if (opt is { IsTuple: true, TupleArity: 2 } && opt.Element(1).IsSameAs(Atoms.Intern("protection"))
                && Enum.TryParse<TableAccess>(opt.Element(2).IsAtom ? Atoms.Name(opt.Element(2)) : "", ignoreCase: true, out var access))
                table.Access = access;
            else
                return Fail(p);
        }
        return Atoms.True;
    }
}
