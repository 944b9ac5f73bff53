using System.Numerics;
using Enigma.Beam.Etf;
using Enigma.Runtime.Code;

namespace Enigma.Runtime.Terms;

/// <summary>
/// Erlang's term order and its two equalities, as erl 25 defines them (erts_cmp
/// and eq in erts/emulator/beam/utils.c):
/// number &lt; atom &lt; reference &lt; fun &lt; port &lt; pid &lt; tuple &lt; map &lt; [] &lt; list &lt; bitstring.
/// Iterative, with an explicit stack: terms nested a million levels deep compare
/// on a small thread stack.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Numbers compare by exact mathematical value: no integer is rounded to a
/// float. An integer and a float of the same value are == but not =:=.</item>
/// <item>0.0 and -0.0 are equal under both == and =:= (OTP 25; OTP 27 changed =:=).</item>
/// <item>The exact order (<see cref="CompareExact"/>, erts_cmp with exact = 1) puts every
/// integer before every float. Map keys are sorted and compared in that order,
/// even under ==: #{1 => a} == #{1.0 => a} is false.</item>
/// <item>Maps compare by size, then their sorted keys, then their values in key order,
/// whatever their layout (a hash trie's pairs are sorted for the comparison).</item>
/// <item>Atoms compare by their text in code-point order; bitstrings bytewise, then by size.</item>
/// <item>Pids compare by serial, number, then node; ports and references by node, then
/// number. A local fun is less than an export fun.</item>
/// </list>
/// </remarks>
public static class TermOrder
{
    /// <summary>Negative, zero or positive as <paramref name="a"/> is less than, equal (==) to, or greater than <paramref name="b"/>.</summary>
    public static int Compare(Term a, Term b) => Compare(a, b, exact: false);

    /// <summary>The exact order (integers before floats): how map keys are sorted; zero exactly when =:=.</summary>
    public static int CompareExact(Term a, Term b) => Compare(a, b, exact: true);

    /// <summary>Erlang's <c>&lt;</c>, with two small integers compared inline (is_lt, is_ge).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Less(Term a, Term b) =>
        a.IsSmall && b.IsSmall ? a.SmallValue < b.SmallValue : Compare(a, b) < 0;

    /// <summary>Erlang's <c>==</c>.</summary>
    public static bool Equal(Term a, Term b) =>
        a.IsSameAs(b) || (!BothImmediate(a, b) && Compare(a, b, exact: false) == 0);

    /// <summary>Erlang's <c>=:=</c>.</summary>
    public static bool ExactlyEqual(Term a, Term b) =>
        a.IsSameAs(b) || (!IsImmediate(a) && !IsImmediate(b) && Compare(a, b, exact: true) == 0);

    // Small, atom, nil, local pid/port/ref: equal only when their bits are. Under =:= an
    // immediate is not even equal to a boxed term (a small is never a bignum); under == it
    // can be (1 == 1.0), so == needs both immediate to decide on the bits.
    private static bool BothImmediate(Term a, Term b) => IsImmediate(a) && IsImmediate(b);

    internal static bool IsImmediate(Term t) => t.Tag is > TermTag.Special and < TermTag.Cons;

    /// <summary>A run of <see cref="Count"/> pairs of words still to compare, at A[AIndex..] and B[BIndex..].</summary>
    private struct Pending
    {
        public Term[] A;
        public Term[] B;
        public int AIndex;
        public int BIndex;
        public int Count;
        public bool Exact;
    }

    private static int Compare(Term a, Term b, bool exact)
    {
        WorkStack<Pending> stack = default;
        while (true)
        {
            if (!a.IsSameAs(b))
            {
                int c = Step(ref a, ref b, ref exact, ref stack, out bool descend);
                if (descend)
                    continue;
                if (c != 0)
                    return c;
            }

            if (stack.Count == 0)
                return 0;
            ref var top = ref stack.Top;
            a = top.A[top.AIndex++];
            b = top.B[top.BIndex++];
            exact = top.Exact;
            if (--top.Count == 0)
                stack.Pop();
        }
    }

    private static void Defer(ref WorkStack<Pending> stack, Term[] a, int ai, Term[] b, int bi, int count, bool exact) =>
        stack.Push(new Pending { A = a, AIndex = ai, B = b, BIndex = bi, Count = count, Exact = exact });

    /// <summary>
    /// Compares one pair. Either returns the result for a pair with no parts left
    /// to compare, or sets <paramref name="descend"/> with <paramref name="a"/> and
    /// <paramref name="b"/> replaced by the first parts to compare, the rest deferred.
    /// </summary>
    private static int Step(ref Term a, ref Term b, ref bool exact, ref WorkStack<Pending> stack, out bool descend)
    {
        descend = false;
        var ta = a.Tag;
        var tb = b.Tag;
        if (ta == TermTag.Small && tb == TermTag.Small)
            return a.SmallValue.CompareTo(b.SmallValue);
        if (ta == TermTag.Atom && tb == TermTag.Atom)
            return CompareAtoms(a, b);

        int ra = Rank(a, exact);
        int rb = Rank(b, exact);
        if (ra != rb)
            return ra < rb ? -1 : 1;

        switch (ra)
        {
            case RankNumber or RankFloat:
                return CompareNumbers(a, b);
            case RankRef:
                return CompareRefs(a, b);
            case RankPort:
                return ComparePorts(a, b);
            case RankPid:
                return ComparePids(a, b);
            case RankBitstring:
                return CompareBitstrings(a.Bits, b.Bits);
            case RankNil:
                return 0;
            case RankTuple:
            {
                int arity = a.TupleArity;
                if (arity != b.TupleArity)
                    return arity < b.TupleArity ? -1 : 1;
                if (arity == 0)
                    return 0;
                if (arity > 1)
                    Defer(ref stack, a.Block, a.Offset + 2, b.Block, b.Offset + 2, arity - 1, exact);
                a = a.Element(1);
                b = b.Element(1);
                descend = true;
                return 0;
            }
            case RankMap:
            {
                int size = Maps.Size(a);
                int other = Maps.Size(b);
                if (size != other)
                    return size < other ? -1 : 1;
                if (size == 0)
                    return 0;
                // All keys first, in the exact order whatever the mode; then the values.
                if (Maps.IsFlat(a) && Maps.IsFlat(b))
                {
                    Defer(ref stack, a.Block, a.Offset + 2, b.Block, b.Offset + 2, size, exact);
                    Defer(ref stack, Maps.KeysTuple(a).Block, Maps.KeysTuple(a).Offset + 1, Maps.KeysTuple(b).Block, Maps.KeysTuple(b).Offset + 1, size, exact: true);
                    return 0;
                }
                var (ak, av) = Maps.SortedPairs(a);
                var (bk, bv) = Maps.SortedPairs(b);
                Defer(ref stack, av, 0, bv, 0, size, exact);
                Defer(ref stack, ak, 0, bk, 0, size, exact: true);
                return 0;
            }
            case RankFun:
                return CompareFuns(ref a, ref b, exact, ref stack, out descend);
            default:
                return CompareLists(ref a, ref b, exact, ref stack, out descend);
        }
    }

    private static int CompareLists(ref Term a, ref Term b, bool exact, ref WorkStack<Pending> stack, out bool descend)
    {
        descend = false;
        while (true)
        {
            var ha = a.Head;
            var hb = b.Head;
            if (!ha.IsSameAs(hb))
            {
                if (ha.IsSmall && hb.IsSmall)
                {
                    int c = ha.SmallValue.CompareTo(hb.SmallValue);
                    if (c != 0)
                        return c;
                }
                else if (ha.IsAtom && hb.IsAtom)
                {
                    int c = CompareAtoms(ha, hb);
                    if (c != 0)
                        return c;
                }
                else
                {
                    // Compare the heads now, the tails later (unless both are []).
                    if (!(a.Tail.IsNil && b.Tail.IsNil))
                        Defer(ref stack, a.Block, a.Offset + 1, b.Block, b.Offset + 1, 1, exact);
                    a = ha;
                    b = hb;
                    descend = true;
                    return 0;
                }
            }

            var ta = a.Tail;
            var tb = b.Tail;
            if (ta.IsSameAs(tb))
                return 0;
            a = ta;
            b = tb;
            if (!ta.IsCons || !tb.IsCons)
            {
                descend = true;
                return 0;
            }
        }
    }

    // ---- type ranks: the order between kinds ----

    private const int RankNumber = 0;
    private const int RankFloat = 1; // only in the exact order; otherwise floats rank as numbers
    private const int RankAtom = 2;
    private const int RankRef = 3;
    private const int RankFun = 4;
    private const int RankPort = 5;
    private const int RankPid = 6;
    private const int RankTuple = 7;
    private const int RankMap = 8;
    private const int RankNil = 9;
    private const int RankList = 10;
    private const int RankBitstring = 11;

    private static int Rank(Term t, bool exact) => t.Tag switch
    {
        TermTag.Small or TermTag.Big => RankNumber,
        TermTag.Float => exact ? RankFloat : RankNumber,
        TermTag.Atom => RankAtom,
        TermTag.Ref => RankRef,
        TermTag.Fun => RankFun,
        TermTag.Port => RankPort,
        TermTag.Pid => RankPid,
        TermTag.Tuple => RankTuple,
        TermTag.Map => RankMap,
        TermTag.Nil => RankNil,
        TermTag.Cons => RankList,
        TermTag.Bitstring => RankBitstring,
        TermTag.Other => t.Box switch
        {
            ExportFun => RankFun,
            EPid => RankPid,
            EPort => RankPort,
            ERef => RankRef,
            _ => throw new NotSupportedException($"cannot order a {t.Box?.GetType().Name ?? "null"}"),
        },
        _ => throw new ArgumentException($"not a term: special word {t.SpecialKind}"),
    };

    // ---- numbers ----

    private static int CompareNumbers(Term a, Term b)
    {
        bool fa = a.IsFloat;
        bool fb = b.IsFloat;
        if (fa && fb)
            return CompareDoubles(a.FloatValue, b.FloatValue);
        if (!fa && !fb)
        {
            if (a.IsSmall)
                return b.BigValue.Sign > 0 ? -1 : 1; // b is a bignum: beyond every small
            if (b.IsSmall)
                return a.BigValue.Sign > 0 ? 1 : -1;
            return a.BigValue.CompareTo(b.BigValue);
        }

        // An integer and a float (the exact order ranks them apart before this).
        return fa ? -CompareIntegerToFloat(b, a.FloatValue) : CompareIntegerToFloat(a, b.FloatValue);
    }

    // 0.0 and -0.0 are equal, as C's < and == make them.
    private static int CompareDoubles(double x, double y) => x < y ? -1 : x == y ? 0 : 1;

    private const double TwoPow62 = 4611686018427387904.0;

    /// <summary>Exact: the integer against the float's floor, then the float's fraction.</summary>
    private static int CompareIntegerToFloat(Term integer, double d)
    {
        double floor = Math.Floor(d);
        int c;
        if (integer.IsSmall)
        {
            if (d >= TwoPow62)
                return -1;
            if (d < -TwoPow62)
                return 1;
            c = integer.SmallValue.CompareTo((long)floor);
        }
        else
        {
            c = integer.BigValue.CompareTo(new BigInteger(floor)); // exact: floor is integral
        }

        return c != 0 ? c : floor == d ? 0 : -1;
    }

    // ---- atoms ----

    private static int CompareAtoms(Term a, Term b) =>
        a.AtomIndex == b.AtomIndex ? 0 : CompareCodePoints(Atoms.Name(a), Atoms.Name(b));

    /// <summary>Code-point (so UTF-8 byte) order of two strings; UTF-16 order differs only above U+D7FF.</summary>
    internal static int CompareCodePoints(string x, string y)
    {
        int n = Math.Min(x.Length, y.Length);
        for (int k = 0; k < n; k++)
        {
            char cx = x[k];
            char cy = y[k];
            if (cx != cy)
            {
                if (cx >= 0xD800 && cy >= 0xD800)
                    return Fixup(cx).CompareTo(Fixup(cy));
                return cx < cy ? -1 : 1;
            }
        }

        return x.Length.CompareTo(y.Length);

        // Surrogates (U+D800..U+DFFF) stand for code points above U+FFFF: move them past U+E000..U+FFFF.
        static int Fixup(char c) => c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }

    // ---- pids, ports, references ----

    private static int ComparePids(Term a, Term b)
    {
        if (a.IsPid && b.IsPid)
            return a.ImmediateId.CompareTo(b.ImmediateId); // serial, then number
        var (sa, na, nodeA, ca) = PidParts(a);
        var (sb, nb, nodeB, cb) = PidParts(b);
        if (sa != sb)
            return sa < sb ? -1 : 1;
        if (na != nb)
            return na < nb ? -1 : 1;
        return CompareNodes(nodeA, ca, nodeB, cb);
    }

    private static (uint Serial, uint Number, string Node, uint Creation) PidParts(Term t) =>
        t.IsPid
            ? (TermReader.PidSerial(t.ImmediateId), TermReader.PidNumber(t.ImmediateId), TermReader.LocalNodeName, 0u)
            : t.Box is EPid p ? (p.Serial, p.Id, p.Node.Name, p.Creation) : throw new InvalidOperationException("not a pid");

    private static int ComparePorts(Term a, Term b)
    {
        if (a.IsPort && b.IsPort)
            return a.ImmediateId.CompareTo(b.ImmediateId);
        var (na, nodeA, ca) = PortParts(a);
        var (nb, nodeB, cb) = PortParts(b);
        int c = CompareNodes(nodeA, ca, nodeB, cb);
        return c != 0 ? c : na.CompareTo(nb);
    }

    private static (ulong Number, string Node, uint Creation) PortParts(Term t) =>
        t.IsPort
            ? ((ulong)t.ImmediateId, TermReader.LocalNodeName, 0u)
            : t.Box is EPort p ? (p.Id, p.Node.Name, p.Creation) : throw new InvalidOperationException("not a port");

    private static int CompareRefs(Term a, Term b)
    {
        if (a.IsRef && b.IsRef)
            return a.ImmediateId.CompareTo(b.ImmediateId); // the words' order, most significant first
        var (wa, nodeA, ca) = RefParts(a);
        var (wb, nodeB, cb) = RefParts(b);
        int c = CompareNodes(nodeA, ca, nodeB, cb);
        if (c != 0)
            return c;

        // Zero words beyond the shorter one do not count; then the last word is the most significant.
        int la = wa.Length;
        int lb = wb.Length;
        for (; la > lb; la--)
        {
            if (wa[la - 1] != 0)
                return 1;
        }

        for (; lb > la; lb--)
        {
            if (wb[lb - 1] != 0)
                return -1;
        }

        for (int k = la - 1; k >= 0; k--)
        {
            if (wa[k] != wb[k])
                return wa[k] < wb[k] ? -1 : 1;
        }

        return 0;
    }

    private static (uint[] Words, string Node, uint Creation) RefParts(Term t) =>
        t.IsRef
            ? (TermReader.RefWords(t.ImmediateId), TermReader.LocalNodeName, 0u)
            : t.Box is ERef r ? (r.Ids, r.Node.Name, r.Creation) : throw new InvalidOperationException("not a reference");

    private static int CompareNodes(string nodeA, uint creationA, string nodeB, uint creationB)
    {
        if (nodeA != nodeB)
            return CompareCodePoints(nodeA, nodeB);
        return creationA.CompareTo(creationB);
    }

    // ---- funs ----

    private static int CompareFuns(ref Term a, ref Term b, bool exact, ref WorkStack<Pending> stack, out bool descend)
    {
        descend = false;
        bool localA = a.Tag == TermTag.Fun;
        bool localB = b.Tag == TermTag.Fun;
        if (localA != localB)
            return localA ? -1 : 1; // export funs after local ones
        if (!localA)
        {
            var ea = ((ExportFun)a.Box!).Export;
            var eb = ((ExportFun)b.Box!).Export;
            if (ReferenceEquals(ea, eb))
                return 0;
            int c = CompareAtoms(ea.Module, eb.Module);
            if (c == 0)
                c = CompareAtoms(ea.Function, eb.Function);
            return c != 0 ? c : ea.Arity.CompareTo(eb.Arity);
        }

        var la = TermReader.Lambda(a);
        var lb = TermReader.Lambda(b);
        int d = la.ModuleName == lb.ModuleName ? 0 : CompareCodePoints(la.ModuleName, lb.ModuleName);
        if (d == 0)
            d = la.Index.CompareTo(lb.Index);
        if (d == 0)
            d = la.OldUniq.CompareTo(lb.OldUniq);
        int free = TermReader.FunFreeCount(a);
        if (d == 0)
            d = free.CompareTo(TermReader.FunFreeCount(b));
        if (d != 0 || free == 0)
            return d;
        if (free > 1)
            Defer(ref stack, a.Block, a.Offset + 3, b.Block, b.Offset + 3, free - 1, exact);
        a = a.Block[a.Offset + 2];
        b = b.Block[b.Offset + 2];
        descend = true;
        return 0;
    }

    // ---- bitstrings ----

    internal static int CompareBitstrings(Bitstring x, Bitstring y)
    {
        long bits = Math.Min(x.BitSize, y.BitSize);
        long whole = bits >> 3;
        int c;
        if (x.IsByteAligned && y.IsByteAligned)
        {
            c = x.Data.AsSpan((int)(x.BitOffset >> 3), (int)whole)
                .SequenceCompareTo(y.Data.AsSpan((int)(y.BitOffset >> 3), (int)whole));
            if (c != 0)
                return c < 0 ? -1 : 1;
        }
        else
        {
            for (long k = 0; k < whole; k++)
            {
                int bx = x.ByteAt(k);
                int by = y.ByteAt(k);
                if (bx != by)
                    return bx < by ? -1 : 1;
            }
        }

        int rest = (int)(bits & 7);
        if (rest != 0)
        {
            int px = TermReader.PartialByte(x, whole, rest);
            int py = TermReader.PartialByte(y, whole, rest);
            if (px != py)
                return px < py ? -1 : 1;
        }

        return x.BitSize.CompareTo(y.BitSize);
    }
}
