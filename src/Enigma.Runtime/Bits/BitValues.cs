using System.Numerics;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bits;

/// <summary>
/// Integers, floats and Unicode code points as segments of the bit syntax, at any bit
/// position. Little-endian segments whose size is not a whole number of bytes keep the
/// low bytes first and put the remaining high bits last, as BEAM does
/// (<c>&lt;&lt;16#ABC:12/little&gt;&gt;</c> is <c>&lt;&lt;16#BC, 16#A:4&gt;&gt;</c>).
/// </summary>
internal static class BitValues
{
    // ---- integers ----

    /// <summary>Writes <paramref name="value"/> (an integer term) modulo 2^<paramref name="n"/> as <paramref name="n"/> bits.</summary>
    public static void WriteInteger(byte[] data, long bit, Term value, long n, bool little)
    {
        if (n == 0)
            return;
        if (value.IsSmall && n <= 64)
        {
            WriteUnsigned(data, bit, (ulong)value.SmallValue, (int)n, little);
            return;
        }
        var full = n >> 3;
        var rest = (int)(n & 7);
        var le = LittleEndian(value, checked((int)(full + (rest > 0 ? 1 : 0))));
        if (little)
        {
            BitOps.Copy(le, 0, data, bit, full * 8);
            if (rest > 0)
                BitOps.Write(data, bit + full * 8, le[full], rest);
            return;
        }
        if (rest > 0)
        {
            BitOps.Write(data, bit, le[full], rest);
            bit += rest;
        }
        Array.Reverse(le, 0, (int)full);
        BitOps.Copy(le, 0, data, bit, full * 8);
    }

    /// <summary>The low <paramref name="n"/> (at most 64) bits of <paramref name="value"/>.</summary>
    public static void WriteUnsigned(byte[] data, long bit, ulong value, int n, bool little)
    {
        if (!little || n <= 8)
        {
            BitOps.Write(data, bit, value, n);
            return;
        }
        var full = n >> 3;
        for (var k = 0; k < full; k++)
            BitOps.Write(data, bit + k * 8L, value >> (8 * k), 8);
        var rest = n & 7;
        if (rest > 0)
            BitOps.Write(data, bit + full * 8L, value >> (8 * full), rest);
    }

    /// <summary>Two's complement little-endian bytes of the value modulo 2^(8 * <paramref name="length"/>).</summary>
    private static byte[] LittleEndian(Term value, int length)
    {
        var result = new byte[length];
        if (value.IsSmall)
        {
            var v = value.SmallValue;
            for (var k = 0; k < Math.Min(8, length); k++)
                result[k] = (byte)(v >> (8 * k));
            if (v < 0 && length > 8)
                result.AsSpan(8).Fill(0xFF);
            return result;
        }
        var big = value.BigValue;
        var bytes = big.ToByteArray();
        bytes.AsSpan(0, Math.Min(bytes.Length, length)).CopyTo(result);
        if (big.Sign < 0 && length > bytes.Length)
            result.AsSpan(bytes.Length).Fill(0xFF);
        return result;
    }

    /// <summary>The <paramref name="n"/> bits at <paramref name="bit"/> as an integer term.</summary>
    public static Term ReadInteger(byte[] data, long bit, long n, bool little, bool signed)
    {
        if (n == 0)
            return Term.Small(0);
        if (n <= 64)
        {
            var v = ReadUnsigned(data, bit, (int)n, little);
            if (signed)
            {
                if (n < 64 && (v >> (int)(n - 1) & 1) != 0)
                    v |= ulong.MaxValue << (int)n;
                return Term.Integer((long)v);
            }
            return v <= long.MaxValue ? Term.Integer((long)v) : Term.Integer(new BigInteger(v));
        }
        var full = n >> 3;
        var rest = (int)(n & 7);
        var le = new byte[checked((int)(full + 2))];
        if (little)
        {
            BitOps.Copy(data, bit, le, 0, full * 8);
            if (rest > 0)
                le[full] = (byte)BitOps.Read(data, bit + full * 8, rest);
        }
        else
        {
            if (rest > 0)
            {
                le[full] = (byte)BitOps.Read(data, bit, rest);
                bit += rest;
            }
            BitOps.Copy(data, bit, le, 0, full * 8);
            Array.Reverse(le, 0, (int)full);
        }
        var value = new BigInteger(le, isUnsigned: true, isBigEndian: false);
        if (signed && !(value >> (int)(n - 1)).IsZero)
            value -= BigInteger.One << (int)n;
        return Term.Integer(value);
    }

    public static ulong ReadUnsigned(byte[] data, long bit, int n, bool little)
    {
        if (!little || n <= 8)
            return BitOps.Read(data, bit, n);
        ulong v = 0;
        var full = n >> 3;
        for (var k = 0; k < full; k++)
            v |= (ulong)BitOps.ReadByte(data, bit + k * 8L) << (8 * k);
        var rest = n & 7;
        if (rest > 0)
            v |= BitOps.Read(data, bit + full * 8L, rest) << (8 * full);
        return v;
    }

    // ---- floats ----

    /// <summary>
    /// The IEEE bits of <paramref name="value"/> in <paramref name="n"/> (16, 32 or 64) bits.
    /// A value too large for 32 or 16 bits becomes an infinity, as in erl
    /// (<c>&lt;&lt;1.0e300:32/float&gt;&gt;</c> is <c>&lt;&lt;127,128,0,0&gt;&gt;</c>).
    /// </summary>
    public static ulong FloatBits(double value, int n) => n switch
    {
        64 => BitConverter.DoubleToUInt64Bits(value),
        32 => BitConverter.SingleToUInt32Bits((float)value),
        _ => BitConverter.HalfToUInt16Bits((Half)value),
    };

    /// <summary>The float in the <paramref name="n"/> (16, 32 or 64) bits at <paramref name="bit"/>; null for NaN or an infinity (no match).</summary>
    public static double? ReadFloat(byte[] data, long bit, int n, bool little)
    {
        var raw = ReadUnsigned(data, bit, n, little);
        var value = n switch
        {
            64 => BitConverter.UInt64BitsToDouble(raw),
            32 => BitConverter.UInt32BitsToSingle((uint)raw),
            _ => (double)BitConverter.UInt16BitsToHalf((ushort)raw),
        };
        return double.IsFinite(value) ? value : null;
    }

    // ---- Unicode ----

    public static bool IsCodePoint(Term value) => value.IsSmall && IsCodePoint(value.SmallValue);

    /// <summary>A Unicode scalar value: 0..16#10FFFF except the surrogates.</summary>
    public static bool IsCodePoint(long c) => c is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF);

    public static int Utf8Length(int c) => c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;

    /// <summary>Writes a valid code point as UTF-8; the number of bits written.</summary>
    public static int WriteUtf8(byte[] data, long bit, int c)
    {
        Span<byte> bytes = stackalloc byte[4];
        int n;
        if (c < 0x80)
        {
            bytes[0] = (byte)c;
            n = 1;
        }
        else if (c < 0x800)
        {
            bytes[0] = (byte)(0xC0 | (c >> 6));
            bytes[1] = (byte)(0x80 | (c & 0x3F));
            n = 2;
        }
        else if (c < 0x10000)
        {
            bytes[0] = (byte)(0xE0 | (c >> 12));
            bytes[1] = (byte)(0x80 | ((c >> 6) & 0x3F));
            bytes[2] = (byte)(0x80 | (c & 0x3F));
            n = 3;
        }
        else
        {
            bytes[0] = (byte)(0xF0 | (c >> 18));
            bytes[1] = (byte)(0x80 | ((c >> 12) & 0x3F));
            bytes[2] = (byte)(0x80 | ((c >> 6) & 0x3F));
            bytes[3] = (byte)(0x80 | (c & 0x3F));
            n = 4;
        }
        for (var k = 0; k < n; k++)
            BitOps.Write(data, bit + 8 * k, bytes[k], 8);
        return 8 * n;
    }

    public static int Utf16Bits(int c) => c >= 0x10000 ? 32 : 16;

    public static int WriteUtf16(byte[] data, long bit, int c, bool little)
    {
        if (c < 0x10000)
        {
            WriteUnsigned(data, bit, (ulong)c, 16, little);
            return 16;
        }
        var v = c - 0x10000;
        WriteUnsigned(data, bit, (ulong)(0xD800 | (v >> 10)), 16, little);
        WriteUnsigned(data, bit + 16, (ulong)(0xDC00 | (v & 0x3FF)), 16, little);
        return 32;
    }

    /// <summary>Decodes one UTF-8 character in the <paramref name="available"/> bits at <paramref name="bit"/>: the code point and bits used, or false.</summary>
    public static bool ReadUtf8(byte[] data, long bit, long available, out int codePoint, out int bits)
    {
        codePoint = 0;
        bits = 0;
        if (available < 8)
            return false;
        int b0 = BitOps.ReadByte(data, bit);
        int n, min;
        if (b0 < 0x80)
        {
            codePoint = b0;
            bits = 8;
            return true;
        }
        if (b0 < 0xC0)
            return false;
        if (b0 < 0xE0)
        {
            n = 2;
            codePoint = b0 & 0x1F;
            min = 0x80;
        }
        else if (b0 < 0xF0)
        {
            n = 3;
            codePoint = b0 & 0x0F;
            min = 0x800;
        }
        else if (b0 < 0xF8)
        {
            n = 4;
            codePoint = b0 & 0x07;
            min = 0x10000;
        }
        else
        {
            return false;
        }
        if (available < 8L * n)
            return false;
        for (var k = 1; k < n; k++)
        {
            int b = BitOps.ReadByte(data, bit + 8 * k);
            if ((b & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (b & 0x3F);
        }
        if (codePoint < min || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
            return false;
        bits = 8 * n;
        return true;
    }

    public static bool ReadUtf16(byte[] data, long bit, long available, bool little, out int codePoint, out int bits)
    {
        codePoint = 0;
        bits = 0;
        if (available < 16)
            return false;
        var w1 = (int)ReadUnsigned(data, bit, 16, little);
        if (w1 is < 0xD800 or > 0xDFFF)
        {
            codePoint = w1;
            bits = 16;
            return true;
        }
        if (w1 >= 0xDC00 || available < 32)
            return false;
        var w2 = (int)ReadUnsigned(data, bit + 16, 16, little);
        if (w2 is < 0xDC00 or > 0xDFFF)
            return false;
        codePoint = 0x10000 + ((w1 & 0x3FF) << 10) + (w2 & 0x3FF);
        bits = 32;
        return true;
    }
}
