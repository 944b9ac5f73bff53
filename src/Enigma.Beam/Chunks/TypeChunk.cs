namespace Enigma.Beam.Chunks;

/// <summary>The Type chunk of OTP 25 (version 1): fixed 18-byte entries of type bits, min and max.</summary>
internal static class TypeChunk
{
    public const int SupportedVersion = 1;
    private const int EntrySize = 18;

    /// <summary>The entries, or null for a version this reader does not know (BEAM ignores those too).</summary>
    public static TypeEntry[]? Parse(ref ChunkCursor cursor)
    {
        if (cursor.ReadU32() != SupportedVersion)
            return null;
        var at = cursor.FileOffset;
        var count = cursor.ReadItemCount("type count", EntrySize);
        if (count == 0)
            throw cursor.Error(at, "the type table is empty (entry 0 must be 'any')");
        var entries = new TypeEntry[count];
        for (var i = 0; i < count; i++)
            entries[i] = new TypeEntry(cursor.ReadU16(), (long)cursor.ReadU64(), (long)cursor.ReadU64());
        return entries;
    }
}
