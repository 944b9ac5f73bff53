using System.IO.Compression;
using Enigma.Beam.Etf;

namespace Enigma.Beam.Chunks;

/// <summary>Chunks made of external-term-format data: LitT (the literal table), Attr, CInf and Meta.</summary>
internal static class TermChunks
{
    // zlib cannot compress better than about 1032:1, so a declared size above this is a lie.
    private const int MaxDeflateRatio = 1032;

    /// <summary>A chunk that is one term (Attr, CInf, Meta).</summary>
    public static ETerm ParseTerm(ref ChunkCursor cursor)
    {
        var at = cursor.FileOffset;
        return Decode(ref cursor, cursor.ReadBytes(cursor.Remaining), at, "term");
    }

    /// <summary>LitT: the uncompressed size, then a zlib stream (or, with size 0, the table itself).</summary>
    public static ETerm[] ParseLiterals(ref ChunkCursor cursor)
    {
        var sizeAt = cursor.FileOffset;
        var size = cursor.ReadU32();
        var dataAt = cursor.FileOffset;
        if (size == 0)
            return ParseLiteralTable(ref cursor, cursor.ReadBytes(cursor.Remaining), dataAt);

        var compressed = cursor.Rest;
        if (size > (long)compressed.Length * MaxDeflateRatio + 64 || size > int.MaxValue)
            throw cursor.Error(sizeAt, $"declared uncompressed size {size} is impossible for {compressed.Length} compressed bytes");
        var table = Inflate(ref cursor, compressed.ToArray(), (int)size, dataAt);
        cursor.Skip(compressed.Length);
        return ParseLiteralTable(ref cursor, table, dataAt);
    }

    private static byte[] Inflate(ref ChunkCursor cursor, byte[] compressed, int size, int at)
    {
        var output = new byte[size];
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
            zlib.ReadExactly(output);
            if (zlib.ReadByte() != -1)
                throw cursor.Error(at, $"literal table inflates to more than the declared {size} bytes");
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw cursor.Error(at, $"literal table does not inflate to {size} bytes: {e.Message}");
        }
        return output;
    }

    /// <summary>The inflated table: a count, then each literal as a size and a term.</summary>
    private static ETerm[] ParseLiteralTable(ref ChunkCursor chunk, ReadOnlySpan<byte> table, int at)
    {
        // Offsets inside the inflated table are not file offsets; errors name the literal instead.
        var cursor = new ChunkCursor(table, "", "", 0);
        try
        {
            var literals = new ETerm[cursor.ReadItemCount("literal count", 5)];
            for (var i = 0; i < literals.Length; i++)
            {
                var termAt = cursor.Position;
                var bytes = cursor.ReadBytes(cursor.ReadCount("literal size"));
                literals[i] = Decode(ref chunk, bytes, at, $"literal {i} (at byte {termAt + 4} of the inflated table)");
            }
            if (!cursor.AtEnd)
                throw cursor.Error($"{cursor.Remaining} bytes after the last literal");
            return literals;
        }
        catch (BeamFormatException e) when (e.File.Length == 0)
        {
            throw chunk.Error(at, $"inflated literal table, byte {e.Offset}: {e.Problem}");
        }
    }

    private static ETerm Decode(ref ChunkCursor cursor, ReadOnlySpan<byte> bytes, int at, string what)
    {
        try
        {
            return EtfDecoder.Decode(bytes);
        }
        catch (EtfFormatException e)
        {
            throw cursor.Error(at, $"{what}: bad external term at byte {e.Offset}: {e.Message}");
        }
    }
}
