using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>Tuples: element/2, setelement/3, tuple_size/1, make_tuple, conversions.</summary>
internal static class TupleBifs
{
    /// <summary>BEAM's largest tuple: 16,777,215 elements.</summary>
    private const int MaxArity = (1 << 24) - 1;

    public static readonly BifEntry[] Entries =
    [
        new("erlang", "element", 2, (p, a) => Index(a[0], a[1]) is { } i ? a[1].Element(i) : p.Badarg()),
        new("erlang", "setelement", 3, SetElement),
        new("erlang", "tuple_size", 1, (p, a) => a[0].IsTuple ? Term.Small(a[0].TupleArity) : p.Badarg()),
        new("erlang", "make_tuple", 2, (p, a) => MakeTuple(p, a[0], a[1], Term.Nil)),
        new("erlang", "make_tuple", 3, (p, a) => MakeTuple(p, a[0], a[1], a[2])),
        new("erlang", "append_element", 2, AppendElement),
        new("erlang", "insert_element", 3, InsertElement),
        new("erlang", "delete_element", 2, DeleteElement),
        new("erlang", "tuple_to_list", 1, (p, a) => a[0].IsTuple ? p.Heap.List(Elements(a[0])) : p.Badarg()),
        new("erlang", "list_to_tuple", 1, ListToTuple),
    ];

    internal static ReadOnlySpan<Term> Elements(Term tuple) => tuple.Block.AsSpan(tuple.Offset + 1, tuple.TupleArity);

    /// <summary>A 1-based index valid for the tuple, or null.</summary>
    private static int? Index(Term index, Term tuple) =>
        index.IsSmall && tuple.IsTuple && index.SmallValue >= 1 && index.SmallValue <= tuple.TupleArity ? (int)index.SmallValue : null;

    private static Term SetElement(Process p, ReadOnlySpan<Term> a)
    {
        if (Index(a[0], a[1]) is not { } i)
            return p.Badarg();
        var copy = p.Heap.Tuple(Elements(a[1]));
        copy.Block[copy.Offset + i] = a[2];
        return copy;
    }

    private static Term MakeTuple(Process p, Term arity, Term initial, Term defaults)
    {
        if (!arity.IsSmall || arity.SmallValue < 0 || arity.SmallValue > MaxArity)
            return p.Badarg();
        var n = (int)arity.SmallValue;
        var elements = new Term[n];
        Array.Fill(elements, initial);
        // make_tuple/3's defaults: a list of {Position, Value}, later ones win.
        for (var list = defaults; !list.IsNil; list = list.Tail)
        {
            if (!list.IsCons || list.Head is not { IsTuple: true, TupleArity: 2 } pair
                || pair.Element(1) is not { IsSmall: true } position || position.SmallValue < 1 || position.SmallValue > n)
                return p.Badarg();
            elements[position.SmallValue - 1] = pair.Element(2);
        }
        return p.Heap.Tuple(elements);
    }

    private static Term AppendElement(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsTuple || a[0].TupleArity >= MaxArity)
            return p.Badarg();
        return p.Heap.Tuple([.. Elements(a[0]), a[1]]);
    }

    /// <summary>insert_element(Index, Tuple, Value): Index may be one past the end.</summary>
    private static Term InsertElement(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[1].IsTuple || !a[0].IsSmall || a[0].SmallValue < 1 || a[0].SmallValue > a[1].TupleArity + 1 || a[1].TupleArity >= MaxArity)
            return p.Badarg();
        var elements = Elements(a[1]);
        var at = (int)a[0].SmallValue - 1;
        return p.Heap.Tuple([.. elements[..at], a[2], .. elements[at..]]);
    }

    private static Term DeleteElement(Process p, ReadOnlySpan<Term> a)
    {
        if (Index(a[0], a[1]) is not { } i)
            return p.Badarg();
        var elements = Elements(a[1]);
        return p.Heap.Tuple([.. elements[..(i - 1)], .. elements[i..]]);
    }

    private static Term ListToTuple(Process p, ReadOnlySpan<Term> a)
    {
        var elements = new List<Term>();
        var list = a[0];
        for (; list.IsCons; list = list.Tail)
            elements.Add(list.Head);
        return list.IsNil && elements.Count <= MaxArity ? p.Heap.Tuple([.. elements]) : p.Badarg();
    }
}
