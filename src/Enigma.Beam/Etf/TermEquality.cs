using System.Numerics;

namespace Enigma.Beam.Etf;

/// <summary>
/// Structural equality and hashing over explicit stacks. The hash treats 0.0
/// and -0.0 alike, so it serves both equalities: the public one, where they
/// differ, and erl 25's <c>=:=</c> used for map keys, where they are equal.
/// </summary>
internal static class TermEquality
{
    private const int KindInteger = 1;
    private const int KindFloat = 2;
    private const int KindAtom = 3;
    private const int KindNil = 4;
    private const int KindBitstring = 5;
    private const int KindPid = 6;
    private const int KindPort = 7;
    private const int KindRef = 8;
    private const int KindExport = 9;
    private const int KindTuple = 10;
    private const int KindList = 11;
    private const int KindMap = 12;
    private const int KindFun = 13;

    /// <summary>erl 25's exact equality (<c>=:=</c>), as the decoder's duplicate map key check needs.</summary>
    public static IEqualityComparer<ETerm> ErlangExact { get; } = new ExactComparer();

    public static bool AreEqual(ETerm a, ETerm b, bool zeroSignMatters)
    {
        if (!ShallowEqual(a, b, zeroSignMatters, out bool composite))
        {
            return false;
        }

        if (!composite)
        {
            return true;
        }

        var stack = new ValueStack<(ETerm A, ETerm B)>(16);
        stack.Push((a, b));
        while (stack.Count > 0)
        {
            var (x, y) = stack.Pop();
            if (!ShallowEqual(x, y, zeroSignMatters, out composite))
            {
                return false;
            }

            if (!composite)
            {
                continue;
            }

            switch (x)
            {
                case ETuple t:
                    PushPairs(ref stack, t.Elements, ((ETuple)y).Elements);
                    break;
                case EList l:
                    var m = (EList)y;
                    stack.Push((l.Tail, m.Tail));
                    PushPairs(ref stack, l.Elements, m.Elements);
                    break;
                case EMap map:
                    var pairs = map.Pairs;
                    var other = ((EMap)y).Pairs;
                    for (int i = pairs.Length - 1; i >= 0; i--)
                    {
                        stack.Push((pairs[i].Value, other[i].Value));
                        stack.Push((pairs[i].Key, other[i].Key));
                    }

                    break;
                case EFun f:
                    var g = (EFun)y;
                    PushPairs(ref stack, f.FreeVars, g.FreeVars);
                    stack.Push((f.Pid, g.Pid));
                    break;
            }
        }

        return true;
    }

    private static void PushPairs(ref ValueStack<(ETerm A, ETerm B)> stack, ETerm[] xs, ETerm[] ys)
    {
        for (int i = xs.Length - 1; i >= 0; i--)
        {
            stack.Push((xs[i], ys[i]));
        }
    }

    /// <summary>
    /// Compares everything but the children. <paramref name="composite"/> says
    /// whether the (equal so far) pair still has children to compare.
    /// </summary>
    private static bool ShallowEqual(ETerm x, ETerm y, bool zeroSignMatters, out bool composite)
    {
        composite = false;
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x.GetType() != y.GetType() || (x.HashCache != 0 && y.HashCache != 0 && x.HashCache != y.HashCache))
        {
            return false;
        }

        switch (x)
        {
            case EInteger i:
                return i.Value == ((EInteger)y).Value;
            case EFloat f:
                double a = f.Value, b = ((EFloat)y).Value;
                return zeroSignMatters ? BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b) : a == b;
            case EAtom atom:
                return atom.Name == ((EAtom)y).Name;
            case ENil:
                return true;
            case EBitstring bits:
                return BitsEqual(bits, (EBitstring)y);
            case EPid p:
                var q = (EPid)y;
                return p.Id == q.Id && p.Serial == q.Serial && p.Creation == q.Creation && p.Node.Name == q.Node.Name;
            case EPort p:
                var r = (EPort)y;
                return p.Id == r.Id && p.Creation == r.Creation && p.Node.Name == r.Node.Name;
            case ERef p:
                var s = (ERef)y;
                return p.Creation == s.Creation && p.Ids.AsSpan().SequenceEqual(s.Ids) && p.Node.Name == s.Node.Name;
            case EExport e:
                var ex = (EExport)y;
                return e.Arity == ex.Arity && e.Module.Name == ex.Module.Name && e.Function.Name == ex.Function.Name;
            case ETuple t:
                composite = true;
                return t.Elements.Length == ((ETuple)y).Elements.Length;
            case EList l:
                composite = true;
                return l.Elements.Length == ((EList)y).Elements.Length;
            case EMap m:
                composite = true;
                return m.Pairs.Length == ((EMap)y).Pairs.Length;
            case EFun fun:
                var other = (EFun)y;
                composite = true;
                return fun.Index == other.Index && fun.OldIndex == other.OldIndex && fun.OldUniq == other.OldUniq
                    && fun.Arity == other.Arity && fun.FreeVars.Length == other.FreeVars.Length
                    && fun.Module.Name == other.Module.Name && fun.Uniq.AsSpan().SequenceEqual(other.Uniq);
            default:
                throw new InvalidOperationException($"Unknown term type {x.GetType()}.");
        }
    }

    private static bool BitsEqual(EBitstring a, EBitstring b)
    {
        if (a.BitsInLastByte != b.BitsInLastByte || a.Bytes.Length != b.Bytes.Length)
        {
            return false;
        }

        int n = a.Bytes.Length;
        return n == 0 || (a.Bytes.AsSpan(0, n - 1).SequenceEqual(b.Bytes.AsSpan(0, n - 1)) && a.MaskedLastByte == b.MaskedLastByte);
    }

    public static int Hash(ETerm root)
    {
        if (TryShallowHash(root, out int h))
        {
            return h;
        }

        // Post-order walk: a frame folds its children's hashes into Acc, then
        // hands its own hash to the frame below.
        var stack = new ValueStack<HashFrame>(16);
        stack.Push(new HashFrame(root));
        int result = 0;
        while (stack.Count > 0)
        {
            ref HashFrame top = ref stack.Top;
            if (top.Next < top.Count)
            {
                ETerm child = Child(top.Term, top.Next++);
                if (TryShallowHash(child, out int childHash))
                {
                    top.Acc.Add(childHash);
                }
                else
                {
                    stack.Push(new HashFrame(child));
                }

                continue;
            }

            int done = NonZero(top.Acc.ToHashCode());
            top.Term.HashCache = done;
            stack.Pop();
            if (stack.Count > 0)
            {
                stack.Top.Acc.Add(done);
            }
            else
            {
                result = done;
            }
        }

        return result;
    }

    /// <summary>A composite term being hashed: fields, not properties, so Acc mutates in place.</summary>
    private struct HashFrame
    {
        public readonly ETerm Term;
        public readonly int Count;
        public int Next;
        public HashCode Acc;

        public HashFrame(ETerm term)
        {
            Term = term;
            Next = 0;
            Acc = default;
            switch (term)
            {
                case ETuple t:
                    Count = t.Elements.Length;
                    Acc.Add(KindTuple);
                    break;
                case EList l:
                    Count = l.Elements.Length + 1;
                    Acc.Add(KindList);
                    break;
                case EMap m:
                    Count = m.Pairs.Length * 2;
                    Acc.Add(KindMap);
                    break;
                case EFun f:
                    Count = f.FreeVars.Length + 1;
                    Acc.Add(KindFun);
                    Acc.Add(f.Module.Name, StringComparer.Ordinal);
                    Acc.Add(f.Index);
                    Acc.Add(f.OldIndex);
                    Acc.Add(f.OldUniq);
                    Acc.Add(f.Arity);
                    Acc.AddBytes(f.Uniq);
                    break;
                default:
                    throw new InvalidOperationException("Not a composite term.");
            }

            Acc.Add(Count);
        }
    }

    private static ETerm Child(ETerm term, int index) => term switch
    {
        ETuple t => t.Elements[index],
        EList l => index < l.Elements.Length ? l.Elements[index] : l.Tail,
        EMap m => (index & 1) == 0 ? m.Pairs[index >> 1].Key : m.Pairs[index >> 1].Value,
        EFun f => index == 0 ? f.Pid : f.FreeVars[index - 1],
        _ => throw new InvalidOperationException("Not a composite term."),
    };

    /// <summary>
    /// The hash of a leaf, or of a composite whose hash is cached. Everything
    /// goes through <see cref="HashCode"/>, which is seeded per process, so a
    /// hostile input cannot pick map keys that collide (no quadratic duplicate check).
    /// </summary>
    private static bool TryShallowHash(ETerm term, out int hash)
    {
        if (term.HashCache != 0)
        {
            hash = term.HashCache;
            return true;
        }

        var h = default(HashCode);
        switch (term)
        {
            case EInteger i:
                h.Add(KindInteger);
                AddInteger(ref h, i.Value);
                break;
            case EFloat f:
                // 0.0 and -0.0 hash alike (see the class comment).
                h.Add(KindFloat);
                AddLong(ref h, BitConverter.DoubleToInt64Bits(f.Value == 0 ? 0.0 : f.Value));
                break;
            case EAtom a:
                h.Add(KindAtom);
                h.Add(a.Name, StringComparer.Ordinal);
                break;
            case ENil:
                h.Add(KindNil);
                break;
            case EBitstring b:
                h.Add(KindBitstring);
                h.Add(b.BitsInLastByte);
                h.Add(b.Bytes.Length);
                if (b.Bytes.Length > 0)
                {
                    h.AddBytes(b.Bytes.AsSpan(0, b.Bytes.Length - 1));
                    h.Add(b.MaskedLastByte);
                }

                // Bitstrings can be large: cache their hash like a composite's.
                term.HashCache = NonZero(h.ToHashCode());
                hash = term.HashCache;
                return true;
            case EPid p:
                h.Add(KindPid);
                h.Add(p.Node.Name, StringComparer.Ordinal);
                h.Add(p.Id);
                h.Add(p.Serial);
                h.Add(p.Creation);
                break;
            case EPort p:
                h.Add(KindPort);
                h.Add(p.Node.Name, StringComparer.Ordinal);
                AddLong(ref h, (long)p.Id);
                h.Add(p.Creation);
                break;
            case ERef r:
                h.Add(KindRef);
                h.Add(r.Node.Name, StringComparer.Ordinal);
                h.Add(r.Creation);
                foreach (uint id in r.Ids)
                {
                    h.Add(id);
                }

                break;
            case EExport e:
                h.Add(KindExport);
                h.Add(e.Module.Name, StringComparer.Ordinal);
                h.Add(e.Function.Name, StringComparer.Ordinal);
                h.Add(e.Arity);
                break;
            default:
                hash = 0;
                return false;
        }

        hash = NonZero(h.ToHashCode());
        return true;
    }

    /// <summary>Both halves: long.GetHashCode (low ^ high) would collide on purpose-built keys.</summary>
    private static void AddLong(ref HashCode h, long value)
    {
        h.Add((int)value);
        h.Add((int)(value >> 32));
    }

    private static void AddInteger(ref HashCode h, BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            AddLong(ref h, (long)value);
            return;
        }

        int length = value.GetByteCount();
        Span<byte> bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
        value.TryWriteBytes(bytes, out int written);
        h.AddBytes(bytes[..written]);
    }

    /// <summary>Never 0, which marks "not computed" in the cache.</summary>
    private static int NonZero(int h) => h == 0 ? 1 : h;

    private sealed class ExactComparer : IEqualityComparer<ETerm>
    {
        public bool Equals(ETerm? x, ETerm? y) =>
            x is null ? y is null : y is not null && AreEqual(x, y, zeroSignMatters: false);

        public int GetHashCode(ETerm obj) => Hash(obj);
    }
}
