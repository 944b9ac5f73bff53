using System.Numerics;
using Enigma.Beam.Etf;

namespace Enigma.Beam.Tests.Etf;

/// <summary>Rules the corpus does not pin down on its own, and the term model's contracts.</summary>
public sealed class EtfCodecTests
{
    private static readonly EAtom Node = new("foo@bar");

    [Fact]
    public void TrailingBytesAreRejectedThoughErlIgnoresThem()
    {
        var e = Assert.Throws<EtfFormatException>(() => EtfDecoder.Decode([131, 97, 1, 0]));
        Assert.Equal(3, e.Offset);
        Assert.Contains("trailing", e.Message);
    }

    [Fact]
    public void BytesAfterTheZlibStreamAreRejected()
    {
        byte[] compressed = EtfEncoder.Encode(new EList(Enumerable.Repeat<ETerm>(new EAtom("x"), 100).ToArray(), ENil.Instance),
            new EtfEncodeOptions(CompressionLevel: 9));
        Assert.Equal(80, compressed[1]);
        Assert.IsType<EList>(EtfDecoder.Decode(compressed));
        Assert.Throws<EtfFormatException>(() => EtfDecoder.Decode([.. compressed, 0]));
        Assert.Throws<EtfFormatException>(() => EtfDecoder.Decode(compressed[..^1]));
    }

    [Fact]
    public void ErrorOffsetsPointAtTheProblem()
    {
        Assert.Equal(0, Assert.Throws<EtfFormatException>(() => EtfDecoder.Decode([130, 97, 1])).Offset);
        Assert.Equal(5, Assert.Throws<EtfFormatException>(() => EtfDecoder.Decode([131, 104, 2, 97, 1])).Offset);
        Assert.Equal(3, Assert.Throws<EtfFormatException>(() => EtfDecoder.Decode([131, 104, 1, 200])).Offset);
        // A list count that cannot fit in the bytes left fails at the list, before any allocation.
        Assert.Equal(1, Assert.Throws<EtfFormatException>(() => EtfDecoder.Decode([131, 108, 127, 255, 255, 255, 106])).Offset);
    }

    [Fact]
    public void ErrorsInsideCompressedDataSaySo()
    {
        byte[] inner = [104, 2, 97, 1];
        byte[] compressed = Compress(inner);
        var e = Assert.Throws<EtfFormatException>(() => EtfDecoder.Decode(compressed));
        Assert.True(e.InDecompressedData);
        Assert.Contains("decompressed", e.Message);
        Assert.Equal(4, e.Offset);
    }

    [Fact]
    public void DeclaredUncompressedSizeThatLiesIsRejectedWithoutAllocatingIt()
    {
        byte[] ok = Compress([97, 1]);
        Assert.Equal(new EInteger(1), EtfDecoder.Decode(ok));
        byte[] lying = (byte[])ok.Clone();
        lying[2] = 0x7F;
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<EtfFormatException>(() => EtfDecoder.Decode(lying));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16 << 20);
    }

    /// <summary>
    /// Keys whose long.GetHashCode collide (low word == high word) must not make
    /// the duplicate key check quadratic. The stopwatch only catches a hang.
    /// </summary>
    [Fact]
    public void MapKeysChosenToCollideDoNotMakeDecodingQuadratic()
    {
        const int N = 50_000;
        var bytes = new List<byte> { 131, 116 };
        bytes.AddRange(BitConverter.GetBytes(N).Reverse());
        for (long i = 1; i <= N; i++)
        {
            bytes.AddRange([110, 8, 0]);
            bytes.AddRange(BitConverter.GetBytes((i << 32) | i));
            bytes.AddRange([97, 0]);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var map = Assert.IsType<EMap>(EtfDecoder.Decode(bytes.ToArray()));
        Assert.Equal(N, map.Pairs.Length);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void StringExtHoldsAtMost65535Bytes()
    {
        static EList Bytes(int n) => new(Enumerable.Repeat<ETerm>(new EInteger(7), n).ToArray(), ENil.Instance);
        Assert.Equal(107, EtfEncoder.Encode(Bytes(65535))[1]);
        Assert.Equal(108, EtfEncoder.Encode(Bytes(65536))[1]);
        Assert.Equal(108, EtfEncoder.Encode(new EList([new EInteger(256)], ENil.Instance))[1]);
        Assert.Equal(108, EtfEncoder.Encode(new EList([new EInteger(1)], new EAtom("t")))[1]);
    }

    [Theory]
    [InlineData(0L, "8361 00")]
    [InlineData(255L, "8361 FF")]
    [InlineData(256L, "8362 00000100")]
    [InlineData(-1L, "8362 FFFFFFFF")]
    [InlineData(2147483647L, "8362 7FFFFFFF")]
    [InlineData(-2147483648L, "8362 80000000")]
    [InlineData(2147483648L, "836E 04 00 00000080")]
    [InlineData(-2147483649L, "836E 04 01 01000080")]
    public void IntegerTagFollowsTheValue(long value, string hex)
    {
        Assert.Equal(Convert.FromHexString(hex.Replace(" ", "")), EtfEncoder.Encode(new EInteger(value)));
    }

    [Fact]
    public void BignumsOf256BytesUseLargeBig()
    {
        byte[] small = EtfEncoder.Encode(new EInteger(BigInteger.Pow(2, 2040) - 1));
        byte[] large = EtfEncoder.Encode(new EInteger(-BigInteger.Pow(2, 2040)));
        Assert.Equal(new byte[] { 131, 110, 255, 0 }, small[..4]);
        Assert.Equal(new byte[] { 131, 111, 0, 0, 1, 0, 1 }, large[..7]);
    }

    [Fact]
    public void AtomTagsFollowMinorVersionAndCharacters()
    {
        Assert.Equal(new byte[] { 131, 100, 0, 1, 97 }, EtfEncoder.Encode(new EAtom("a")));
        Assert.Equal(new byte[] { 131, 100, 0, 1, 97 }, EtfEncoder.Encode(new EAtom("a"), new EtfEncodeOptions(MinorVersion: 0)));
        Assert.Equal(new byte[] { 131, 119, 1, 97 }, EtfEncoder.Encode(new EAtom("a"), new EtfEncodeOptions(MinorVersion: 2)));
        Assert.Equal(new byte[] { 131, 100, 0, 1, 0xE9 }, EtfEncoder.Encode(new EAtom("é")));
        Assert.Equal(new byte[] { 131, 119, 2, 0xC3, 0xA9 }, EtfEncoder.Encode(new EAtom("é"), new EtfEncodeOptions(MinorVersion: 2)));
        Assert.Equal(new byte[] { 131, 119, 2, 0xC5, 0x9D }, EtfEncoder.Encode(new EAtom("ŝ")));
        Assert.Equal(118, EtfEncoder.Encode(new EAtom(new string('ŝ', 128)))[1]);
    }

    [Fact]
    public void PortTagDependsOnTheId()
    {
        Assert.Equal(89, EtfEncoder.Encode(new EPort(Node, (1UL << 28) - 1, 1))[1]);
        Assert.Equal(120, EtfEncoder.Encode(new EPort(Node, 1UL << 28, 1))[1]);
    }

    [Fact]
    public void CompressionKeepsThePlainFormWhenItIsNotLonger()
    {
        var options = new EtfEncodeOptions(CompressionLevel: 6);
        Assert.Equal(EtfEncoder.Encode(new EAtom("a")), EtfEncoder.Encode(new EAtom("a"), options));
        var random = new Random(1);
        var noise = new byte[1000];
        random.NextBytes(noise);
        var bin = new EBitstring(noise);
        Assert.Equal(EtfEncoder.Encode(bin), EtfEncoder.Encode(bin, options));
        var zeros = new EBitstring(new byte[1000]);
        byte[] packed = EtfEncoder.Encode(zeros, options);
        Assert.Equal(80, packed[1]);
        Assert.Equal(zeros, EtfDecoder.Decode(packed));
    }

    [Fact]
    public void InvalidOptionsAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EtfEncoder.Encode(ENil.Instance, new EtfEncodeOptions(MinorVersion: 3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => EtfEncoder.Encode(ENil.Instance, new EtfEncodeOptions(CompressionLevel: 10)));
    }

    [Fact]
    public void FloatExtTextIsCPrintfE20()
    {
        Assert.Equal("1.50000000000000000000e+00", FloatText.FormatE20(1.5));
        Assert.Equal("-0.00000000000000000000e+00", FloatText.FormatE20(-0.0));
        Assert.Equal("1.00000000000000005551e-01", FloatText.FormatE20(0.1));
        Assert.Equal("4.94065645841246544177e-324", FloatText.FormatE20(double.Epsilon));
        Assert.Equal("1.79769313486231570815e+308", FloatText.FormatE20(double.MaxValue));
    }

    [Fact]
    public void ListTailsThatAreListsAreMerged()
    {
        var list = new EList([new EInteger(1)], new EList([new EInteger(2)], new EAtom("t")));
        Assert.Equal(2, list.Elements.Length);
        Assert.Equal(new EAtom("t"), list.Tail);
        Assert.Equal("[1,2|t]", list.ToString());
        Assert.Throws<ArgumentException>(() => new EList([], ENil.Instance));
    }

    [Fact]
    public void EqualityIsStructural()
    {
        Assert.Equal(new ETuple([new EInteger(1), new EAtom("a")]), new ETuple([new EInteger(1L), new EAtom("a")]));
        Assert.NotEqual<ETerm>(new EInteger(1), new EFloat(1.0));
        Assert.NotEqual(new EFloat(0.0), new EFloat(-0.0));
        Assert.Equal(new EBitstring([0b1010_0000], 3), new EBitstring([0b1011_1111], 3));
        Assert.NotEqual(new EBitstring([1], 8), new EBitstring([1], 7));
        var a = new KeyValuePair<ETerm, ETerm>(new EAtom("a"), new EInteger(1));
        var b = new KeyValuePair<ETerm, ETerm>(new EAtom("b"), new EInteger(2));
        Assert.Equal(new EMap([a, b]), new EMap([a, b]));
        Assert.NotEqual(new EMap([a, b]), new EMap([b, a]));
        Assert.Equal(new EMap([a, b]).GetHashCode(), new EMap([a, b]).GetHashCode());
    }

    [Fact]
    public void UnusedBitsAreWrittenAsZeros()
    {
        Assert.Equal(new byte[] { 131, 77, 0, 0, 0, 1, 3, 0xA0 }, EtfEncoder.Encode(new EBitstring([0b1011_1111], 3)));
    }

    [Fact]
    public void ConstructorsRejectTermsErlCannotHave()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EFloat(double.NaN));
        Assert.Throws<ArgumentException>(() => new EAtom(new string('a', 256)));
        Assert.Throws<ArgumentException>(() => new EAtom("\ud800"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EBitstring([], 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EBitstring([1], 0));
        Assert.Throws<ArgumentException>(() => new ERef(Node, 0, []));
        Assert.Throws<ArgumentException>(() => new EFun(Node, 0, new byte[15], 0, 0, 0, ENil.Instance, []));
        Assert.Throws<ArgumentException>(() => new ETuple([null!]));
        _ = new EAtom(new string('ŝ', 255));
        _ = new EAtom(string.Concat(Enumerable.Repeat("😀", 255)));
    }

    [Fact]
    public void FormatsLikeErl()
    {
        Assert.Equal("'hello world'", new EAtom("hello world").ToString());
        Assert.Equal("'\\x{65E5}'", new EAtom("日").ToString());
        Assert.Equal("'\\x{1F600}'", new EAtom("😀").ToString());
        Assert.Equal("<<1,2:3>>", new EBitstring([1, 0b0100_0000], 3).ToString());
        Assert.Equal("<0.9.0>", new EPid(new EAtom("nonode@nohost"), 9, 0, 0).ToString());
        Assert.Equal("fun lists:map/2", new EExport(new EAtom("lists"), new EAtom("map"), 2).ToString());
        Assert.Equal("[1|2]", new EList([new EInteger(1)], new EInteger(2)).ToString());
        Assert.Equal("#{a => [],1 => {}}",
            new EMap([new(new EAtom("a"), ENil.Instance), new(new EInteger(1), new ETuple([]))]).ToString());
    }

    private static byte[] Compress(byte[] inner)
    {
        var zipped = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(zipped, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(inner);
        }

        return [131, 80, 0, 0, 0, (byte)inner.Length, .. zipped.ToArray()];
    }
}
