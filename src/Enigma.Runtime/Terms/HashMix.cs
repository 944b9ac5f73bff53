using System.Runtime.CompilerServices;

namespace Enigma.Runtime.Terms;

/// <summary>
/// The mixing steps erts' hash functions share (make_hash2 for phash2, make_internal_hash
/// for the process dictionary): Bob Jenkins' lookup2 mix, the block hash over bytes, and
/// the hash of a bitstring's bytes and trailing bits.
/// </summary>
internal static class HashMix
{
    public const uint HConst = 0x9e3779b9;
    private const uint HConst13 = 0x08d12e65;
    private const uint HConst15 = 0x454021d7;

    // ---- bitstrings: Jenkins' block hash over the whole bytes, then the trailing bits ----

    public static uint HashBits(uint hash, Bitstring s)
    {
        uint con = HConst13 + hash;
        long bytes = s.BitSize >> 3;
        int rest = (int)(s.BitSize & 7);
        if (bytes == 0 && rest == 0)
            return con;
        // erl truncates the size to 32 bits here; no binary that large exists in this runtime.
        hash = s.IsByteAligned
            ? BlockHash(s.Data.AsSpan((int)(s.BitOffset >> 3), (int)bytes), con)
            : BlockHash(Realign(s, bytes), con);
        if (rest > 0)
            hash = Mix(hash, (uint)rest, (uint)(TermReader.PartialByte(s, bytes, rest) >> (8 - rest)), HConst15);
        return hash;
    }

    private static byte[] Realign(Bitstring s, long bytes)
    {
        var copy = new byte[bytes];
        for (long k = 0; k < bytes; k++)
            copy[k] = s.ByteAt(k);
        return copy;
    }

    private static uint BlockHash(ReadOnlySpan<byte> k, uint initval)
    {
        uint a = HConst;
        uint b = HConst;
        uint c = initval;
        int length = k.Length;
        while (k.Length >= 12)
        {
            a += Le32(k);
            b += Le32(k[4..]);
            c += Le32(k[8..]);
            MixABC(ref a, ref b, ref c);
            k = k[12..];
        }

        c += (uint)length;
        // The first byte of c is the length's; the last bytes go above it.
        switch (k.Length)
        {
            case 11: c += (uint)k[10] << 24; goto case 10;
            case 10: c += (uint)k[9] << 16; goto case 9;
            case 9: c += (uint)k[8] << 8; goto case 8;
            case 8: b += (uint)k[7] << 24; goto case 7;
            case 7: b += (uint)k[6] << 16; goto case 6;
            case 6: b += (uint)k[5] << 8; goto case 5;
            case 5: b += k[4]; goto case 4;
            case 4: a += (uint)k[3] << 24; goto case 3;
            case 3: a += (uint)k[2] << 16; goto case 2;
            case 2: a += (uint)k[1] << 8; goto case 1;
            case 1: a += k[0]; break;
        }

        MixABC(ref a, ref b, ref c);
        return c;

        static uint Le32(ReadOnlySpan<byte> p) => p[0] | ((uint)p[1] << 8) | ((uint)p[2] << 16) | ((uint)p[3] << 24);
    }

    // ---- the mix ----

    /// <summary>UINT32_HASH_2(x, y, constant): mixes two words into the hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Mix(uint hash, uint x, uint y, uint constant)
    {
        uint a = constant + x;
        uint b = constant + y;
        MixABC(ref a, ref b, ref hash);
        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MixABC(ref uint a, ref uint b, ref uint c)
    {
        a -= b; a -= c; a ^= c >> 13;
        b -= c; b -= a; b ^= a << 8;
        c -= a; c -= b; c ^= b >> 13;
        a -= b; a -= c; a ^= c >> 12;
        b -= c; b -= a; b ^= a << 16;
        c -= a; c -= b; c ^= b >> 5;
        a -= b; a -= c; a ^= c >> 3;
        b -= c; b -= a; b ^= a << 10;
        c -= a; c -= b; c ^= b >> 15;
    }
}
