using Enigma.Runtime.Emulator;
using Enigma.Runtime.Ets;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;
using static Enigma.Runtime.Bifs.EtsBifs;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// select, match and their relatives, match_spec_compile/run and erlang:match_spec_test/3:
/// everything that runs a match specification (Ets/MatchSpec.cs) over objects.
/// </summary>
internal static class EtsSelectBifs
{
    private static readonly Term AllVariables = Atoms.Intern("$$");
    private static readonly Term WholeObject = Atoms.Intern("$_");
    private static readonly Term TableDialect = Atoms.Intern("table");

    public static readonly BifEntry[] Entries =
    [
        new("ets", "select", 1, (p, a) => Continue(p, a[0])),
        new("ets", "select", 2, (p, a) => Select(p, a[0], a[1], Term.NonValue, reverse: false)),
        new("ets", "select", 3, (p, a) => Select(p, a[0], a[1], a[2], reverse: false)),
        new("ets", "select_reverse", 1, (p, a) => Continue(p, a[0])),
        new("ets", "select_reverse", 2, (p, a) => Select(p, a[0], a[1], Term.NonValue, reverse: true)),
        new("ets", "select_reverse", 3, (p, a) => Select(p, a[0], a[1], a[2], reverse: true)),
        new("ets", "match", 1, (p, a) => Continue(p, a[0])),
        new("ets", "match", 2, (p, a) => Select(p, a[0], PatternSpec(p, a[1], AllVariables), Term.NonValue, reverse: false)),
        new("ets", "match", 3, (p, a) => Select(p, a[0], PatternSpec(p, a[1], AllVariables), a[2], reverse: false)),
        new("ets", "match_object", 1, (p, a) => Continue(p, a[0])),
        new("ets", "match_object", 2, (p, a) => Select(p, a[0], PatternSpec(p, a[1], WholeObject), Term.NonValue, reverse: false)),
        new("ets", "match_object", 3, (p, a) => Select(p, a[0], PatternSpec(p, a[1], WholeObject), a[2], reverse: false)),
        new("ets", "select_count", 2, SelectCount),
        new("ets", "internal_select_delete", 2, SelectDelete),
        new("ets", "select_replace", 2, SelectReplace),
        new("ets", "match_spec_compile", 1, (p, a) => Compile(p, a[0]) is { } ms ? Term.Resource(p.Node.MakeRef().ImmediateId, ms) : Fail(p)),
        new("ets", "match_spec_run_r", 3, MatchSpecRun),
        new("ets", "is_compiled_ms", 1, (_, a) => Term.Boolean(a[0].IsRef && a[0].Box is MatchSpec)),
        new("erlang", "match_spec_test", 3, MatchSpecTest),
    ];

    /// <summary>match/2,3 and match_object/2,3 are select with [{Pattern, [], [Result]}].</summary>
    private static Term PatternSpec(Process p, Term pattern, Term result) =>
        p.Heap.List([p.Heap.Tuple([pattern, Term.Nil, p.Heap.List([result])])]);

    private static MatchSpec? Compile(Process p, Term spec) => MatchSpec.Compile(spec, p.Node.Exports).Spec;

    // ---- select ----

    private static Term Select(Process p, Term tab, Term specTerm, Term limitTerm, bool reverse)
    {
        if (Readable(p, tab) is not { } table)
            return Term.NonValue;
        int limit = 0; // no limit: select/2
        if (!limitTerm.IsNonValue)
        {
            if (!limitTerm.IsSmall || limitTerm.SmallValue < 1 || limitTerm.SmallValue > int.MaxValue)
                return Fail(p);
            limit = (int)limitTerm.SmallValue;
        }
        if (Compile(p, specTerm) is not { } spec)
            return Fail(p);
        if (table.Hash is { } hash)
            return HashChunk(p, table, hash, spec, limit, Term.NonValue, 0, Term.Nil, 0);
        return Chunk(p, table, spec, limit, reverse, after: null);
    }

    /// <summary>select/1 and friends: {Tab, LastKey, [], Limit, MS, [], Reverse, 0} or {Tab, Slot, Limit, MS, Rest, RestSize}.</summary>
    private static Term Continue(Process p, Term c)
    {
        if (c.IsSameAs(EndOfTable))
            return EndOfTable;
        bool ordered = c is { IsTuple: true, TupleArity: 8 };
        if (!ordered && c is not { IsTuple: true, TupleArity: 6 })
            return Fail(p, "id"); // erl looks for the table first
        if (!ordered)
            return ContinueHash(p, c);
        var (limit, spec) = ordered ? (c.Element(4), c.Element(5)) : (c.Element(3), c.Element(4));
        var after = ordered ? c.Element(2) : c.Element(5) is { IsCons: true } l ? l.Head : Term.NonValue;
        if (!limit.IsSmall || limit.SmallValue < 1 || limit.SmallValue > int.MaxValue || spec.Box is not MatchSpec ms || after.IsNonValue)
            return Fail(p);
        if (Readable(p, c.Element(1)) is not { } table)
            return Term.NonValue;
        bool reverse = ordered && c.Element(7).IsSameAs(Term.Small(1));
        return Chunk(p, table, ms, (int)limit.SmallValue, reverse, after);
    }

    private static Term ContinueHash(Process p, Term c)
    {
        var (slot, limit, spec, rest, restSize) = (c.Element(2), c.Element(3), c.Element(4), c.Element(5), c.Element(6));
        if (!slot.IsSmall || !limit.IsSmall || limit.SmallValue < 0 || limit.SmallValue > int.MaxValue || spec.Box is not MatchSpec ms
            || !rest.IsList || !restSize.IsSmall || restSize.SmallValue < 0 || slot.SmallValue > int.MaxValue)
            return Fail(p);
        if (Readable(p, c.Element(1)) is not { } table)
            return Term.NonValue;
        if (table.Hash is not { } hash)
            return Fail(p);
        return HashChunk(p, table, hash, ms, (int)limit.SmallValue, c, (int)Math.Max(slot.SmallValue, -1), rest, restSize.SmallValue);
    }

    /// <summary>
    /// erl_db_hash.c's select: the buckets in order from <paramref name="slot"/>, each match put in
    /// front of <paramref name="matches"/> (so a whole select lists them last visited first); with a
    /// limit, stopping after the bucket that reaches it, the surplus kept in the continuation.
    /// <paramref name="previous"/> is the continuation resumed (NonValue on the first call).
    /// </summary>
    private static Term HashChunk(Process p, EtsTable table, HashStore hash, MatchSpec spec, int limit, Term previous, int slot, Term matches, long got)
    {
        void Visit(object stored)
        {
            var r = spec.Run(p, StoredObject.View(stored, p.Heap, p.Node.Exports));
            if (r.IsNonValue)
                return;
            matches = p.Heap.Cons(TermCopier.Copy(r, p.Heap), matches);
            got++;
        }
        if (slot >= 0 && (limit == 0 || got < limit))
        {
            if (previous.IsNonValue && BoundKey(table, spec) is { } key)
            {
                // erl visits only the key's bucket, in chain order (a bag's newest first).
                foreach (var stored in (table.Lookup(key) ?? []).Reverse())
                    Visit(stored);
                slot = -1;
            }
            else
            {
                slot = hash.Walk(slot, Visit, () => limit > 0 && got >= limit);
                if (slot == -2)
                    return Fail(p);
            }
        }
        if (limit == 0)
            return matches;
        var rest = Term.Nil;
        long restSize = 0;
        if (got > limit)
        {
            // The first call splits its own list: the newest matches wait, in order; a resumed one
            // copies them off its list, so they wait reversed.
            var kept = new List<Term>();
            for (; got > limit; got--, matches = matches.Tail)
                kept.Add(matches.Head);
            restSize = kept.Count;
            if (!previous.IsNonValue)
                kept.Reverse();
            rest = p.Heap.List([.. kept]);
        }
        if (!rest.IsNil || slot >= 0)
        {
            var continuation = previous.IsNonValue
                ? p.Heap.Tuple([table.Tid, Term.Small(slot), Term.Small(limit), Term.Resource(p.Node.MakeRef().ImmediateId, spec), rest, Term.Small(restSize)])
                : p.Heap.Tuple([previous.Element(1), Term.Small(slot), previous.Element(3), previous.Element(4), rest, Term.Small(restSize)]);
            return p.Heap.Tuple([matches, continuation]);
        }
        return matches.IsNil ? EndOfTable : p.Heap.Tuple([matches, EndOfTable]);
    }

    /// <summary>The key a one-clause spec binds completely, or null.</summary>
    private static Term? BoundKey(EtsTable table, MatchSpec spec) =>
        spec.KeyPattern(table.Options.KeyPos) is { } key && !MatchSpec.HasWildcard(key) ? key : null;

    /// <summary>
    /// The results of <paramref name="spec"/> in an ordered_set's order (limit 0: all of them, as a
    /// list); with a limit, that many and a continuation, or '$end_of_table' when none are left.
    /// </summary>
    private static Term Chunk(Process p, EtsTable table, MatchSpec spec, int limit, bool reverse, Term? after)
    {
        var results = new List<Term>();
        Term? lastKey = null;
        table.Ordered!.Walk(KeyRun(table, spec), after, reverse, stored =>
        {
            var r = spec.Run(p, StoredObject.View(stored, p.Heap, p.Node.Exports));
            if (!r.IsNonValue)
                results.Add(TermCopier.Copy(r, p.Heap));
            if (limit == 0 || results.Count < limit)
                return true;
            lastKey = table.KeyOf(stored);
            return false;
        });
        var list = p.Heap.List([.. results]);
        if (limit == 0)
            return list;
        if (lastKey is not { } key)
            return results.Count == 0 ? EndOfTable : p.Heap.Tuple([list, EndOfTable]);
        var msRef = Term.Resource(p.Node.MakeRef().ImmediateId, spec);
        var at = TermCopier.Copy(key, p.Heap);
        var continuation = p.Heap.Tuple([table.Tid, at, Term.Nil, Term.Small(limit), msRef, Term.Nil, Term.Small(reverse ? 1 : 0), Term.Small(0)]);
        return p.Heap.Tuple([list, continuation]);
    }

    /// <summary>
    /// The run of an ordered_set's keys <paramref name="spec"/> can match: its key pattern when that
    /// is bound or prefix-bound (a walk then visits only that run), else null (every key).
    /// </summary>
    private static Term? KeyRun(EtsTable table, MatchSpec spec) =>
        spec.KeyPattern(table.Options.KeyPos) is { } pattern && !MatchSpec.IsWildcard(pattern) ? pattern : null;

    // ---- counting, deleting, replacing ----

    private static Term SelectCount(Process p, ReadOnlySpan<Term> a)
    {
        if (Readable(p, a[0]) is not { } table)
            return Term.NonValue;
        if (Compile(p, a[1]) is not { } spec)
            return Fail(p);
        long count = 0;
        void Count(object o) => count += spec.Run(p, StoredObject.View(o, p.Heap, p.Node.Exports)).IsSameAs(Atoms.True) ? 1 : 0;
        if (table.Hash is not { } hash)
        {
            table.Ordered!.Walk(KeyRun(table, spec), null, reverse: false, o =>
            {
                Count(o);
                return true;
            });
        }
        else if (BoundKey(table, spec) is { } key)
        {
            foreach (var o in table.Lookup(key) ?? [])
                Count(o);
        }
        else
            hash.Walk(0, Count, () => false);
        return Term.Integer(count);
    }

    private static Term SelectDelete(Process p, ReadOnlySpan<Term> a)
    {
        if (Writable(p, a[0]) is not { } table)
            return Term.NonValue;
        if (Compile(p, a[1]) is not { } spec)
            return Fail(p);
        bool Deletes(object o) => spec.Run(p, StoredObject.View(o, p.Heap, p.Node.Exports)).IsSameAs(Atoms.True);
        if (table.Hash is { } hash)
            return Term.Integer(hash.DeleteWhere(Deletes));
        return Term.Integer(table.Ordered!.DeleteWhere(KeyRun(table, spec), Deletes));
    }

    /// <summary>select_replace/2: each matching object becomes the body's result, which must keep the key; all or nothing.</summary>
    private static Term SelectReplace(Process p, ReadOnlySpan<Term> a)
    {
        if (Writable(p, a[0]) is not { } table)
            return Term.NonValue;
        if (table.Type == TableType.Bag)
            return Fail(p, "table_type");
        if (Compile(p, a[1]) is not { } spec)
            return Fail(p);
        // The body's result replaces the object (null: no match, kept); one that changes the key refuses all.
        (bool Ok, object? With) Replace(object o)
        {
            var r = spec.Run(p, StoredObject.View(o, p.Heap, p.Node.Exports));
            if (r.IsNonValue)
                return (true, null);
            if (!Fits(table, r) || !TermOrder.ExactlyEqual(KeyOf(table, r), table.KeyOf(o)))
                return (false, null);
            return (true, Store(table, r));
        }
        long? replaced = table.Hash is { } hash ? hash.ReplaceWhere(Replace) : table.Ordered!.ReplaceWhere(KeyRun(table, spec), Replace);
        return replaced is { } n ? Term.Integer(n) : Fail(p);
    }

    // ---- compiled specs ----

    private static Term MatchSpecRun(Process p, ReadOnlySpan<Term> a)
    {
        if (a[1].Box is not MatchSpec spec || ListBifs.Elements(a[0]) is not { } items)
            return Fail(p);
        var acc = a[2];
        foreach (var item in items)
        {
            var r = spec.Run(p, item);
            if (!r.IsNonValue)
                acc = p.Heap.Cons(r, acc);
        }
        return acc;
    }

    /// <summary>erlang:match_spec_test(Object, Spec, table): {ok, Result | false, [], []} or {error, [{error, Text}]}.</summary>
    private static Term MatchSpecTest(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[2].IsSameAs(TableDialect))
            return p.Badarg(); // the trace dialect is not implemented (notes/conformance.md)
        var (spec, error) = MatchSpec.Compile(a[1], p.Node.Exports);
        if (spec is null)
            return p.Heap.Tuple([Atoms.Error, p.Heap.List([p.Heap.Tuple([Atoms.Error, p.Heap.String(error!)])])]);
        var r = spec.Run(p, a[0]);
        return p.Heap.Tuple([Atoms.Ok, r.IsNonValue ? Atoms.False : r, Term.Nil, Term.Nil]);
    }
}
