using Enigma.Beam.Etf;

namespace Enigma.Beam.Tests.Etf;

/// <summary>
/// Terms nested a million levels deep go through every operation on a thread
/// with a 256 KB stack: any recursion per level would overflow it.
/// </summary>
public sealed class EtfDeepNestingTests
{
    private const int Depth = 1_000_000;
    private const int SmallStack = 256 * 1024;

    [Fact]
    public void DeepListRoundTripsComparesHashesAndFormats() => OnSmallStack(() =>
    {
        ETerm term = ENil.Instance;
        for (int i = 0; i < Depth; i++)
        {
            term = new EList([term], ENil.Instance);
        }

        byte[] bytes = EtfEncoder.Encode(term);
        // 131, then per level LIST_EXT with one element, the innermost [], then each level's [] tail.
        Assert.Equal(1 + Depth * 5 + 1 + Depth, bytes.Length);
        Assert.Equal(new byte[] { 131, 108, 0, 0, 0, 1, 108 }, bytes[..7]);

        CheckAll(term, bytes, Depth * 2 + 2);
    });

    [Fact]
    public void DeepTupleRoundTripsComparesHashesAndFormats() => OnSmallStack(() =>
    {
        ETerm term = new ETuple([]);
        for (int i = 0; i < Depth; i++)
        {
            term = new ETuple([term]);
        }

        byte[] bytes = EtfEncoder.Encode(term);
        Assert.Equal(1 + Depth * 2 + 2, bytes.Length);
        CheckAll(term, bytes, Depth * 2 + 2);
    });

    [Fact]
    public void DeepMixedTermRoundTripsComparesHashesAndFormats() => OnSmallStack(() =>
    {
        // Maps, improper lists, funs and tuples in turn, nested in keys, tails and free variables.
        var pid = new EPid(new EAtom("nonode@nohost"), 1, 0, 0);
        var uniq = new byte[16];
        ETerm term = new EAtom("leaf");
        for (int i = 0; i < Depth; i++)
        {
            term = (i % 4) switch
            {
                0 => new EMap([new(term, new EInteger(i))]),
                1 => new EList([new EInteger(i)], term),
                2 => new EFun(new EAtom("m"), 0, uniq, 0, 1, 0, pid, [term]),
                _ => new ETuple([new EFloat(i + 0.5), term]),
            };
        }

        byte[] bytes = EtfEncoder.Encode(term);
        var decoded = CheckAll(term, bytes, expectedFormatLength: null);
        Assert.Equal(bytes, EtfEncoder.Encode(decoded, new EtfEncodeOptions(CompressionLevel: 0)));
    });

    [Fact]
    public void DeepCompressedTermRoundTrips() => OnSmallStack(() =>
    {
        ETerm term = ENil.Instance;
        for (int i = 0; i < Depth; i++)
        {
            term = new EList([term], ENil.Instance);
        }

        byte[] compressed = EtfEncoder.Encode(term, new EtfEncodeOptions(CompressionLevel: 6));
        Assert.Equal(80, compressed[1]);
        Assert.True(compressed.Length < 100_000);
        Assert.Equal(term, EtfDecoder.Decode(compressed));
    });

    private static ETerm CheckAll(ETerm term, byte[] bytes, int? expectedFormatLength)
    {
        var decoded = EtfDecoder.Decode(bytes);
        Assert.True(decoded.Equals(term));
        Assert.True(term.Equals(decoded));
        Assert.Equal(term.GetHashCode(), decoded.GetHashCode());
        Assert.Equal(bytes, EtfEncoder.Encode(decoded));

        string text = ETermFormatter.Format(decoded);
        if (expectedFormatLength is int length)
        {
            Assert.Equal(length, text.Length);
        }

        Assert.Equal(text, ETermFormatter.Format(term));
        return decoded;
    }

    private static void OnSmallStack(Action test)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                test();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, SmallStack);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }
}
