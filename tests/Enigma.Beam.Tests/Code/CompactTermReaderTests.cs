using System.Numerics;
using Enigma.Beam.Chunks;
using Enigma.Beam.Code;

namespace Enigma.Beam.Tests.Code;

/// <summary>Hand-encoded operands, one per form of the compact term encoding.</summary>
public sealed class CompactTermReaderTests
{
    private static readonly OperandLimits Limits = new(AtomCount: 10, LabelCount: 300, LiteralCount: 5, TypeCount: 3);

    private static Operand Read(params byte[] bytes)
    {
        var cursor = new ChunkCursor(bytes, "t.beam", "Code", 100);
        var operand = CompactTermReader.Read(ref cursor, Limits);
        Assert.True(cursor.AtEnd, "every byte consumed");
        return operand;
    }

    private static BeamFormatException Fails(params byte[] bytes) =>
        Assert.Throws<BeamFormatException>(() => Read(bytes));

    [Theory]
    [InlineData(new byte[] { 0x30 }, OperandKind.Unsigned, 3)]        // u, 4-bit value
    [InlineData(new byte[] { 0x08 | 0x20, 0x10 }, OperandKind.Unsigned, 0x110)] // u, 11-bit value
    [InlineData(new byte[] { 0x13 }, OperandKind.X, 1)]
    [InlineData(new byte[] { 0x24 }, OperandKind.Y, 2)]
    [InlineData(new byte[] { 0x12 }, OperandKind.Atom, 1)]
    [InlineData(new byte[] { 0x02 }, OperandKind.Nil, 0)]
    [InlineData(new byte[] { 0x05 }, OperandKind.Label, 0)]
    [InlineData(new byte[] { 0x28 | 0x05, 0x2b }, OperandKind.Label, 299)]
    [InlineData(new byte[] { 0x18 | 0x06, 0x00, 0xe9 }, OperandKind.Character, 0xe9)] // h, 2-byte form
    public void SmallForms(byte[] bytes, OperandKind kind, long value)
    {
        var operand = Read(bytes);
        Assert.Equal(kind, operand.Kind);
        Assert.Equal(value, operand.Value);
        Assert.False(operand.IsTyped);
    }

    [Theory]
    [InlineData(new byte[] { 0x19, 0xff, 0xff }, -1)]                     // i, 2 bytes, negative
    [InlineData(new byte[] { 0x19, 0x00, 0x80 }, 128)]
    [InlineData(new byte[] { 0x39, 0x80, 0x00, 0x00 }, -8388608)]         // i, 3 bytes
    [InlineData(new byte[] { 0xd9, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff }, long.MaxValue)] // i, 8 bytes
    public void Integers(byte[] bytes, long value) => Assert.Equal(value, Read(bytes).BigValue);

    [Fact]
    public void BignumOfNineBytesUsesTheNestedLength()
    {
        // Length code 7: the byte count is 9 + a nested u operand (0 here).
        var bytes = new byte[] { 0xf9, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0 };
        var operand = Read(bytes);
        Assert.True(operand.IsBig);
        Assert.Equal(BigInteger.Pow(2, 64), operand.BigValue);
    }

    [Fact]
    public void ExtendedForms()
    {
        Assert.Equal(OperandKind.Literal, Read(0x47, 0x40).Kind);                  // z4: literal 4
        Assert.Equal(2, Read(0x27, 0x20).Value);                                   // z2: float register 2
        Assert.Equal(1.5, Read(0x07, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0).FloatValue);   // z0: float
        var typed = Read(0x57, 0x13, 0x20);                                         // z5: {x,1} with type 2
        Assert.Equal((OperandKind.X, 1L, 2), (typed.Kind, typed.Value, typed.TypeIndex));
        var list = Read(0x17, 0x20, 0x13, 0x75);                                    // z1: [x1, f7]
        Assert.Equal([Operand.Of(OperandKind.X, 1), Operand.Of(OperandKind.Label, 7)], list.Elements);
        var alloc = Read(0x37, 0x20, 0x00, 0x30, 0x10, 0x10);                       // z3: words 3, floats 1
        Assert.Equal([new AllocEntry(AllocKind.Words, 3), new AllocEntry(AllocKind.Floats, 1)], alloc.AllocEntries);
    }

    [Fact]
    public void OutOfRangeIndicesNameTheOffset()
    {
        Assert.Contains("atom index 11", Fails(0xb2).Message);
        Assert.Contains("literal index 5", Fails(0x47, 0x50).Message);
        Assert.Contains("type index 3", Fails(0x57, 0x13, 0x30).Message);
        Assert.Equal(100, Fails(0x28 | 0x05, 0xff).Offset);
        Assert.Equal("Code", Fails(0xb2).Chunk);
    }

    [Fact]
    public void HostileShapesAreRejected()
    {
        Assert.Contains("nested", Fails(0x17, 0x10, 0x17, 0x00).Message);     // a list in a list
        Assert.Contains("nested", Fails(0x57, 0x57, 0x13, 0x00, 0x00).Message); // a typed register in a typed register
        Fails(0x17, 0xf8 | 0x00, 0x7f);                                          // list length over the bytes left
        Fails(0x19);                                                            // truncated
        Fails(0xf9, 0xf8, 0x7f, 0xff, 0xff);                                    // a length that is itself a bignum
        Fails(0xf9, 0x28, 0xff, 0x01);                                          // bignum length past the end
        Fails(0x0f);                                                            // malformed extended byte
        Fails(0x67);                                                            // unknown extended tag 6
    }
}
