using System.Numerics;

namespace Enigma.Beam.Etf;

/// <summary>
/// Structural equality and hashing over explicit stacks. The hash treats 0.0
/// and -0.0 alike, so it serves both equalities: the public one, where they
/// differ, and erl 25's <c>=:=</c> used for map keys, where they are equal.
/// </summary>
internal static class TermEquality
{
    private const uint Prime = 0x9E3779B1;

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
                    top.Acc = Mix(top.Acc, childHash);
                }
                else
                {
                    stack.Push(new HashFrame(child));
                }

                continue;
            }

            int done = Finish(top.Acc);
            top.Term.HashCache = done;
            stack.Pop();
            if (stack.Count > 0)
            {
                ref HashFrame parent = ref stack.Top;
                parent.Acc = Mix(parent.Acc, done);
            }
            else
            {
                result = done;
            }
        }

        return result;
    }

    private struct HashFrame
    {
        public HashFrame(ETerm term)
        {
            Term = term;
            Next = 0;
            (Count, Acc) = term switch
            {
                ETuple t => (t.Elements.Length, Mix(0x7A11, t.Elements.Length)),
                EList l => (l.Elements.Length + 1, Mix(0x11C7, l.Elements.Length)),
                EMap m => (m.Pairs.Length * 2, Mix(0x3A95, m.Pairs.Length)),
                EFun f => (f.FreeVars.Length + 1, FunSeed(f)),
                _ => throw new InvalidOperationException("Not a composite term."),
            };
        }

        public ETerm Term { get; }

        public int Count { get; }

        public int Next { get; set; }

        public uint Acc { get; set; }
    }

    private static ETerm Child(ETerm term, int index) => term switch
    {
        ETuple t => t.Elements[index],
        EList l => index < l.Elements.Length ? l.Elements[index] : l.Tail,
        EMap m => (index & 1) == 0 ? m.Pairs[index >> 1].Key : m.Pairs[index >> 1].Value,
        EFun f => index == 0 ? f.Pid : f.FreeVars[index - 1],
        _ => throw new InvalidOperationException("Not a composite term."),
    };

    /// <summary>The hash of a leaf, or of a composite whose hash is cached.</summary>
    private static bool TryShallowHash(ETerm term, out int hash)
    {
        if (term.HashCache != 0)
        {
            hash = term.HashCache;
            return true;
        }

        uint h;
        switch (term)
        {
            case EInteger i:
                h = Mix(0x1273, HashBig(i.Value));
                break;
            case EFloat f:
                // 0.0 and -0.0 hash alike (see the class comment).
                double v = f.Value == 0 ? 0.0 : f.Value;
                h = Mix(0xF10A, BitConverter.DoubleToInt64Bits(v).GetHashCode());
                break;
            case EAtom a:
                h = Mix(0xA703, HashString(a.Name));
                break;
            case ENil:
                h = 0x4E11;
                break;
            case EBitstring b:
                h = HashBits(b);
                term.HashCache = Finish(h);
                hash = term.HashCache;
                return true;
            case EPid p:
                h = Mix(Mix(Mix(Mix(0x9100, HashString(p.Node.Name)), (int)p.Id), (int)p.Serial), (int)p.Creation);
                break;
            case EPort p:
                h = Mix(Mix(Mix(0x9047, HashString(p.Node.Name)), p.Id.GetHashCode()), (int)p.Creation);
                break;
            case ERef r:
                h = Mix(Mix(0x4EF0, HashString(r.Node.Name)), (int)r.Creation);
                foreach (uint id in r.Ids)
                {
                    h = Mix(h, (int)id);
                }

                break;
            case EExport e:
                h = Mix(Mix(Mix(0xE890, HashString(e.Module.Name)), HashString(e.Function.Name)), e.Arity);
                break;
            default:
                hash = 0;
                return false;
        }

        hash = Finish(h);
        return true;
    }

    private static uint FunSeed(EFun f)
    {
        uint h = Mix(Mix(Mix(0xF0F0, HashString(f.Module.Name)), f.Index), f.OldIndex);
        h = Mix(Mix(Mix(h, f.OldUniq), f.Arity), f.FreeVars.Length);
        foreach (byte b in f.Uniq)
        {
            h = Mix(h, b);
        }

        return h;
    }

    private static uint HashBits(EBitstring b)
    {
        uint h = Mix(0xB175, b.BitsInLastByte);
        h = Mix(h, b.Bytes.Length);
        if (b.Bytes.Length > 0)
        {
            var whole = b.Bytes.AsSpan(0, b.Bytes.Length - 1);
            var hc = new HashCode();
            hc.AddBytes(whole);
            h = Mix(h, hc.ToHashCode());
            h = Mix(h, b.MaskedLastByte);
        }

        return h;
    }

    private static int HashBig(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? ((long)value).GetHashCode() : value.GetHashCode();

    private static int HashString(string s) => StringComparer.Ordinal.GetHashCode(s);

    private static uint Mix(uint acc, int value) => BitOperations.RotateLeft((acc ^ (uint)value) * Prime, 13) + 0x165667B1;

    private static uint Mix(int seed, int value) => Mix((uint)seed, value);

    /// <summary>Never 0, which marks "not computed" in the cache.</summary>
    private static int Finish(uint h)
    {
        h ^= h >> 15;
        h *= 0x85EBCA77;
        h ^= h >> 13;
        return h == 0 ? 1 : (int)h;
    }

    private sealed class ExactComparer : IEqualityComparer<ETerm>
    {
        public bool Equals(ETerm? x, ETerm? y) =>
            x is null ? y is null : y is not null && AreEqual(x, y, zeroSignMatters: false);

        public int GetHashCode(ETerm obj) => Hash(obj);
    }
}
