using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bits;

/// <summary>The kinds of segment bs_create_bin builds (OTP's BSC_* types).</summary>
internal enum SegmentKind : byte
{
    Integer,
    Float,
    Binary,
    /// <summary>A binary segment of size <c>all</c>: the whole bitstring.</summary>
    BinaryAll,
    Utf8,
    Utf16,
    Utf32,
    /// <summary>Bytes of the module's string table: Value is the offset, Size the byte count.</summary>
    String,
    /// <summary>First segment only: the rest is appended to Value.</summary>
    Append,
    PrivateAppend,
}

/// <summary>One segment of bs_create_bin, operands already read.</summary>
internal struct Segment
{
    public SegmentKind Kind;
    public bool Little;
    public int Unit;
    public Term Value;
    public Term Size;
    /// <summary>Set by <see cref="BinaryBuilder.Build"/>: the segment's size in bits.</summary>
    public long Bits;
}

/// <summary>Why bs_create_bin failed.</summary>
internal enum BuildError
{
    None,
    Badarg,
    SystemLimit,
}

/// <summary>
/// bs_create_bin: sizes first (as BEAM, size errors come before value errors), then every
/// value is checked, then the bits are written into one array, so a failure leaves
/// nothing half-built. An append segment first writes into the room after its binary
/// when it can (see <see cref="AppendBuffers"/>).
/// </summary>
internal static class BinaryBuilder
{
    /// <summary>The largest bitstring: one .NET array of bytes.</summary>
    public const long MaxBits = (long)int.MaxValue * 8;

    private static readonly Term AtomAll = Atoms.Intern("all");
    private static readonly int Integer = Atoms.Intern("integer").AtomIndex;
    private static readonly int Float = Atoms.Intern("float").AtomIndex;
    private static readonly int Binary = Atoms.Intern("binary").AtomIndex;
    private static readonly int Utf8 = Atoms.Intern("utf8").AtomIndex;
    private static readonly int Utf16 = Atoms.Intern("utf16").AtomIndex;
    private static readonly int Utf32 = Atoms.Intern("utf32").AtomIndex;
    private static readonly int String = Atoms.Intern("string").AtomIndex;
    private static readonly int Append = Atoms.Intern("append").AtomIndex;
    private static readonly int PrivateAppend = Atoms.Intern("private_append").AtomIndex;
    private static readonly Term Little = Atoms.Intern("little");
    private static readonly Term Native = Atoms.Intern("native");

    /// <summary>The kind of a segment from its type atom and size operand.</summary>
    public static SegmentKind KindOf(Term type, Term size)
    {
        var t = type.AtomIndex;
        if (t == Integer)
            return SegmentKind.Integer;
        if (t == Binary)
            return size.IsSameAs(AtomAll) ? SegmentKind.BinaryAll : SegmentKind.Binary;
        if (t == Float)
            return SegmentKind.Float;
        if (t == Utf8)
            return SegmentKind.Utf8;
        if (t == Utf16)
            return SegmentKind.Utf16;
        if (t == Utf32)
            return SegmentKind.Utf32;
        if (t == String)
            return SegmentKind.String;
        if (t == Append)
            return SegmentKind.Append;
        if (t == PrivateAppend)
            return SegmentKind.PrivateAppend;
        throw new InvalidOperationException($"bs_create_bin: unknown segment type {Atoms.Name(type)}");
    }

    /// <summary>Whether a flags operand (nil or a list of atoms) asks for little-endian.</summary>
    public static bool IsLittle(Term flags)
    {
        for (; flags.IsCons; flags = flags.Tail)
        {
            var flag = flags.Head;
            if (flag.IsSameAs(Little) || (flag.IsSameAs(Native) && BitConverter.IsLittleEndian))
                return true;
        }
        return false;
    }

    public static BuildError Build(Span<Segment> segments, byte[] strings, out Bitstring result)
    {
        result = Bitstring.Empty;
        var error = Measure(segments, out var total);
        if (error != BuildError.None)
            return error;
        for (var k = 0; k < segments.Length; k++)
        {
            if (!IsValid(ref segments[k]))
                return BuildError.Badarg;
        }

        byte[] data;
        long start, at;
        var first = 0;
        if (segments.Length > 0 && segments[0].Kind is SegmentKind.Append or SegmentKind.PrivateAppend)
        {
            var source = segments[0].Value.Bits;
            if (source.BitSize > MaxBits - total)
                return BuildError.SystemLimit;
            (data, start) = AppendBuffers.Extend(source, total);
            at = start + source.BitSize;
            total += source.BitSize;
            first = 1;
        }
        else
        {
            if (total == 0)
                return BuildError.None;
            data = new byte[(total + 7) >> 3];
            start = at = 0;
        }

        for (var k = first; k < segments.Length; k++)
            at += Write(ref segments[k], data, at, strings);
        result = new Bitstring(data, start, total);
        return BuildError.None;
    }

    /// <summary>Phase one: every segment's size in bits, and the total (append segments excluded).</summary>
    private static BuildError Measure(Span<Segment> segments, out long total)
    {
        total = 0;
        for (var k = 0; k < segments.Length; k++)
        {
            ref var s = ref segments[k];
            switch (s.Kind)
            {
                case SegmentKind.Integer or SegmentKind.Float or SegmentKind.Binary:
                    if (!s.Size.IsInteger)
                        return BuildError.Badarg;
                    if (!s.Size.IsSmall)
                        return s.Size.BigValue.Sign > 0 ? BuildError.SystemLimit : BuildError.Badarg;
                    if (s.Size.SmallValue < 0)
                        return BuildError.Badarg;
                    if (s.Unit != 0 && s.Size.SmallValue > MaxBits / s.Unit)
                        return BuildError.SystemLimit;
                    s.Bits = s.Size.SmallValue * s.Unit;
                    break;
                case SegmentKind.BinaryAll:
                    if (!s.Value.IsBitstring)
                        return BuildError.Badarg;
                    s.Bits = s.Value.Bits.BitSize;
                    break;
                case SegmentKind.Utf8:
                    s.Bits = BitValues.IsCodePoint(s.Value) ? 8 * BitValues.Utf8Length((int)s.Value.SmallValue) : 32;
                    break;
                case SegmentKind.Utf16:
                    s.Bits = BitValues.IsCodePoint(s.Value) ? BitValues.Utf16Bits((int)s.Value.SmallValue) : 32;
                    break;
                case SegmentKind.Utf32:
                    if (!BitValues.IsCodePoint(s.Value))
                        return BuildError.Badarg;
                    s.Bits = 32;
                    break;
                case SegmentKind.String:
                    s.Bits = s.Size.SmallValue * 8;
                    break;
                default:
                    s.Bits = 0;
                    break;
            }
            total += s.Bits;
            if (total > MaxBits)
                return BuildError.SystemLimit;
        }
        return BuildError.None;
    }

    /// <summary>Phase two: whether the value fits its segment, so that writing cannot fail.</summary>
    private static bool IsValid(ref Segment s)
    {
        var v = s.Value;
        switch (s.Kind)
        {
            case SegmentKind.Integer:
                return v.IsInteger;
            case SegmentKind.Float:
                // An integer must convert to a finite double; a float always fits (as an infinity if need be).
                return s.Bits is 16 or 32 or 64 && (v.IsFloat || (v.IsInteger && double.IsFinite((double)v.BigValue)));
            case SegmentKind.Binary:
                return v.IsBitstring && v.Bits.BitSize >= s.Bits;
            case SegmentKind.BinaryAll:
                return s.Unit <= 1 || s.Bits % s.Unit == 0;
            case SegmentKind.Utf8 or SegmentKind.Utf16:
                return BitValues.IsCodePoint(v);
            case SegmentKind.Append or SegmentKind.PrivateAppend:
                return v.IsBitstring && (s.Unit <= 1 || v.Bits.BitSize % s.Unit == 0);
            default:
                return true;
        }
    }

    private static long Write(ref Segment s, byte[] data, long at, byte[] strings)
    {
        var v = s.Value;
        switch (s.Kind)
        {
            case SegmentKind.Integer:
                BitValues.WriteInteger(data, at, v, s.Bits, s.Little);
                return s.Bits;
            case SegmentKind.Float:
                var d = v.IsFloat ? v.FloatValue : (double)v.BigValue;
                BitValues.WriteUnsigned(data, at, BitValues.FloatBits(d, (int)s.Bits), (int)s.Bits, s.Little);
                return s.Bits;
            case SegmentKind.Binary or SegmentKind.BinaryAll:
                var bits = v.Bits;
                BitOps.Copy(bits.Data, bits.BitOffset, data, at, s.Bits);
                return s.Bits;
            case SegmentKind.Utf8:
                return BitValues.WriteUtf8(data, at, (int)v.SmallValue);
            case SegmentKind.Utf16:
                return BitValues.WriteUtf16(data, at, (int)v.SmallValue, s.Little);
            case SegmentKind.Utf32:
                BitValues.WriteUnsigned(data, at, (ulong)v.SmallValue, 32, s.Little);
                return 32;
            case SegmentKind.String:
                BitOps.Copy(strings, v.SmallValue * 8, data, at, s.Bits);
                return s.Bits;
            default:
                return 0;
        }
    }
}
