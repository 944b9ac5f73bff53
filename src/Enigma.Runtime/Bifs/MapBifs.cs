using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// The map BIFs of erl 25 (erts/emulator/beam/bif.tab, implemented in erl_map.c): the
/// erlang guard BIFs, the BIFs of the maps module, and erts_internal:map_next/3 on which
/// maps:to_list/1, maps:iterator/1 and maps:next/1 (Erlang code in maps.beam) are built.
/// Errors as erl raises them: {badmap, M} for a non-map, {badkey, K}, badarg for bad lists.
/// </summary>
internal static class MapBifs
{
    private static readonly Term None = Atoms.Intern("none");
    private static readonly Term Iterator = Atoms.Intern("iterator");

    /// <summary>Leaves per later map_next call: what erl returns with a full time slice (4000 reductions, 4 a pair).</summary>
    private const int TrieBatch = 1000;

    public static readonly BifEntry[] Entries =
    [
        new("erlang", "map_size", 1, (p, a) => a[0].IsMap ? Term.Small(Maps.Size(a[0])) : Badmap(p, a[0])),
        new("erlang", "map_get", 2, Get),
        new("erlang", "is_map_key", 2, IsKey),
        new("maps", "get", 2, Get),
        new("maps", "is_key", 2, IsKey),
        new("maps", "find", 2, Find),
        new("maps", "put", 3, (p, a) => a[2].IsMap ? Maps.Put(p.Heap, a[2], a[0], a[1]) : Badmap(p, a[2])),
        new("maps", "update", 3, Update),
        new("maps", "remove", 2, (p, a) => a[1].IsMap ? Maps.Remove(p.Heap, a[1], a[0]) : Badmap(p, a[1])),
        new("maps", "take", 2, Take),
        new("maps", "merge", 2, Merge),
        new("maps", "keys", 1, (p, a) => a[0].IsMap ? p.Heap.List(ListOrder(Maps.Pairs(a[0]).Keys, a[0])) : Badmap(p, a[0])),
        new("maps", "values", 1, (p, a) => a[0].IsMap ? p.Heap.List(ListOrder(Maps.Pairs(a[0]).Values, a[0])) : Badmap(p, a[0])),
        new("maps", "from_list", 1, FromList),
        new("maps", "from_keys", 2, FromKeys),
        new("erts_internal", "map_next", 3, MapNext),
    ];

    private static Term Badmap(Process p, Term notMap) => p.Raise(ErrorClass.Error, p.Heap.Tuple([Atoms.Badmap, notMap]));

    private static Term Badkey(Process p, Term key) => p.Raise(ErrorClass.Error, p.Heap.Tuple([Atoms.Badkey, key]));

    /// <summary>maps:get/2 and erlang:map_get/2: (Key, Map).</summary>
    private static Term Get(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[1].IsMap)
            return Badmap(p, a[1]);
        return Maps.TryGet(a[1], a[0], out var value) ? value : Badkey(p, a[0]);
    }

    private static Term IsKey(Process p, ReadOnlySpan<Term> a) =>
        a[1].IsMap ? Term.Boolean(Maps.ContainsKey(a[1], a[0])) : Badmap(p, a[1]);

    private static Term Find(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[1].IsMap)
            return Badmap(p, a[1]);
        return Maps.TryGet(a[1], a[0], out var value) ? p.Heap.Tuple([Atoms.Ok, value]) : Atoms.Error;
    }

    /// <summary>maps:update(Key, Value, Map): the key must exist.</summary>
    private static Term Update(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[2].IsMap)
            return Badmap(p, a[2]);
        var result = Maps.Update(p.Heap, a[2], a[0], a[1]);
        return result.IsNonValue ? Badkey(p, a[0]) : result;
    }

    /// <summary>maps:take(Key, Map): {Value, MapWithoutKey} or error.</summary>
    private static Term Take(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[1].IsMap)
            return Badmap(p, a[1]);
        if (!Maps.TryGet(a[1], a[0], out var value))
            return Atoms.Error;
        return p.Heap.Tuple([value, Maps.Remove(p.Heap, a[1], a[0])]);
    }

    /// <summary>maps:merge/2: the first argument that is not a map is the one reported.</summary>
    private static Term Merge(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsMap)
            return Badmap(p, a[0]);
        if (!a[1].IsMap)
            return Badmap(p, a[1]);
        return Maps.Merge(p.Heap, a[0], a[1]);
    }

    /// <summary>maps:from_list/1: a proper list of 2-tuples; later keys win.</summary>
    private static Term FromList(Process p, ReadOnlySpan<Term> a)
    {
        var keys = new List<Term>();
        var values = new List<Term>();
        var list = a[0];
        for (; list.IsCons; list = list.Tail)
        {
            if (list.Head is not { IsTuple: true, TupleArity: 2 } pair)
                return p.Badarg();
            keys.Add(pair.Element(1));
            values.Add(pair.Element(2));
        }
        if (!list.IsNil)
            return p.Badarg();
        return Maps.FromPairs(p.Heap, keys.ToArray(), values.ToArray());
    }

    /// <summary>maps:from_keys(Keys, Value): every key maps to the one value.</summary>
    private static Term FromKeys(Process p, ReadOnlySpan<Term> a)
    {
        if (ListBifs.Elements(a[0]) is not { } keys)
            return p.Badarg();
        var values = new Term[keys.Count];
        Array.Fill(values, a[1]);
        return Maps.FromPairs(p.Heap, keys.ToArray(), values);
    }

    /// <summary>
    /// erl lists a trie map's pairs (maps:keys/1, maps:values/1, maps:to_list/1) by consing
    /// them in trie order, so last first; a flat map's in key order.
    /// </summary>
    private static Term[] ListOrder(Term[] items, Term map)
    {
        if (!Maps.IsFlat(map))
            Array.Reverse(items);
        return items;
    }

    /// <summary>
    /// erts_internal:map_next(Path, Map, iterator | Acc), on which maps:iterator/next and
    /// maps:to_list are built. With iterator, the chain {K1, V1, {K2, V2, ... Rest}}; with a
    /// list, [{Kn, Vn}, ... {K1, V1} | Acc] (consed in iteration order). A flat map comes
    /// whole (the path only has to be at most its size). A trie map comes in batches as in
    /// erl: the first 32 leaves, then <see cref="TrieBatch"/> at a time; a batch that stops
    /// early ends in [Path | Map] (iterator) or starts with Path, Map (list), where Path
    /// encodes the next leaf's position.
    /// </summary>
    private static Term MapNext(Process p, ReadOnlySpan<Term> a)
    {
        var map = a[1];
        if (!map.IsMap)
            return p.Badarg();
        bool iterator = a[2].IsSameAs(Iterator);
        if (!iterator && !a[2].IsList)
            return p.Badarg();
        if (!a[0].IsInteger || a[0].BigValue.Sign < 0)
            return p.Badarg();
        var heap = p.Heap;
        if (Maps.IsFlat(map))
        {
            var keys = Maps.FlatKeys(map);
            var values = Maps.FlatValues(map);
            if (a[0].BigValue > keys.Length)
                return p.Badarg();
            var result = iterator ? None : a[2];
            for (int k = keys.Length - 1; k >= 0; k--)
                result = Link(heap, iterator, keys[k], values[k], result);
            return result;
        }

        if (!HashMapCursor.TrySeek(map, a[0].BigValue, out var cursor))
            return p.Badarg();
        int batch = a[0].BigValue.IsZero ? HashMap.FlatLimit : TrieBatch;
        var pairs = new List<Term>();
        for (; !cursor.Done && pairs.Count < 2 * batch; cursor.Advance())
        {
            pairs.Add(cursor.Leaf.Head);
            pairs.Add(cursor.Leaf.Tail);
        }
        var path = cursor.Done ? None : Term.Integer(cursor.Path);
        if (iterator)
        {
            var rest = cursor.Done ? None : heap.Cons(path, map);
            for (int k = pairs.Count - 2; k >= 0; k -= 2)
                rest = heap.Tuple([pairs[k], pairs[k + 1], rest]);
            return rest;
        }
        var list = a[2];
        for (int k = 0; k < pairs.Count; k += 2)
            list = heap.Cons(heap.Tuple([pairs[k], pairs[k + 1]]), list);
        return cursor.Done ? list : heap.Cons(path, heap.Cons(map, list));
    }

    private static Term Link(Memory.Heap heap, bool iterator, Term key, Term value, Term rest) =>
        iterator ? heap.Tuple([key, value, rest]) : heap.Cons(heap.Tuple([key, value]), rest);
}
