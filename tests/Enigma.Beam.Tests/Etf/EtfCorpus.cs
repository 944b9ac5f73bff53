using Enigma.Beam.Etf;

namespace Enigma.Beam.Tests.Etf;

/// <summary>
/// otp-fixtures/etf/etf_corpus.out, recorded from real erl by etf_corpus.erl
/// (see the record formats at the top of that file).
/// </summary>
internal static class EtfCorpus
{
    private static readonly Lazy<Data> Loaded = new(Load);

    /// <summary>T lines: term_to_binary(Term, Options).</summary>
    public static IReadOnlyList<Encoded> Terms => Loaded.Value.Terms;

    /// <summary>W/WX lines: ~w output by label.</summary>
    public static IReadOnlyList<(string Label, string Text)> Printed => Loaded.Value.Printed;

    /// <summary>R lines: accepted binary_to_term inputs and erl's re-encoding of the result.</summary>
    public static IReadOnlyList<(string Label, byte[] Input, byte[] Reencoded)> Accepted => Loaded.Value.Accepted;

    /// <summary>X lines: inputs erl's binary_to_term rejects.</summary>
    public static IReadOnlyList<(string Label, byte[] Input)> Rejected => Loaded.Value.Rejected;

    public static string FilePath => Path.Combine(RepoPaths.Fixtures, "etf", "etf_corpus.out");

    /// <summary>The bytes erl produced for a label: its first T line, else its R line's input.</summary>
    public static byte[] BytesOf(string label) =>
        Loaded.Value.FirstBytes.TryGetValue(label, out var bytes)
            ? bytes
            : throw new KeyNotFoundException($"No T or R line labelled {label} in {FilePath}.");

    public sealed record Encoded(string Label, string OptionsText, EtfEncodeOptions Options, byte[] Bytes)
    {
        public bool Compressed => Options.CompressionLevel != 0;

        public override string ToString() => $"{Label} [{OptionsText}]";
    }

    private sealed record Data(
        List<Encoded> Terms,
        List<(string, string)> Printed,
        List<(string, byte[], byte[])> Accepted,
        List<(string, byte[])> Rejected,
        Dictionary<string, byte[]> FirstBytes);

    private static Data Load()
    {
        var data = new Data([], [], [], [], []);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(FilePath))
        {
            lineNumber++;
            string[] f = line.Split(' ', 4);
            switch (f[0])
            {
                case "T":
                    var encoded = new Encoded(f[1], f[2], ParseOptions(f[2]), Convert.FromHexString(f[3]));
                    data.Terms.Add(encoded);
                    data.FirstBytes.TryAdd(f[1], encoded.Bytes);
                    break;
                case "W":
                    data.Printed.Add((f[1], line[(f[0].Length + f[1].Length + 2)..]));
                    break;
                case "WX":
                    data.Printed.Add((f[1], new string(Convert.FromHexString(f[2]).Select(b => (char)b).ToArray())));
                    break;
                case "R":
                    byte[] input = Convert.FromHexString(f[2]);
                    data.Accepted.Add((f[1], input, Convert.FromHexString(f[3])));
                    data.FirstBytes.TryAdd(f[1], input);
                    break;
                case "X":
                    data.Rejected.Add((f[1], f.Length > 2 ? Convert.FromHexString(f[2]) : []));
                    break;
                default:
                    throw new InvalidDataException($"{FilePath}:{lineNumber}: unknown record '{f[0]}'.");
            }
        }

        return data;
    }

    private static EtfEncodeOptions ParseOptions(string text)
    {
        var options = new EtfEncodeOptions();
        if (text == "-")
        {
            return options;
        }

        foreach (string option in text.Split(','))
        {
            string[] kv = option.Split(':');
            options = kv[0] switch
            {
                "compressed" => options with { CompressionLevel = kv.Length > 1 ? int.Parse(kv[1]) : 6 },
                "minor" => options with { MinorVersion = int.Parse(kv[1]) },
                _ => throw new InvalidDataException($"Unknown option '{option}' in {FilePath}."),
            };
        }

        return options;
    }
}
