using System.Numerics;
using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

using static Enigma.Runtime.Terms.HashMix;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// erts' make_internal_hash (utils.c): the hash the process dictionary files a key under
/// (salt 0), and the hash that places a key in a map above 32 keys (<see cref="MapHash"/>),
/// which decides the iteration order of such maps. Immediates hash their raw 64-bit BEAM
/// word. Numbers, strings, binaries, floats and tuples, lists and maps of those hash as in
/// erl; an atom inside a key hashes its index in our atom table, which is not erl's, and
/// pids, ports, references and export funs hash our own numbers, so keys holding those are
/// ordered differently from erl.
/// </summary>
internal static class InternalHash
{
    private const uint Salt = 3432918353;
    private const uint HConst4 = 0x78dde6e4;
    private const uint HConst5 = 0x1715609d;
    private const uint HConst6 = 0xb54cda56;
    private const uint HConst7 = 0x5384540f;
    private const uint HConst8 = 0xf1bbcdc8;
    private const uint HConst9 = 0x8ff34781;
    private const uint HConst10 = 0x2e2ac13a;
    private const uint HConst11 = 0xcc623af3;
    private const uint HConst12 = 0x6a99b4ac;
    private const uint HConst14 = 0xa708a81e;
    private const uint HConst16 = 0xe3779b90;
    private const uint HConst17 = 0x81af1549;
    private const uint HConst18 = 0x1fe68f02;
    private const uint HConst20 = 0x5c558274;
    private const uint HConst21 = 0xfa8cfc2d;
    private const uint HConst22 = 0x98c475e6;

    /// <summary>What the work stack holds: a term to hash, or the marker for "the improper tail follows".</summary>
    private readonly record struct Item(Term Term, bool CdrMark);

    public static uint Hash(Term term) => Hash(term, 0);

    /// <summary>
    /// make_map_hash: the hash of a map key for trie levels 8 * <paramref name="depth"/> and
    /// on; each depth past 0 salts it anew, so keys that share 32 hash bits part deeper.
    /// </summary>
    public static uint MapHash(Term key, int depth) => Hash(key, depth == 0 ? 0 : Mix(0, (uint)depth, 1, HConst22));

    private static uint Hash(Term term, uint salt)
    {
        uint hash = salt ^ Salt;
        if (Immediate(term) is { } word)
            return Mix(hash, (uint)word, (uint)(word >> 32), HConst);
        var stack = new Stack<Item>();
        while (true)
        {
            if (Immediate(term) is { } raw)
            {
                hash = Mix(hash, (uint)raw, (uint)(raw >> 32), HConst);
            }
            else
            {
                switch (term.Tag)
                {
                    case TermTag.Cons:
                        HashListPrefix(ref hash, ref term, stack);
                        continue;
                    case TermTag.Tuple:
                    {
                        int arity = term.TupleArity;
                        hash = Mix(hash, (uint)arity, 0, HConst9);
                        if (arity == 0)
                            break;
                        for (int i = arity; i >= 2; i--)
                            stack.Push(new Item(term.Element(i), false));
                        term = term.Element(1);
                        continue;
                    }
                    case TermTag.Map:
                    {
                        hash = Mix(hash, (uint)Maps.Size(term), 0, HConst16);
                        // erl pushes a flat map's pairs last first and a trie's leaves in
                        // trie order, so it hashes the keys in order, the leaves in reverse.
                        if (HashMap.IsHashMap(term))
                        {
                            for (var leaves = new HashMapCursor(term); !leaves.Done; leaves.Advance())
                                PushPair(stack, leaves.Leaf.Head, leaves.Leaf.Tail);
                            break;
                        }
                        var keys = Maps.FlatKeys(term);
                        var values = Maps.FlatValues(term);
                        for (int i = keys.Length - 1; i >= 0; i--)
                            PushPair(stack, keys[i], values[i]);
                        break;
                    }
                    case TermTag.Fun:
                    {
                        var lambda = TermReader.Lambda(term);
                        int free = TermReader.FunFreeCount(term);
                        var module = Atoms.Intern(lambda.ModuleName);
                        hash = Mix(hash, (uint)free, (uint)AtomWord(module), HConst20);
                        hash = Mix(hash, (uint)lambda.Index, lambda.OldUniq, HConst21);
                        if (free == 0)
                            break;
                        for (int i = free - 1; i >= 1; i--)
                            stack.Push(new Item(term.Block[term.Offset + 2 + i], false));
                        term = term.Block[term.Offset + 2];
                        continue;
                    }
                    case TermTag.Bitstring:
                        hash = HashBits(hash, term.Bits);
                        break;
                    case TermTag.Big:
                        hash = HashBig(hash, term.BigValue);
                        break;
                    case TermTag.Float:
                    {
                        double d = term.FloatValue;
                        ulong bits = BitConverter.DoubleToUInt64Bits(d == 0.0 ? 0.0 : d);
                        hash = Mix(hash, (uint)bits, (uint)(bits >> 32), HConst12);
                        break;
                    }
                    case TermTag.Ref:
                    {
                        var words = TermReader.RefWords(term.ImmediateId);
                        hash = Mix(hash, words[0], 0, HConst7);
                        hash = Mix(hash, words[1], words[2], HConst8);
                        break;
                    }
                    default:
                        hash = HashOther(hash, term.Box);
                        break;
                }
            }

            // pop_next
            while (true)
            {
                if (stack.Count == 0)
                    return hash;
                var item = stack.Pop();
                if (item.CdrMark)
                {
                    hash = ConstHash(hash, HConst18);
                    continue;
                }
                term = item.Term;
                break;
            }
        }
    }

    /// <summary>
    /// A list cell: bytes four at a time; then <paramref name="term"/> is the first non-byte
    /// element (its rest pushed) or the tail after the bytes, to hash next.
    /// </summary>
    private static void HashListPrefix(ref uint hash, ref Term term, Stack<Item> stack)
    {
        int c = 0;
        uint sh = 0;
        var cell = term;
        while (IsByte(cell.Head))
        {
            sh = (sh << 8) + (uint)cell.Head.SmallValue;
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
            term = cell.Tail;
            if (!term.IsCons)
                break;
            cell = term;
        }
        if (c > 0)
            hash = Mix(hash, sh, (uint)c, HConst22);
        if (!term.IsCons)
            return;
        var rest = cell.Tail;
        hash = ConstHash(hash, HConst17);
        stack.Push(new Item(rest, false));
        if (!rest.IsCons)
            stack.Push(new Item(default, true));
        term = cell.Head;
    }

    private static void PushPair(Stack<Item> stack, Term key, Term value)
    {
        stack.Push(new Item(value, false));
        stack.Push(new Item(key, false));
    }

    private static bool IsByte(Term t) => t.IsSmall && t.SmallValue is >= 0 and <= 255;

    /// <summary>The raw BEAM word of an immediate (64-bit layout), or null.</summary>
    private static ulong? Immediate(Term t) => t.Tag switch
    {
        TermTag.Small => ((ulong)t.SmallValue << 4) | 0xF,
        TermTag.Atom => AtomWord(t),
        TermTag.Nil => 0x3B,
        TermTag.Pid => ((ulong)t.ImmediateId << 4) | 0x3,
        TermTag.Port => ((ulong)t.ImmediateId << 4) | 0x7,
        _ => null,
    };

    private static ulong AtomWord(Term atom) => ((ulong)atom.AtomIndex << 6) | 0xB;

    private static uint HashBig(uint hash, BigInteger value)
    {
        uint con = value.Sign < 0 ? HConst10 : HConst11;
        var magnitude = BigInteger.Abs(value).ToByteArray(isUnsigned: true, isBigEndian: false);
        for (int at = 0; at < magnitude.Length; at += 8)
        {
            ulong digit = 0;
            for (int k = 0; k < 8 && at + k < magnitude.Length; k++)
                digit |= (ulong)magnitude[at + k] << (8 * k);
            hash = Mix(hash, (uint)digit, (uint)(digit >> 32), con);
        }
        return hash;
    }

    /// <summary>Export funs and remote identifiers: erl mixes pointers here; we mix stable numbers.</summary>
    private static uint HashOther(uint hash, object? box) => box switch
    {
        ExportFun f => Mix(Mix(hash, (uint)AtomWord(f.Export.Module), (uint)AtomWord(f.Export.Function), HConst14),
            (uint)f.Export.Arity, 0, HConst14),
        Beam.Etf.EPid pid => Mix(hash, pid.Id, pid.Serial, HConst5),
        Beam.Etf.EPort port => Mix(hash, (uint)port.Id, (uint)(port.Id >> 32), HConst6),
        Beam.Etf.ERef r => Mix(Mix(hash, r.Ids[0], 0, HConst7), r.Ids.Length > 1 ? r.Ids[1] : 0, r.Ids.Length > 2 ? r.Ids[2] : 0, HConst8),
        _ => hash,
    };

    private static uint ConstHash(uint hash, uint constant)
    {
        hash ^= constant;
        return BitOperations.RotateLeft(hash, 17);
    }
}
