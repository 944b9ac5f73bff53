using System.Buffers.Binary;
using System.IO.Compression;
using Enigma.Beam.Etf;
using Xunit.Abstractions;

namespace Enigma.Beam.Tests.Etf;

/// <summary>The codec against what real erl 25 produced (otp-fixtures/etf/etf_corpus.out).</summary>
public sealed class EtfCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void CorpusIsPresentAndCoversEveryRecordKind()
    {
        Assert.True(EtfCorpus.Terms.Count > 500, $"only {EtfCorpus.Terms.Count} T lines in {EtfCorpus.FilePath}");
        Assert.NotEmpty(EtfCorpus.Printed);
        Assert.NotEmpty(EtfCorpus.Accepted);
        Assert.NotEmpty(EtfCorpus.Rejected);
        Assert.Contains(EtfCorpus.Terms, t => t.Compressed);
    }

    [Fact]
    public void UncompressedTermsDecodeAndReencodeByteIdentically()
    {
        var failures = new List<string>();
        foreach (var line in EtfCorpus.Terms.Where(t => !t.Compressed))
        {
            try
            {
                var term = EtfDecoder.Decode(line.Bytes);
                byte[] again = EtfEncoder.Encode(term, line.Options);
                if (!again.AsSpan().SequenceEqual(line.Bytes))
                {
                    failures.Add($"{line}: erl {Hex(line.Bytes)}, ours {Hex(again)}");
                }
            }
            catch (Exception e)
            {
                failures.Add($"{line}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    /// <summary>
    /// .NET's zlib (zlib-ng) deflates differently from the zlib erl uses, so
    /// compressed bytes are not compared. What must hold: the term erl
    /// compressed decodes, the data inside its zlib stream is byte for byte our
    /// uncompressed encoding, our compressed output decodes to the same term,
    /// and the compressed form is kept only when it is not longer.
    /// </summary>
    [Fact]
    public void CompressedTermsMatchErlInsideTheZlibStreamAndRoundTrip()
    {
        var failures = new List<string>();
        var differing = new List<string>();
        int identical = 0, total = 0, erlCompressed = 0;
        foreach (var line in EtfCorpus.Terms.Where(t => t.Compressed))
        {
            total++;
            try
            {
                var term = EtfDecoder.Decode(line.Bytes);
                byte[] plain = EtfEncoder.Encode(term, line.Options with { CompressionLevel = 0 });
                byte[] erlInner = line.Bytes[1] == 80 ? Inflate(line.Bytes) : line.Bytes;
                if (!erlInner.AsSpan().SequenceEqual(plain))
                {
                    failures.Add($"{line}: erl's uncompressed data differs from our encoding");
                    continue;
                }

                byte[] ours = EtfEncoder.Encode(term, line.Options);
                if (!EtfDecoder.Decode(ours).Equals(term))
                {
                    failures.Add($"{line}: our compressed output does not decode to the same term");
                }

                if (ours.Length > plain.Length)
                {
                    failures.Add($"{line}: kept a compressed form of {ours.Length} bytes over {plain.Length} plain");
                }

                erlCompressed += line.Bytes[1] == 80 ? 1 : 0;
                if (ours.AsSpan().SequenceEqual(line.Bytes))
                {
                    identical++;
                }
                else
                {
                    differing.Add($"{line} ({(line.Bytes[1] == 80 ? "compressed" : "plain")} in erl: {line.Bytes.Length} bytes, ours {ours.Length})");
                }
            }
            catch (Exception e)
            {
                failures.Add($"{line}: {e.GetType().Name}: {e.Message}");
            }
        }

        output.WriteLine($"{identical} of {total} lines asking for compression are byte-identical to erl's output "
            + $"(erl kept the compressed form in {erlCompressed}). Differing:");
        differing.ForEach(output.WriteLine);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void FormatMatchesErlTildeW()
    {
        var failures = new List<string>();
        foreach (var (label, expected) in EtfCorpus.Printed)
        {
            try
            {
                string actual = ETermFormatter.Format(EtfDecoder.Decode(EtfCorpus.BytesOf(label)));
                if (actual != expected)
                {
                    failures.Add($"{label}: erl {Shorten(expected)}\n{new string(' ', label.Length)}  ours {Shorten(actual)}");
                }
            }
            catch (Exception e)
            {
                failures.Add($"{label}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public void InputsErlAcceptsDecodeAndReencodeAsErlDoes()
    {
        var failures = new List<string>();
        foreach (var (label, input, reencoded) in EtfCorpus.Accepted)
        {
            try
            {
                byte[] ours = EtfEncoder.Encode(EtfDecoder.Decode(input));
                if (!ours.AsSpan().SequenceEqual(reencoded))
                {
                    failures.Add($"{label}: erl {Hex(reencoded)}, ours {Hex(ours)}");
                }
            }
            catch (Exception e)
            {
                failures.Add($"{label}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void InputsErlRejectsThrowEtfFormatException()
    {
        var failures = new List<string>();
        foreach (var (label, input) in EtfCorpus.Rejected)
        {
            try
            {
                var term = EtfDecoder.Decode(input);
                failures.Add($"{label}: accepted as {Shorten(ETermFormatter.Format(term))}");
            }
            catch (EtfFormatException e)
            {
                output.WriteLine($"{label}: {e.Message}");
            }
            catch (Exception e)
            {
                failures.Add($"{label}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void DecodedCorpusTermsEqualThemselvesAndHashAlike()
    {
        foreach (var line in EtfCorpus.Terms.Where(t => t.OptionsText == "-"))
        {
            var a = EtfDecoder.Decode(line.Bytes);
            var b = EtfDecoder.Decode(line.Bytes);
            Assert.True(a.Equals(b), line.ToString());
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    private static byte[] Inflate(byte[] compressed)
    {
        int size = (int)BinaryPrimitives.ReadUInt32BigEndian(compressed.AsSpan(2));
        using var zlib = new ZLibStream(new MemoryStream(compressed, 6, compressed.Length - 6), CompressionMode.Decompress);
        var inner = new byte[size + 1];
        inner[0] = 131;
        zlib.ReadExactly(inner, 1, size);
        return inner;
    }

    private static string Hex(byte[] bytes) => Shorten(Convert.ToHexString(bytes));

    private static string Shorten(string s) => s.Length <= 300 ? s : s[..300] + "...";
}
