using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>erlang:crc32/1,2 and adler32/1,2 (zlib's checksums) and md5/1, over iodata.</summary>
internal static class ChecksumBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "crc32", 1, (p, a) => Checksum(p, 0, a[0], Crc32)),
        new("erlang", "crc32", 2, (p, a) => Seed(a[0]) is { } seed ? Checksum(p, seed, a[1], Crc32) : p.Badarg()),
        new("erlang", "adler32", 1, (p, a) => Checksum(p, 1, a[0], Adler32)),
        new("erlang", "adler32", 2, (p, a) => Seed(a[0]) is { } seed ? Checksum(p, seed, a[1], Adler32) : p.Badarg()),
        new("erlang", "md5", 1, (p, a) => Bits.IoLists.ToBytes(a[0]) is { } bytes
            ? Term.Bitstring(Bitstring.Of(System.Security.Cryptography.MD5.HashData(bytes))) : p.Badarg()),
    ];

    private static uint? Seed(Term t) => t.IsSmall && t.SmallValue is >= 0 and <= uint.MaxValue ? (uint)t.SmallValue : null;

    private static Term Checksum(Process p, uint seed, Term data, Func<uint, ReadOnlySpan<byte>, uint> update)
    {
        var bytes = Bits.IoLists.ToBytes(data);
        return bytes is null ? p.Badarg() : Term.Small(update(seed, bytes));
    }


    private static uint Crc32(uint seed, ReadOnlySpan<byte> bytes)
    {
        var crc = ~seed;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
        }
        return ~crc;
    }

    private static uint Adler32(uint seed, ReadOnlySpan<byte> bytes)
    {
        const uint Mod = 65521;
        uint a = seed & 0xFFFF, b = seed >> 16;
        foreach (var x in bytes)
        {
            a = (a + x) % Mod;
            b = (b + a) % Mod;
        }
        return (b << 16) | a;
    }
}
