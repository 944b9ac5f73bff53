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
        new("maps", "keys", 1, (p, a) => a[0].IsMap ? p.Heap.List(Maps.Keys(a[0])) : Badmap(p, a[0])),
        new("maps", "values", 1, (p, a) => a[0].IsMap ? p.Heap.List(Maps.Values(a[0])) : Badmap(p, a[0])),
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
        a[1].IsMap ? Term.Boolean(Maps.IndexOf(a[1], a[0]) >= 0) : Badmap(p, a[1]);

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
        return Maps.IndexOf(a[2], a[0]) >= 0 ? Maps.Put(p.Heap, a[2], a[0], a[1]) : Badkey(p, a[0]);
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
    /// erts_internal:map_next(Path, Map, iterator | Acc). For a flat map the path only has
    /// to be at most its size, and the answer covers the whole map: with iterator, the chain
    /// {K1, V1, {K2, V2, ... none}}; with a list, [{K1, V1}, ... | Acc].
    /// </summary>
    private static Term MapNext(Process p, ReadOnlySpan<Term> a)
    {
        var map = a[1];
        if (!map.IsMap)
            return p.Badarg();
        bool iterator = a[2].IsSameAs(Iterator);
        if (!iterator && !a[2].IsList)
            return p.Badarg();
        var keys = Maps.Keys(map);
        var values = Maps.Values(map);
        if (!a[0].IsSmall || a[0].SmallValue < 0 || a[0].SmallValue > keys.Length)
            return p.Badarg();

        var heap = p.Heap;
        var result = iterator ? None : a[2];
        for (int k = keys.Length - 1; k >= 0; k--)
        {
            result = iterator
                ? heap.Tuple([keys[k], values[k], result])
                : heap.Cons(heap.Tuple([keys[k], values[k]]), result);
        }
        return result;
    }
}
