using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Enigma.Beam.Etf;
using Enigma.Runtime.Code;

using static Enigma.Runtime.Terms.HashMix;

namespace Enigma.Runtime.Terms;

/// <summary>
/// <c>erlang:phash2/1,2</c>: erl 25's portable hash (make_hash2 in
/// erts/emulator/beam/utils.c), value for value. Iterative.
/// </summary>
/// <remarks>
/// Bob Jenkins' mix over 32-bit words with a distinct constant per kind. Facts
/// worth knowing: 0.0 and -0.0 hash alike; integers hash by magnitude in 64-bit
/// digits plus sign, so a small and a bignum of one value would agree; byte
/// lists hash four bytes per step; a map hashes each key-value pair from zero
/// and XORs the results, so its order does not matter; an atom hashes by
/// hashpjw over its UTF-8 text (Latin-1 characters as one byte); pids, ports
/// and references hash only their number (a pid's low 15 bits, a reference's
/// first word), not their node.
/// </remarks>
public static class TermHash
{
    /// <summary><c>erlang:phash2(T)</c>: 0..2^27-1.</summary>
    public static uint Phash2(Term t) => Hash2(t) & ((1u << 27) - 1);

    /// <summary><c>erlang:phash2(T, Range)</c> for Range 1..2^32-1; 0 stands for 2^32 (the full hash).</summary>
    public static uint Phash2(Term t, uint range) => range == 0 ? Hash2(t) : Hash2(t) % range;

    private const uint HConst2 = 0x3c6ef372;
    private const uint HConst3 = 0xdaa66d2b;
    private const uint HConst4 = 0x78dde6e4;
    private const uint HConst5 = 0x1715609d;
    private const uint HConst6 = 0xb54cda56;
    private const uint HConst7 = 0x5384540f;
    private const uint HConst9 = 0x8ff34781;
    private const uint HConst10 = 0x2e2ac13a;
    private const uint HConst11 = 0xcc623af3;
    private const uint HConst12 = 0x6a99b4ac;
    private const uint HConst14 = 0xa708a81e;
    private const uint HConst16 = 0xe3779b90;
    private const uint HConst19 = 0xbe1e08bb;

    /// <summary>erts' NIL_DEF, what [] hashes as inside a term.</summary>
    private const uint NilDef = 2;

    /// <summary>The hash of a lone [] (make_hash2's shortcut when nothing came before).</summary>
    private const uint LoneNilHash = 3468870702;

    private enum Op : byte
    {
        /// <summary>Hash the next of <c>Count</c> words at <c>Block[Index..]</c>.</summary>
        Words,

        /// <summary>A map's pairs are done: restore the outer hash and fold in their XOR.</summary>
        MapTail,

        /// <summary>A key and its value are done: XOR their hash into the pairs' and restart from 0.</summary>
        MapPair,
    }

    private struct Pending
    {
        public Term[]? Block;
        public int Index;
        public int Count;
        public Op Op;
        public uint SavedHash;
        public uint SavedXor;
    }

    /// <summary>The full 32-bit make_hash2 value: phash2(T, 1 bsl 32).</summary>
    public static uint Hash2(Term t)
    {
        uint hash = 0;
        uint xorPairs = 0;
        var stack = default(WorkStack<Pending>);
        var term = t;
        while (true)
        {
            // Hash `term`; a compound term hashes its header, defers the rest and continues with its first part.
            bool next = false;
            switch (term.Tag)
            {
                case TermTag.Small:
                    hash = HashSmall(hash, term.SmallValue);
                    break;
                case TermTag.Big:
                    hash = HashBig(hash, term.BigValue);
                    break;
                case TermTag.Float:
                {
                    double d = term.FloatValue;
                    ulong bits = d == 0.0 ? 0 : BitConverter.DoubleToUInt64Bits(d); // -0.0 hashes as 0.0
                    hash = Mix(hash, (uint)(bits >> 32), (uint)bits, HConst12);
                    break;
                }
                case TermTag.Atom:
                    hash = hash == 0 ? AtomHash(term.AtomIndex) : Mix(hash, AtomHash(term.AtomIndex), 0, HConst3);
                    break;
                case TermTag.Nil:
                    hash = hash == 0 ? LoneNilHash : Mix(hash, NilDef, 0, HConst2);
                    break;
                case TermTag.Pid:
                    hash = Mix(hash, TermReader.PidNumber(term.ImmediateId), 0, HConst5);
                    break;
                case TermTag.Port:
                    hash = MixPort(hash, (ulong)term.ImmediateId);
                    break;
                case TermTag.Ref:
                    hash = Mix(hash, TermReader.RefFirstWord(term.ImmediateId), 0, HConst7);
                    break;
                case TermTag.Bitstring:
                    hash = HashBits(hash, term.Bits);
                    break;
                case TermTag.Other:
                    hash = HashOther(hash, term.Box);
                    break;
                case TermTag.Tuple:
                {
                    int arity = term.TupleArity;
                    hash = Mix(hash, (uint)arity, 0, HConst9);
                    if (arity == 0)
                        break;
                    if (arity > 1)
                        stack.Push(new Pending { Block = term.Block, Index = term.Offset + 2, Count = arity - 1 });
                    term = term.Element(1);
                    next = true;
                    break;
                }
                case TermTag.Map:
                {
                    int size = Maps.Size(term);
                    hash = Mix(hash, (uint)size, 0, HConst16);
                    if (size == 0)
                        break;
                    // Pairs hash alone and combine by xor: their order does not matter.
                    stack.Push(new Pending { Op = Op.MapTail, SavedHash = hash, SavedXor = xorPairs });
                    hash = 0;
                    xorPairs = 0;
                    if (Maps.IsFlat(term))
                    {
                        var keys = Maps.KeysTuple(term);
                        for (int k = size - 1; k >= 0; k--)
                            PushPair(ref stack, keys.Block, keys.Offset + 1 + k, term.Block, term.Offset + 2 + k);
                    }
                    else
                    {
                        for (var leaves = new HashMapCursor(term); !leaves.Done; leaves.Advance())
                            PushPair(ref stack, leaves.Leaf.Block, leaves.Leaf.Offset, leaves.Leaf.Block, leaves.Leaf.Offset + 1);
                    }
                    break;
                }
                case TermTag.Fun:
                {
                    var lambda = TermReader.Lambda(term);
                    int free = TermReader.FunFreeCount(term);
                    hash = Mix(hash, (uint)free, AtomHash(lambda.ModuleName), HConst);
                    hash = Mix(hash, (uint)lambda.Index, lambda.OldUniq, HConst);
                    if (free == 0)
                        break;
                    if (free > 1)
                        stack.Push(new Pending { Block = term.Block, Index = term.Offset + 3, Count = free - 1 });
                    term = term.Block[term.Offset + 2];
                    next = true;
                    break;
                }
                case TermTag.Cons:
                    hash = HashListPrefix(hash, ref term, ref stack);
                    next = true;
                    break;
                default:
                    throw new ArgumentException($"not a term: special word {term.SpecialKind}", nameof(t));
            }

            if (next)
                continue;

            // Done with `term`: take the next deferred part.
            while (true)
            {
                if (stack.Count == 0)
                    return hash;
                ref var top = ref stack.Top;
                if (top.Op == Op.Words)
                {
                    term = top.Block![top.Index++];
                    if (--top.Count == 0)
                        stack.Pop();
                    break;
                }

                var done = stack.Pop();
                if (done.Op == Op.MapPair)
                {
                    xorPairs ^= hash;
                    hash = 0;
                }
                else
                {
                    hash = Mix(done.SavedHash, xorPairs, 0, HConst19);
                    xorPairs = done.SavedXor;
                }
            }
        }
    }

    /// <summary>A map pair to hash on its own: key, then value, then the pair's mark.</summary>
    private static void PushPair(ref WorkStack<Pending> stack, Term[] keyBlock, int keyAt, Term[] valueBlock, int valueAt)
    {
        stack.Push(new Pending { Op = Op.MapPair });
        stack.Push(new Pending { Block = valueBlock, Index = valueAt, Count = 1 });
        stack.Push(new Pending { Block = keyBlock, Index = keyAt, Count = 1 });
    }

    /// <summary>
    /// A list: runs of byte elements hash four at a time. Leaves in <paramref name="term"/>
    /// what to hash next: the first element that is not a byte (its tail deferred), or the tail.
    /// </summary>
    private static uint HashListPrefix(uint hash, ref Term term, ref WorkStack<Pending> stack)
    {
        uint sh = 0;
        int c = 0;
        var cell = term;
        while (true)
        {
            var head = cell.Head;
            if (!head.IsSmall || (ulong)head.SmallValue > 255)
            {
                if (c > 0)
                    hash = Mix(hash, sh, 0, HConst4);
                stack.Push(new Pending { Block = cell.Block, Index = cell.Offset + 1, Count = 1 });
                term = head;
                return hash;
            }

            sh = (sh << 8) + (uint)head.SmallValue;
            if (c == 3)
            {
                hash = Mix(hash, sh, 0, HConst4);
                c = 0;
                sh = 0;
            }
            else
            {
                c++;
            }

            var tail = cell.Tail;
            if (!tail.IsCons)
            {
                if (c > 0)
                    hash = Mix(hash, sh, 0, HConst4);
                term = tail;
                return hash;
            }

            cell = tail;
        }
    }

    private static uint HashSmall(uint hash, long v)
    {
        if (v >= -(1L << 27) && v < (1L << 27))
        {
            int y = (int)v;
            if (y < 0)
                hash = Mix(hash, (uint)-y, 0, HConst); // negative numbers are mixed twice
            return Mix(hash, (uint)y, 0, HConst);
        }

        ulong t = v < 0 ? (ulong)-v : (ulong)v;
        return Mix(hash, (uint)t, (uint)(t >> 32), v < 0 ? HConst10 : HConst11);
    }

    /// <summary>The magnitude in 64-bit digits, least significant first, each as (low, high) words.</summary>
    private static uint HashBig(uint hash, BigInteger value)
    {
        uint con = value.Sign < 0 ? HConst10 : HConst11;
        var bytes = BigInteger.Abs(value).ToByteArray(isUnsigned: true, isBigEndian: false);
        for (int k = 0; k < bytes.Length; k += 8)
        {
            uint x = Word(bytes, k);
            uint y = Word(bytes, k + 4);
            hash = Mix(hash, x, y, con);
        }

        return hash;

        static uint Word(byte[] b, int at)
        {
            uint w = 0;
            for (int i = Math.Min(at + 3, b.Length - 1); i >= at; i--)
                w = (w << 8) | b[i];
            return w;
        }
    }

    private static uint MixPort(uint hash, ulong number) => Mix(hash, (uint)number, (uint)(number >> 32), HConst6);

    private static uint HashOther(uint hash, object? box) => box switch
    {
        ExportFun f => Mix(
            Mix(hash, (uint)f.Export.Arity, AtomHash(f.Export.Module.AtomIndex), HConst),
            AtomHash(f.Export.Function.AtomIndex), 0, HConst14),
        EPid p => Mix(hash, p.Id, 0, HConst5),
        EPort p => MixPort(hash, p.Id),
        ERef r => Mix(hash, r.Ids[0], 0, HConst7),
        _ => throw new NotSupportedException($"cannot hash a {box?.GetType().Name ?? "null"}"),
    };

    // ---- atoms: hashpjw over the UTF-8 text, a Latin-1 character counting as one byte ----

    private static uint[] _atomHashes = new uint[1024];

    private static uint AtomHash(int index)
    {
        var cache = Volatile.Read(ref _atomHashes);
        // 0 means not yet computed (an atom may hash to 0; then it is recomputed, which is harmless).
        if (index < cache.Length && cache[index] != 0)
            return cache[index];
        uint h = AtomHash(Atoms.Name(index));
        if (index >= cache.Length)
        {
            var grown = new uint[Math.Max(cache.Length * 2, index + 1)];
            cache.CopyTo(grown, 0);
            cache = grown;
            Volatile.Write(ref _atomHashes, grown); // a racing writer may drop entries: they are recomputed
        }

        cache[index] = h;
        return h;
    }

    internal static uint AtomHash(string name)
    {
        uint h = 0;
        Span<byte> utf8 = stackalloc byte[4];
        for (int k = 0; k < name.Length; k++)
        {
            int cp = name[k];
            if (char.IsHighSurrogate(name[k]) && k + 1 < name.Length)
                cp = char.ConvertToUtf32(name[k], name[++k]);
            if (cp < 0x100)
            {
                h = Step(h, (uint)cp);
                continue;
            }

            int n = new Rune(cp).EncodeToUtf8(utf8);
            for (int i = 0; i < n; i++)
                h = Step(h, utf8[i]);
        }

        return h;

        static uint Step(uint h, uint v)
        {
            h = (h << 4) + v;
            uint g = h & 0xf0000000;
            if (g != 0)
            {
                h ^= g >> 24;
                h ^= g;
            }

            return h;
        }
    }
}
