using System.Runtime.CompilerServices;

namespace Enigma.Runtime.Bits;

/// <summary>
/// Reading, writing, copying and comparing runs of bits at any bit position of a byte
/// array. Bit 0 is the most significant bit of byte 0, as in Erlang's bit syntax.
/// </summary>
internal static class BitOps
{
    /// <summary>The <paramref name="n"/> (0..64) bits at <paramref name="bit"/> as an unsigned number, first bit most significant.</summary>
    public static ulong Read(byte[] data, long bit, int n)
    {
        if (n > 56)
            return (Read(data, bit, n - 32) << 32) | Read(data, bit + n - 32, 32);
        if (n == 0)
            return 0;
        var index = bit >> 3;
        var skip = (int)(bit & 7);
        ulong acc = (ulong)(data[index] & (0xFF >> skip));
        var have = 8 - skip;
        while (have < n)
        {
            acc = (acc << 8) | data[++index];
            have += 8;
        }
        return acc >> (have - n);
    }

    /// <summary>The 8 bits at <paramref name="bit"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte ReadByte(byte[] data, long bit)
    {
        var index = bit >> 3;
        var shift = (int)(bit & 7);
        return shift == 0 ? data[index] : (byte)((data[index] << shift) | (data[index + 1] >> (8 - shift)));
    }

    /// <summary>Writes the low <paramref name="n"/> (0..64) bits of <paramref name="value"/> at <paramref name="bit"/>, most significant first.</summary>
    public static void Write(byte[] data, long bit, ulong value, int n)
    {
        while (n > 0)
        {
            var index = bit >> 3;
            var used = (int)(bit & 7);
            var k = Math.Min(8 - used, n);
            var chunk = (int)((value >> (n - k)) & ((1UL << k) - 1));
            var shift = 8 - used - k;
            var mask = ((1 << k) - 1) << shift;
            data[index] = (byte)((data[index] & ~mask) | (chunk << shift));
            bit += k;
            n -= k;
        }
    }

    /// <summary>Copies <paramref name="n"/> bits from <paramref name="src"/> at <paramref name="srcBit"/> to <paramref name="dst"/> at <paramref name="dstBit"/>.</summary>
    public static void Copy(byte[] src, long srcBit, byte[] dst, long dstBit, long n)
    {
        if (n <= 0)
            return;
        if (((srcBit | dstBit) & 7) == 0)
        {
            var bytes = n >> 3;
            Buffer.BlockCopy(src, (int)(srcBit >> 3), dst, (int)(dstBit >> 3), (int)bytes);
            var rest = (int)(n & 7);
            if (rest > 0)
                Write(dst, dstBit + bytes * 8, Read(src, srcBit + bytes * 8, rest), rest);
            return;
        }
        if ((dstBit & 7) == 0)
        {
            // Source unaligned: whole bytes by shifting, then the tail.
            var bytes = n >> 3;
            var d = (int)(dstBit >> 3);
            for (long k = 0; k < bytes; k++)
                dst[d + k] = ReadByte(src, srcBit + k * 8);
            var rest = (int)(n & 7);
            if (rest > 0)
                Write(dst, dstBit + bytes * 8, Read(src, srcBit + bytes * 8, rest), rest);
            return;
        }
        // Destination unaligned: fill up to its next byte boundary, then the aligned case.
        var head = (int)Math.Min(8 - (dstBit & 7), n);
        Write(dst, dstBit, Read(src, srcBit, head), head);
        Copy(src, srcBit + head, dst, dstBit + head, n - head);
    }

    /// <summary>Whether the <paramref name="n"/> bits at the two positions are the same.</summary>
    public static bool Equal(byte[] a, long aBit, byte[] b, long bBit, long n)
    {
        if (((aBit | bBit) & 7) == 0)
        {
            var bytes = (int)(n >> 3);
            if (!a.AsSpan((int)(aBit >> 3), bytes).SequenceEqual(b.AsSpan((int)(bBit >> 3), bytes)))
                return false;
            var rest = (int)(n & 7);
            return rest == 0 || Read(a, aBit + bytes * 8L, rest) == Read(b, bBit + bytes * 8L, rest);
        }
        while (n >= 8)
        {
            if (ReadByte(a, aBit) != ReadByte(b, bBit))
                return false;
            aBit += 8;
            bBit += 8;
            n -= 8;
        }
        return n == 0 || Read(a, aBit, (int)n) == Read(b, bBit, (int)n);
    }

    /// <summary>The bits as a fresh byte array starting at bit 0 (the last byte padded with zeros).</summary>
    public static byte[] ToArray(byte[] data, long bit, long n)
    {
        var result = new byte[(n + 7) >> 3];
        Copy(data, bit, result, 0, n);
        return result;
    }
}
