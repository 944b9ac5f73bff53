using System.Numerics;
using Enigma.Runtime.Code;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// erlang:phash2/1,2 (<see cref="TermHash"/>) and the legacy erlang:phash/2, whose hash is
/// erts' make_hash (utils.c): a multiply-and-add over the term with a prime per kind.
/// </summary>
internal static class HashBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "phash2", 1, (_, a) => Term.Small(TermHash.Phash2(a[0]))),
        new("erlang", "phash2", 2, (p, a) => Range(a[1]) is { } r ? Term.Small(TermHash.Phash2(a[0], (uint)r)) : p.Badarg()),
        new("erlang", "phash", 2, Phash),
    ];

    private const long TwoTo32 = 1L << 32;

    /// <summary>A range 1..2^32 (2^32 given as 0, meaning the full 32 bits), or null.</summary>
    private static long? Range(Term r) => r.IsSmall && r.SmallValue is >= 1 and <= TwoTo32 ? r.SmallValue & 0xFFFFFFFF : null;

    private static Term Phash(Process p, ReadOnlySpan<Term> a)
    {
        if (Range(a[1]) is not { } range)
            return p.Badarg();
        uint hash = MakeHash(a[0]);
        return Term.Small(range == 0 ? hash + 1L : 1 + hash % range);
    }

    private const uint F1 = 268440163;
    private const uint F2 = 268439161;
    private const uint F3 = 268435459;
    private const uint F4 = 268436141;
    private const uint F5 = 268438633;
    private const uint F6 = 268437017;
    private const uint F8 = 268437511;
    private const uint F9 = 268439627;
    private const uint F10 = 268440479;
    private const uint F11 = 268440577;
    private const uint F12 = 268440581;
    private const uint F13 = 268440593;
    private const uint F14 = 268440611;

    private enum Step { Term, TupleRest, ArrayRest, CdrPre, CdrPost }

    private readonly record struct Work(Step Step, Term Term, int Next = 0, int Count = 0);

    /// <summary>erts' make_hash, iteratively, in the same order of operations.</summary>
    internal static uint MakeHash(Term term)
    {
        uint hash = 0;
        var stack = new Stack<Work>();
        stack.Push(new Work(Step.Term, term));
        while (stack.Count > 0)
        {
            var work = stack.Pop();
            switch (work.Step)
            {
                case Step.CdrPost:
                    hash *= F8;
                    continue;
                case Step.CdrPre:
                    if (!work.Term.IsCons)
                    {
                        stack.Push(new Work(Step.CdrPost, default));
                        stack.Push(new Work(Step.Term, work.Term));
                        continue;
                    }
                    break;
                case Step.TupleRest:
                    if (work.Next <= work.Count)
                    {
                        stack.Push(work with { Next = work.Next + 1 });
                        stack.Push(new Work(Step.Term, work.Term.Element(work.Next)));
                    }
                    else
                    {
                        hash = hash * F9 + (uint)work.Count;
                    }
                    continue;
                case Step.ArrayRest:
                    if (work.Next < work.Count)
                    {
                        stack.Push(work with { Next = work.Next + 1 });
                        stack.Push(new Work(Step.Term, work.Term.Block[work.Term.Offset + 2 + work.Next]));
                    }
                    continue;
            }

            var t = work.Term;
            switch (t.Tag)
            {
                case TermTag.Nil:
                    hash = hash * F3 + 1;
                    break;
                case TermTag.Atom:
                    hash = hash * F1 + TermHash.AtomHash(Atoms.Name(t));
                    break;
                case TermTag.Small:
                case TermTag.Big:
                    hash = HashInteger(hash, t.BigValue);
                    break;
                case TermTag.Bitstring:
                    hash = HashBinary(hash, t.Bits);
                    break;
                case TermTag.Fun:
                {
                    var lambda = TermReader.Lambda(t);
                    int free = TermReader.FunFreeCount(t);
                    hash = hash * F10 + (uint)free;
                    hash = hash * F1 + TermHash.AtomHash(lambda.ModuleName);
                    hash = hash * F2 + (uint)lambda.Index;
                    hash = hash * F2 + lambda.OldUniq;
                    if (free > 0)
                        stack.Push(new Work(Step.ArrayRest, t, 0, free));
                    break;
                }
                case TermTag.Pid:
                    hash = Bytes(hash, TermReader.PidNumber(t.ImmediateId), F5) * F6;
                    break;
                case TermTag.Port:
                    hash = HashPort(hash, (ulong)t.ImmediateId);
                    break;
                case TermTag.Ref:
                    hash = Bytes(hash, TermReader.RefFirstWord(t.ImmediateId), F9) * F10;
                    break;
                case TermTag.Float:
                {
                    double d = t.FloatValue;
                    ulong bits = BitConverter.DoubleToUInt64Bits(d == 0.0 ? 0.0 : d);
                    hash = hash * F6 + ((uint)bits ^ (uint)(bits >> 32));
                    break;
                }
                case TermTag.Map:
                    hash = hash * F13 + F14 + TermHash.Hash2(t);
                    break;
                case TermTag.Tuple:
                    stack.Push(new Work(Step.TupleRest, t, 1, t.TupleArity));
                    break;
                case TermTag.Cons:
                {
                    // Bytes fold in one by one; the first other element and the rest wait their turn.
                    var cell = t;
                    while (true)
                    {
                        var head = cell.Head;
                        if (!(head.IsSmall && head.SmallValue is >= 0 and <= 255))
                        {
                            stack.Push(new Work(Step.CdrPre, cell.Tail));
                            stack.Push(new Work(Step.Term, head));
                            break;
                        }
                        hash = hash * F2 + (uint)head.SmallValue;
                        if (!cell.Tail.IsCons)
                        {
                            stack.Push(new Work(Step.CdrPost, default));
                            stack.Push(new Work(Step.Term, cell.Tail));
                            break;
                        }
                        cell = cell.Tail;
                    }
                    break;
                }
                default:
                    hash = t.Box switch
                    {
                        ExportFun f => ((hash * F11 + (uint)f.Export.Arity) * F1 + TermHash.AtomHash(Atoms.Name(f.Export.Module))) * F1
                            + TermHash.AtomHash(Atoms.Name(f.Export.Function)),
                        Beam.Etf.EPid pid => Bytes(hash, pid.Id, F5) * F6,
                        Beam.Etf.EPort port => HashPort(hash, port.Id),
                        Beam.Etf.ERef r => Bytes(hash, r.Ids[0], F9) * F10,
                        _ => hash,
                    };
                    break;
            }
        }
        return hash;
    }

    /// <summary>UINT32_HASH_STEP: the four bytes of x, low first.</summary>
    private static uint Bytes(uint hash, uint x, uint prime) =>
        (((hash * prime + (x & 0xFF)) * prime + ((x >> 8) & 0xFF)) * prime + ((x >> 16) & 0xFF)) * prime + (x >> 24);

    private static uint HashPort(uint hash, ulong number)
    {
        uint high = (uint)(number >> 32);
        if (high != 0)
            hash = Bytes(hash, high, F11);
        return Bytes(hash, (uint)number, F9) * F10;
    }

    /// <summary>Smalls and bignums alike: the magnitude's bytes in 64-bit digits, the top digit's high half only when not zero.</summary>
    private static uint HashInteger(uint hash, BigInteger value)
    {
        var magnitude = BigInteger.Abs(value).ToByteArray(isUnsigned: true, isBigEndian: false);
        int digits = Math.Max(1, (magnitude.Length + 7) / 8);
        int count = (digits - 1) * 8 + (magnitude.Length > (digits - 1) * 8 + 4 ? 8 : 4);
        for (int k = 0; k < count; k++)
            hash = hash * F2 + (k < magnitude.Length ? magnitude[k] : 0u);
        return hash * (value.Sign < 0 ? F4 : F3);
    }

    private static uint HashBinary(uint hash, Bitstring bits)
    {
        long size = bits.ByteSize;
        int rest = (int)(bits.BitSize & 7);
        for (long k = 0; k < size; k++)
            hash = hash * F1 + bits.ByteAt(k);
        if (rest > 0)
        {
            uint b = (uint)(TermReader.PartialByte(bits, size, rest) >> (8 - rest));
            hash = (hash * F1 + b) * F12 + (uint)rest;
        }
        return hash * F4 + (uint)size;
    }
}
