using System.Buffers.Binary;
using System.Text;

namespace Enigma.Beam.Tests;

/// <summary>Targeted damage to a real .beam: each gives a format error naming the chunk and offset.</summary>
public sealed class BeamMalformedInputTests
{
    private static readonly byte[] Hello = File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, "hello", "hello.beam"));

    private static BeamFormatException Fails(byte[] bytes) =>
        Assert.Throws<BeamFormatException>(() => BeamReader.Read(bytes, "hello.beam"));

    /// <summary>Offset of a chunk's data (after its 8-byte header).</summary>
    private static int ChunkData(byte[] bytes, string id)
    {
        for (var pos = 12; pos + 8 <= bytes.Length;)
        {
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(pos + 4));
            if (Encoding.ASCII.GetString(bytes, pos, 4) == id)
                return pos + 8;
            pos += 8 + ((size + 3) & ~3);
        }
        throw new InvalidOperationException($"no chunk {id}");
    }

    private static byte[] WithU32(string chunk, int offsetInChunk, uint value)
    {
        var bytes = (byte[])Hello.Clone();
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(ChunkData(bytes, chunk) + offsetInChunk), value);
        return bytes;
    }

    [Fact]
    public void EmptyAndForeignFiles()
    {
        Assert.Contains("FOR1", Fails([]).Message);
        Assert.Contains("FOR1", Fails(Encoding.ASCII.GetBytes("-module(hello).\n")).Message);
        var notBeam = (byte[])Hello.Clone();
        notBeam[8] = (byte)'X';
        Assert.Contains("'BEAM'", Fails(notBeam).Message);
    }

    [Fact]
    public void TruncatedFileNamesTheFileAndOffset()
    {
        var e = Fails(Hello[..(Hello.Length / 2)]);
        Assert.Equal("hello.beam", e.File);
        Assert.Equal(4, e.Offset);
        Assert.StartsWith("hello.beam: at byte 4: IFF size", e.Message);
    }

    [Fact]
    public void ChunkSizePastTheEnd()
    {
        var bytes = (byte[])Hello.Clone();
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(ChunkData(bytes, "Code") - 4), 0x7fff_ffff);
        var e = Fails(bytes);
        Assert.Equal("Code", e.Chunk);
        Assert.Contains("runs past the end", e.Message);
    }

    [Theory]
    [InlineData("AtU8", 0x8000_0000u, "atom count")]
    [InlineData("AtU8", 0x7fff_ffffu, "atom count")]
    [InlineData("ImpT", 0x7fff_ffffu, "import count")]
    [InlineData("ExpT", 0xffff_ffffu, "function count")]
    [InlineData("LitT", 0xffff_fff0u, "impossible")]
    [InlineData("Line", 0x7fff_ffffu, "line item count")]
    public void InflatedCountsAreRefusedBeforeAllocating(string chunk, uint count, string message)
    {
        var offset = chunk == "Line" ? 12 : 0; // Line: version, flags, instruction count, then the item count
        var e = Fails(WithU32(chunk, offset, count));
        Assert.Equal(chunk, e.Chunk);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void BadAtomIndexInImports()
    {
        var e = Fails(WithU32("ImpT", 4, 999));
        Assert.Equal("ImpT", e.Chunk);
        Assert.Contains("atom index 999", e.Message);
    }

    [Fact]
    public void CorruptZlibInTheLiteralTable()
    {
        var bytes = (byte[])Hello.Clone();
        var data = ChunkData(bytes, "LitT");
        bytes.AsSpan(data + 6, 8).Fill(0xAA);
        var e = Fails(bytes);
        Assert.Equal("LitT", e.Chunk);
        Assert.Contains("inflate", e.Message);
    }

    [Fact]
    public void NewerOpcodesAreRefusedNamingModuleAndOpcode()
    {
        var e = Fails(WithU32("Code", 8, 182));
        Assert.Contains("module hello uses opcode 182", e.Message);
    }

    [Fact]
    public void MissingRequiredChunk()
    {
        var bytes = (byte[])Hello.Clone();
        var data = ChunkData(bytes, "ExpT");
        Encoding.ASCII.GetBytes("XxxT").CopyTo(bytes, data - 8);
        Assert.Contains("required chunk ExpT is missing", Fails(bytes).Message);
    }
}
