using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>Lists: length, hd, tl, ++, --, and the BIFs of the lists module.</summary>
internal static class ListBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "length", 1, Length),
        new("erlang", "hd", 1, (p, a) => a[0].IsCons ? a[0].Head : p.Badarg()),
        new("erlang", "tl", 1, (p, a) => a[0].IsCons ? a[0].Tail : p.Badarg()),
        new("erlang", "++", 2, (p, a) => Append(p, a[0], a[1])),
        new("erlang", "--", 2, Subtract),
        new("lists", "reverse", 2, (p, a) => Reverse(p, a[0], a[1])),
        new("lists", "member", 2, Member),
        new("lists", "keyfind", 3, (p, a) => KeyFind(p, a) is { } found ? found : Atoms.False),
        new("lists", "keymember", 3, (p, a) => KeyFind(p, a) is { } found ? found.IsNonValue ? found : Atoms.True : Atoms.False),
        new("lists", "keysearch", 3, (p, a) => KeyFind(p, a) is { } found
            ? found.IsNonValue ? found : p.Heap.Tuple([Atoms.Intern("value"), found])
            : Atoms.False),
    ];

    private static Term Length(Process p, ReadOnlySpan<Term> a)
    {
        long n = 0;
        var list = a[0];
        for (; list.IsCons; list = list.Tail)
            n++;
        return list.IsNil ? Term.Small(n) : p.Badarg();
    }

    /// <summary>The elements of a proper list, or null.</summary>
    internal static List<Term>? Elements(Term list)
    {
        var elements = new List<Term>();
        for (; list.IsCons; list = list.Tail)
            elements.Add(list.Head);
        return list.IsNil ? elements : null;
    }

    /// <summary>'++': the left list copied straight into one run of cells (no scratch copy: qsort appends 600,000-element lists).</summary>
    private static Term Append(Process p, Term left, Term right)
    {
        int length = 0;
        var list = left;
        for (; list.IsCons; list = list.Tail)
            length++;
        return list.IsNil ? p.Heap.CopyList(left, length, right) : p.Badarg();
    }

    private static Term Reverse(Process p, Term list, Term tail)
    {
        var result = tail;
        for (; list.IsCons; list = list.Tail)
            result = p.Heap.Cons(list.Head, result);
        return list.IsNil ? result : p.Badarg();
    }

    /// <summary>'--': removes the first occurrence of each element of the right list.</summary>
    private static Term Subtract(Process p, ReadOnlySpan<Term> a)
    {
        if (Elements(a[0]) is not { } left || Elements(a[1]) is not { } right)
            return p.Badarg();
        foreach (var r in right)
        {
            var index = left.FindIndex(l => TermOrder.ExactlyEqual(l, r));
            if (index >= 0)
                left.RemoveAt(index);
        }
        return p.Heap.List(left.ToArray());
    }

    private static Term Member(Process p, ReadOnlySpan<Term> a)
    {
        var list = a[1];
        for (; list.IsCons; list = list.Tail)
        {
            if (TermOrder.ExactlyEqual(list.Head, a[0]))
                return Atoms.True;
        }
        return list.IsNil ? Atoms.False : p.Badarg();
    }

    /// <summary>The first tuple whose Nth element equals the key (== for numbers); null when none; NonValue on badarg.</summary>
    private static Term? KeyFind(Process p, ReadOnlySpan<Term> a)
    {
        var (key, n, list) = (a[0], a[1], a[2]);
        if (!n.IsSmall || n.SmallValue < 1)
            return p.Badarg();
        for (; list.IsCons; list = list.Tail)
        {
            var t = list.Head;
            if (t.IsTuple && t.TupleArity >= n.SmallValue && TermOrder.Equal(t.Element((int)n.SmallValue), key))
                return t;
        }
        return list.IsNil ? null : p.Badarg();
    }
}
