using System.Diagnostics;
using Enigma.Beam.Etf;
using Xunit.Abstractions;

namespace Enigma.Beam.Tests.Etf;

/// <summary>
/// Mutated corpus payloads (fixed seed, so every run tries the same cases):
/// each must decode or throw EtfFormatException, and nothing else; what
/// decodes must also encode and format. The stopwatch only catches hangs.
/// </summary>
public sealed class EtfFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20250325;
    private const int MaxPayloadForRandomCases = 64 * 1024;
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(1);

    private static readonly string[] TruncatedLabels =
        ["map_mixed", "fun_closure", "int_list", "ids_in_tuple", "list_mixed", "cmp_list", "export_unicode", "atom_67", "atom_72", "float_7"];

    private static readonly byte[] CountTags = [104, 105, 107, 108, 109, 77, 110, 111, 116, 100, 118, 119, 80, 90, 112];

    [Fact]
    public void MutatedPayloadsDecodeOrThrowEtfFormatException()
    {
        var random = new Random(Seed);
        var payloads = EtfCorpus.Terms.Select(t => t.Bytes)
            .Concat(EtfCorpus.Accepted.Select(a => a.Input))
            .Where(p => p.Length <= MaxPayloadForRandomCases)
            .ToArray();
        var failures = new List<string>();
        var worst = TimeSpan.Zero;
        int cases = 0, decoded = 0;

        void Try(string name, byte[] input, bool mustFail)
        {
            cases++;
            var clock = Stopwatch.StartNew();
            try
            {
                var term = EtfDecoder.Decode(input);
                decoded++;
                _ = EtfEncoder.Encode(term);
                _ = ETermFormatter.Format(term);
                if (mustFail)
                {
                    failures.Add($"{name}: decoded a truncated payload");
                }
            }
            catch (EtfFormatException)
            {
            }
            catch (Exception e)
            {
                failures.Add($"{name}: {e.GetType().Name}: {e.Message} [{Convert.ToHexString(input.AsSpan(0, Math.Min(input.Length, 64)))}]");
            }

            clock.Stop();
            worst = clock.Elapsed > worst ? clock.Elapsed : worst;
            if (clock.Elapsed > HangLimit)
            {
                failures.Add($"{name}: took {clock.Elapsed.TotalMilliseconds:F0} ms");
            }
        }

        // Every strict prefix of a term is incomplete: the format is self-delimiting.
        foreach (string label in TruncatedLabels)
        {
            byte[] full = EtfCorpus.BytesOf(label);
            for (int n = 0; n < full.Length; n++)
            {
                Try($"{label} cut to {n}", full[..n], mustFail: true);
            }
        }

        for (int i = 0; i < 4000; i++)
        {
            byte[] input = (byte[])payloads[random.Next(payloads.Length)].Clone();
            int flips = 1 + random.Next(3);
            for (int k = 0; k < flips; k++)
            {
                input[random.Next(input.Length)] ^= (byte)(1 << random.Next(8));
            }

            Try($"bit flips #{i}", input, mustFail: false);
        }

        byte[] interesting = [0, 1, 0x7F, 0x80, 0xFF, 70, 77, 80, 88, 97, 98, 99, 100, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 116, 119];
        for (int i = 0; i < 4000; i++)
        {
            byte[] input = (byte[])payloads[random.Next(payloads.Length)].Clone();
            int writes = 1 + random.Next(4);
            for (int k = 0; k < writes; k++)
            {
                input[random.Next(input.Length)] = random.Next(2) == 0
                    ? (byte)random.Next(256)
                    : interesting[random.Next(interesting.Length)];
            }

            Try($"overwrites #{i}", input, mustFail: false);
        }

        // Counts and sizes after tags that carry them, set to huge values.
        uint[] huge = [0x7FFFFFFF, 0xFFFFFFFF, 0x80000000, 0x0000FFFF, 0x00FFFFFF];
        int inflated = 0;
        for (int attempt = 0; inflated < 3000 && attempt < 200_000; attempt++)
        {
            byte[] source = payloads[random.Next(payloads.Length)];
            int at = random.Next(source.Length);
            if (Array.IndexOf(CountTags, source[at]) < 0 || at + 5 > source.Length)
            {
                continue;
            }

            byte[] input = (byte[])source.Clone();
            uint value = huge[random.Next(huge.Length)];
            int width = random.Next(3) switch { 0 => 1, 1 => 2, _ => 4 };
            for (int k = 0; k < width; k++)
            {
                input[at + 1 + k] = (byte)(value >> (8 * (width - 1 - k)));
            }

            inflated++;
            Try($"huge count after tag {source[at]} at {at} #{attempt}", input, mustFail: false);
        }

        output.WriteLine($"{cases} cases, {decoded} decoded, worst {worst.TotalMilliseconds:F1} ms");
        Assert.True(cases >= 10_000, $"only {cases} cases");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}
