using System.Text;

namespace Enigma.Beam.Chunks;

/// <summary>AtU8 (UTF-8) and the legacy Atom (Latin-1) chunk: a count, then length-prefixed names.</summary>
internal static class AtomChunk
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string[] Parse(ref ChunkCursor cursor, bool utf8)
    {
        var at = cursor.FileOffset;
        var count = cursor.ReadItemCount("atom count", 1);
        if (count == 0)
            throw cursor.Error(at, "the atom table is empty (atom 1 must be the module name)");
        var atoms = new string[count];
        for (var i = 0; i < count; i++)
        {
            var nameAt = cursor.FileOffset;
            var bytes = cursor.ReadBytes(cursor.ReadByte());
            atoms[i] = utf8 ? DecodeUtf8(ref cursor, bytes, nameAt) : Encoding.Latin1.GetString(bytes);
        }
        return atoms;
    }

    private static string DecodeUtf8(ref ChunkCursor cursor, ReadOnlySpan<byte> bytes, int at)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw cursor.Error(at, "atom name is not valid UTF-8");
        }
    }
}
