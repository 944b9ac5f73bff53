using System.Buffers.Binary;
using System.Numerics;
using Enigma.Beam.Chunks;

namespace Enigma.Beam.Code;

/// <summary>
/// Decodes operands in BEAM's compact term encoding: a 3-bit tag in the low bits of
/// the first byte and a value packed into 4, 11 or 2..n bytes; tag z (7) introduces the
/// extended forms (float, list, float register, allocation list, literal, typed register).
/// </summary>
internal static class CompactTermReader
{
    private const int TagU = 0, TagI = 1, TagA = 2, TagX = 3, TagY = 4, TagF = 5, TagH = 6, TagZ = 7;

    // Nesting is bounded so hostile input cannot recurse: a list holds no list, and
    // the register inside a typed register is plain.
    private const int TopLevel = 0, InList = 1, InTypedRegister = 2;

    /// <summary>Reads one operand.</summary>
    public static Operand Read(ref ChunkCursor cursor, in OperandLimits limits) =>
        Read(ref cursor, limits, TopLevel);

    private static Operand Read(ref ChunkCursor cursor, in OperandLimits limits, int depth)
    {
        var at = cursor.FileOffset;
        var first = cursor.ReadByte();
        var tag = first & 7;
        if (tag == TagZ)
            return ReadExtended(ref cursor, limits, first, at, depth);

        if (tag == TagI)
            return Operand.Big(ReadInteger(ref cursor, first));

        var value = ReadUnsigned(ref cursor, first, at);
        return tag switch
        {
            TagU => Operand.Of(OperandKind.Unsigned, value),
            TagA when value == 0 => Operand.Of(OperandKind.Nil, 0),
            TagA => Operand.Of(OperandKind.Atom, Check(ref cursor, at, value, limits.AtomCount + 1L, "atom index")),
            TagX => Operand.Of(OperandKind.X, Check(ref cursor, at, value, OperandLimits.MaxRegisters, "x register")),
            TagY => Operand.Of(OperandKind.Y, Check(ref cursor, at, value, OperandLimits.MaxRegisters, "y register")),
            TagF => Operand.Of(OperandKind.Label, Check(ref cursor, at, value, limits.LabelCount, "label")),
            TagH => Operand.Of(OperandKind.Character, Check(ref cursor, at, value, 0x110000, "character")),
            _ => throw cursor.Error(at, $"unknown operand tag {tag}"),
        };
    }

    /// <summary>Reads a value that must be a tag-u number, e.g. a list length or a type index.</summary>
    public static long ReadUnsignedOperand(ref ChunkCursor cursor, string what)
    {
        var at = cursor.FileOffset;
        var first = cursor.ReadByte();
        if ((first & 7) != TagU)
            throw cursor.Error(at, $"{what}: expected an unsigned operand, found tag {first & 7}");
        return ReadUnsigned(ref cursor, first, at);
    }

    private static Operand ReadExtended(ref ChunkCursor cursor, in OperandLimits limits, byte first, int at, int depth)
    {
        if ((first & 0x08) != 0)
            throw cursor.Error(at, $"malformed extended operand byte 0x{first:x2}");
        var extendedTag = first >> 4;
        if ((extendedTag == 1 && depth != TopLevel) || (extendedTag == 5 && depth == InTypedRegister))
            throw cursor.Error(at, $"extended operand {extendedTag} nested where it cannot be");
        switch (extendedTag)
        {
            case 0:
                return Operand.OfFloat(BitConverter.Int64BitsToDouble((long)cursor.ReadU64()));
            case 1:
                return ReadList(ref cursor, limits);
            case 2:
                return Operand.Of(OperandKind.FloatRegister,
                    Check(ref cursor, at, ReadUnsignedOperand(ref cursor, "float register"), OperandLimits.MaxRegisters, "float register"));
            case 3:
                return ReadAllocList(ref cursor, at);
            case 4:
                return Operand.Of(OperandKind.Literal,
                    Check(ref cursor, at, ReadUnsignedOperand(ref cursor, "literal"), limits.LiteralCount, "literal index"));
            case 5:
                var register = Read(ref cursor, limits, InTypedRegister);
                if (!register.IsRegister || register.IsTyped)
                    throw cursor.Error(at, "typed register: expected an x or y register");
                var type = Check(ref cursor, at, ReadUnsignedOperand(ref cursor, "type index"), limits.TypeCount, "type index");
                return Operand.Typed(register, (int)type);
            default:
                throw cursor.Error(at, $"unknown extended operand tag {extendedTag}");
        }
    }

    private static Operand ReadList(ref ChunkCursor cursor, in OperandLimits limits)
    {
        var at = cursor.FileOffset;
        var length = ReadUnsignedOperand(ref cursor, "list length");
        if (length > cursor.Remaining)
            throw cursor.Error(at, $"list length {length} is larger than the rest of the code");
        var elements = new Operand[length];
        for (var i = 0; i < elements.Length; i++)
            elements[i] = Read(ref cursor, limits, InList);
        return Operand.OfList(elements);
    }

    private static Operand ReadAllocList(ref ChunkCursor cursor, int at)
    {
        var count = ReadUnsignedOperand(ref cursor, "allocation list length");
        if (count > cursor.Remaining / 2)
            throw cursor.Error(at, $"allocation list length {count} is larger than the rest of the code");
        var entries = new AllocEntry[count];
        for (var i = 0; i < entries.Length; i++)
        {
            var kind = ReadUnsignedOperand(ref cursor, "allocation kind");
            if (kind > (long)AllocKind.Funs)
                throw cursor.Error(at, $"unknown allocation kind {kind}");
            entries[i] = new AllocEntry((AllocKind)kind, ReadUnsignedOperand(ref cursor, "allocation size"));
        }
        return Operand.OfAllocList(entries);
    }

    private static long ReadUnsigned(ref ChunkCursor cursor, byte first, int at)
    {
        if ((first & 0x08) == 0)
            return first >> 4;
        if ((first & 0x10) == 0)
            return ((first & 0xE0) << 3) | cursor.ReadByte();
        var bytes = cursor.ReadBytes(ReadLength(ref cursor, first));
        // Unsigned values are written with a leading zero byte when the top bit is set.
        var significant = bytes.TrimStart((byte)0);
        if (significant.Length > 8 || (significant.Length == 8 && significant[0] >= 0x80))
            throw cursor.Error(at, "operand value does not fit in 63 bits");
        long value = 0;
        foreach (var b in significant)
            value = (value << 8) | b;
        return value;
    }

    private static BigInteger ReadInteger(ref ChunkCursor cursor, byte first)
    {
        if ((first & 0x08) == 0)
            return first >> 4;
        if ((first & 0x10) == 0)
            return ((first & 0xE0) << 3) | cursor.ReadByte();
        var bytes = cursor.ReadBytes(ReadLength(ref cursor, first));
        if (bytes.Length <= 8)
        {
            Span<byte> padded = stackalloc byte[8];
            padded.Fill((byte)(bytes[0] >= 0x80 ? 0xFF : 0));
            bytes.CopyTo(padded[(8 - bytes.Length)..]);
            return BinaryPrimitives.ReadInt64BigEndian(padded);
        }
        return new BigInteger(bytes, isUnsigned: false, isBigEndian: true);
    }

    /// <summary>Byte count of a multi-byte value: 2..8 inline, else 9 + a nested unsigned.</summary>
    private static int ReadLength(ref ChunkCursor cursor, byte first)
    {
        var code = first >> 5;
        if (code < 7)
            return code + 2;
        var at = cursor.FileOffset;
        // The nested length must itself be short: no recursion on hostile input.
        var lengthByte = cursor.Rest.IsEmpty ? (byte)0 : cursor.Rest[0];
        if ((lengthByte & 0x18) == 0x18 && lengthByte >> 5 == 7)
            throw cursor.Error(at, "integer length is itself a bignum");
        var extra = ReadUnsignedOperand(ref cursor, "integer length");
        if (extra > cursor.Remaining - 9)
            throw cursor.Error(at, $"integer of {extra + 9} bytes is longer than the rest of the code");
        return (int)extra + 9;
    }

    private static long Check(ref ChunkCursor cursor, int at, long value, long limit, string what) =>
        value < limit ? value : throw cursor.Error(at, $"{what} {value} is out of range (limit {limit})");
}

/// <summary>Table sizes an operand index is checked against.</summary>
internal readonly record struct OperandLimits(int AtomCount, int LabelCount, int LiteralCount, int TypeCount)
{
    /// <summary>BEAM has 1024 x registers; y and float registers get the same bound.</summary>
    public const int MaxRegisters = 1024;
}
