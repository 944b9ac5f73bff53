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

    /// <summary>Compressed lines too: we deflate with the same system zlib erl links.</summary>
    [Fact]
    public void EveryTermDecodesAndReencodesByteIdentically()
    {
        var failures = new List<string>();
        foreach (var line in EtfCorpus.Terms)
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

    private static string Hex(byte[] bytes) => Shorten(Convert.ToHexString(bytes));

    private static string Shorten(string s) => s.Length <= 300 ? s : s[..300] + "...";
}
