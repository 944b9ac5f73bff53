using Enigma.Runtime.Bits;
using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>
/// Bit syntax: bs_create_bin and the matching instructions. A match context is a
/// <see cref="MatchContext"/> in a register (<c>Term.Other</c>); the bs_get instructions
/// advance its position. Binaries live off the heap (see Terms/Bitstring.cs), so nothing
/// here collects; only float results take heap words.
/// </summary>
public sealed partial class Interpreter
{
    private const int FlagLittle = 0x02;
    private const int FlagSigned = 0x04;
    private const int FlagNative = 0x10;

    private static readonly Term AtomAll = Atoms.Intern("all");

    /// <summary>Scratch for bs_create_bin's segments: one interpreter runs one process at a time.</summary>
    private Segment[] _segments = new Segment[8];

    private bool ExecuteBinary(Process p, ref Instr i, Term[] x, ref int pc, LoadedModule module)
    {
        var stack = p.Stack;
        var sp = p.Sp;
        var consts = module.Constants;
        switch (i.Op)
        {
            case Op.BsCreateBin:
                return CreateBin(p, ref i, x, ref pc, module);
            case Op.BsInitWritable:
                x[0] = Term.Bitstring(AppendBuffers.NewWritable(x[0].IsSmall && x[0].SmallValue >= 0 ? x[0].SmallValue : 1024));
                pc++;
                return true;

            // ---- starting and positioning ----
            case Op.BsStartMatch3:
                return StartMatch(p, i.A, Get(i.B, x, stack, sp, consts), i.D, x, ref pc);
            case Op.BsStartMatch4:
                if (i.A == -2)
                {
                    // resume: the source is already a match context.
                    Put(i.D, Get(i.C, x, stack, sp, consts), x, stack, sp);
                    pc++;
                    return true;
                }
                return StartMatch(p, i.A, Get(i.C, x, stack, sp, consts), i.D, x, ref pc);
            case Op.BsGetPosition:
                Put(i.B, Term.Small(Context(Get(i.A, x, stack, sp, consts)).Position), x, stack, sp);
                pc++;
                return true;
            case Op.BsSetPosition:
                Context(Get(i.A, x, stack, sp, consts)).Position = Get(i.B, x, stack, sp, consts).SmallValue;
                pc++;
                return true;
            case Op.BsGetTail:
                Put(i.B, Term.Bitstring(Context(Get(i.A, x, stack, sp, consts)).Tail), x, stack, sp);
                pc++;
                return true;

            // ---- tests ----
            case Op.BsTestTail2:
                return Jump(p, Context(Get(i.B, x, stack, sp, consts)).Remaining == i.C, i.A, ref pc);
            case Op.BsTestUnit:
                return Jump(p, Context(Get(i.B, x, stack, sp, consts)).Remaining % i.C == 0, i.A, ref pc);
            case Op.BsMatchString:
            {
                var ctx = Context(Get(i.B, x, stack, sp, consts));
                var bits = (long)i.C;
                if (ctx.Remaining < bits || !BitOps.Equal(ctx.Data, ctx.Position, module.Strings, i.D * 8L, bits))
                    return Jump(p, false, i.A, ref pc);
                ctx.Position += bits;
                pc++;
                return true;
            }

            // ---- segments: fail A, context B, live C, size D, unit E, flags F, destination G ----
            case Op.BsGetInteger2:
            {
                var ctx = Context(Get(i.B, x, stack, sp, consts));
                if (!SegmentBits(Get(i.D, x, stack, sp, consts), i.E, ctx, out var bits))
                    return Jump(p, false, i.A, ref pc);
                var value = BitValues.ReadInteger(ctx.Data, ctx.Position, bits, IsLittle(i.F), (i.F & FlagSigned) != 0);
                ctx.Position += bits;
                Put(i.G, value, x, stack, sp);
                pc++;
                return true;
            }
            case Op.BsGetFloat2:
            {
                var ctx = Context(Get(i.B, x, stack, sp, consts));
                if (!SegmentBits(Get(i.D, x, stack, sp, consts), i.E, ctx, out var bits) || bits is not (16 or 32 or 64)
                    || BitValues.ReadFloat(ctx.Data, ctx.Position, (int)bits, IsLittle(i.F)) is not { } value)
                    return Jump(p, false, i.A, ref pc);
                ctx.Position += bits;
                Put(i.G, p.Heap.Float(value), x, stack, sp);
                pc++;
                return true;
            }
            case Op.BsGetBinary2:
            {
                var ctx = Context(Get(i.B, x, stack, sp, consts));
                if (!SegmentBitsOrAll(Get(i.D, x, stack, sp, consts), i.E, ctx, out var bits))
                    return Jump(p, false, i.A, ref pc);
                var slice = ctx.Slice(ctx.Position, bits);
                ctx.Position += bits;
                Put(i.G, Term.Bitstring(slice), x, stack, sp);
                pc++;
                return true;
            }
            case Op.BsSkipBits2:
            {
                // fail A, context B, size C, unit D, flags E
                var ctx = Context(Get(i.B, x, stack, sp, consts));
                if (!SegmentBitsOrAll(Get(i.C, x, stack, sp, consts), i.D, ctx, out var bits))
                    return Jump(p, false, i.A, ref pc);
                ctx.Position += bits;
                pc++;
                return true;
            }

            // ---- Unicode: fail A, context B, live C, flags D, destination E (get only) ----
            case Op.BsGetUtf8 or Op.BsSkipUtf8:
            {
                var ctx = Context(Get(i.B, x, stack, sp, consts));
                if (!BitValues.ReadUtf8(ctx.Data, ctx.Position, ctx.Remaining, out var c, out var bits))
                    return Jump(p, false, i.A, ref pc);
                return Matched(ctx, bits, c, i.Op == Op.BsGetUtf8 ? i.E : -1, x, stack, sp, ref pc);
            }
            case Op.BsGetUtf16 or Op.BsSkipUtf16:
            {
                var ctx = Context(Get(i.B, x, stack, sp, consts));
                if (!BitValues.ReadUtf16(ctx.Data, ctx.Position, ctx.Remaining, IsLittle(i.D), out var c, out var bits))
                    return Jump(p, false, i.A, ref pc);
                return Matched(ctx, bits, c, i.Op == Op.BsGetUtf16 ? i.E : -1, x, stack, sp, ref pc);
            }
            case Op.BsGetUtf32 or Op.BsSkipUtf32:
            {
                var ctx = Context(Get(i.B, x, stack, sp, consts));
                if (ctx.Remaining < 32)
                    return Jump(p, false, i.A, ref pc);
                var c = (long)BitValues.ReadUnsigned(ctx.Data, ctx.Position, 32, IsLittle(i.D));
                if (!BitValues.IsCodePoint(c))
                    return Jump(p, false, i.A, ref pc);
                return Matched(ctx, 32, (int)c, i.Op == Op.BsGetUtf32 ? i.E : -1, x, stack, sp, ref pc);
            }
            default:
                throw new InvalidOperationException($"{i.Op} is not a bit syntax instruction");
        }
    }

    /// <summary>bs_start_match3/4: a new match context on a bitstring, or the context itself.</summary>
    private static bool StartMatch(Process p, int fail, Term source, int destination, Term[] x, ref int pc)
    {
        Term context;
        if (source.Tag == TermTag.Other && source.Box is MatchContext)
            context = source;
        else if (source.IsBitstring)
            context = Term.Other(new MatchContext(source.Bits));
        else
            return Jump(p, false, fail, ref pc);
        Put(destination, context, x, p.Stack, p.Sp);
        pc++;
        return true;
    }

    private static MatchContext Context(Term t) => (MatchContext)t.Box!;

    /// <summary>Goes on when <paramref name="ok"/>, else to the fail label (or raises badarg without one).</summary>
    private static bool Jump(Process p, bool ok, int fail, ref int pc)
    {
        if (ok)
        {
            pc++;
            return true;
        }
        if (fail >= 0)
        {
            pc = fail;
            return true;
        }
        p.Badarg();
        return false;
    }

    private static bool Matched(MatchContext ctx, int bits, int codePoint, int destination, Term[] x, Term[] stack, int sp, ref int pc)
    {
        ctx.Position += bits;
        if (destination >= 0)
            Put(destination, Term.Small(codePoint), x, stack, sp);
        pc++;
        return true;
    }

    private static bool IsLittle(int flags) =>
        (flags & FlagLittle) != 0 || ((flags & FlagNative) != 0 && BitConverter.IsLittleEndian);

    /// <summary>Size times unit when the size is a non-negative integer and that many bits remain.</summary>
    private static bool SegmentBits(Term size, int unit, MatchContext ctx, out long bits)
    {
        bits = 0;
        if (!size.IsSmall || size.SmallValue < 0)
            return false;
        var n = size.SmallValue;
        if (unit > 1 && n > ctx.Remaining / unit)
            return false;
        bits = n * unit;
        return bits <= ctx.Remaining;
    }

    /// <summary>As <see cref="SegmentBits"/>, or the rest when the size is <c>all</c> (a whole number of units).</summary>
    private static bool SegmentBitsOrAll(Term size, int unit, MatchContext ctx, out long bits)
    {
        if (!size.IsSameAs(AtomAll))
            return SegmentBits(size, unit, ctx, out bits);
        bits = ctx.Remaining;
        return unit <= 1 || bits % unit == 0;
    }

    /// <summary>bs_create_bin: fail A, heap need B, live C, unit D, destination E, segments F (start) G (count), six entries each.</summary>
    private bool CreateBin(Process p, ref Instr i, Term[] x, ref int pc, LoadedModule module)
    {
        var stack = p.Stack;
        var sp = p.Sp;
        var consts = module.Constants;
        var extra = module.Extra;
        var count = i.G / 6;
        if (_segments.Length < count)
            _segments = new Segment[Math.Max(count, _segments.Length * 2)];
        var segments = _segments.AsSpan(0, count);
        for (var k = 0; k < count; k++)
        {
            var e = i.F + 6 * k;
            // type, segment number, unit, flags, value, size
            var size = Get(extra[e + 5], x, stack, sp, consts);
            segments[k] = new Segment
            {
                Kind = BinaryBuilder.KindOf(consts[Operand.Index(extra[e])], size),
                Unit = (int)Get(extra[e + 2], x, stack, sp, consts).SmallValue,
                Little = BinaryBuilder.IsLittle(Get(extra[e + 3], x, stack, sp, consts)),
                Value = Get(extra[e + 4], x, stack, sp, consts),
                Size = size,
            };
        }
        var error = BinaryBuilder.Build(segments, module.Strings, out var result);
        segments.Clear();
        if (error != BuildError.None)
        {
            if (i.A >= 0)
            {
                pc = i.A;
                return true;
            }
            p.Raise(ErrorClass.Error, error == BuildError.SystemLimit ? Atoms.SystemLimit : Atoms.Badarg);
            return false;
        }
        Put(i.E, Term.Bitstring(result), x, stack, sp);
        pc++;
        return true;
    }
}
