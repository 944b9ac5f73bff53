using Enigma.Beam.Etf;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Terms;

/// <summary>
/// otp-fixtures/terms/term_order_ref.out, recorded from real erl by
/// term_order_ref.erl (see the record formats at the top of that file).
/// </summary>
internal static class TermReference
{
    private static readonly Lazy<Data> Loaded = new(Load);

    public static string FilePath => Path.Combine(RepoPaths.Fixtures, "terms", "term_order_ref.out");

    public static int Count => Loaded.Value.Entries.Length;

    /// <summary>Entry i (0-based; erl's term i + 1).</summary>
    public static Entry At(int i) => Loaded.Value.Entries[i];

    public static IReadOnlyList<Entry> Entries => Loaded.Value.Entries;

    /// <summary>The ranges of <see cref="Entry.Ranged"/>, 2^32 included.</summary>
    public static IReadOnlyList<ulong> Ranges => Loaded.Value.Ranges;

    /// <summary>0-based indices in lists:sort order of [{T, I}] (ties broken by index).</summary>
    public static IReadOnlyList<int> SortOrder => Loaded.Value.Sorted;

    public static IEnumerable<object[]> Indices() => Enumerable.Range(0, Count).Select(i => new object[] { i });

    public sealed class Entry
    {
        public required int Index { get; init; }

        public required byte[] External { get; set; }

        public ETerm Decoded => EtfDecoder.Decode(External);

        /// <summary>A fresh runtime copy of the term.</summary>
        public Term Build() => TestTerms.FromETerm(Decoded);

        /// <summary>~w text; null until read.</summary>
        public string? Printed { get; set; }

        public uint Phash2 { get; set; }

        public uint[] Ranged { get; set; } = [];

        /// <summary>'&lt;', '=' or '&gt;' against each term, by Erlang's term order.</summary>
        public string Order { get; set; } = "";

        /// <summary>'1' where =:= holds against each term.</summary>
        public string Exact { get; set; } = "";

        public override string ToString() => $"term {Index + 1}: {Printed}";
    }

    private sealed record Data(Entry[] Entries, ulong[] Ranges, int[] Sorted);

    private static Data Load()
    {
        var entries = new List<Entry>();
        ulong[] ranges = [];
        int[] sorted = [];
        int lineNumber = 0;
        foreach (string line in File.ReadLines(FilePath))
        {
            lineNumber++;
            string[] f = line.Split(' ', 3);
            Entry E() => entries[int.Parse(f[1]) - 1];
            switch (f[0])
            {
                case "R":
                    ranges = ParseList(f[1]).Select(ulong.Parse).ToArray();
                    break;
                case "N":
                    break;
                case "T":
                    entries.Add(new Entry { Index = entries.Count, External = ParseBinary(f[2]) });
                    if (int.Parse(f[1]) != entries.Count)
                        throw new InvalidDataException($"{FilePath}:{lineNumber}: terms out of order");
                    break;
                case "W":
                    E().Printed = f[2];
                    break;
                case "WX":
                    E().Printed = new string(ParseBinary(f[2]).Select(b => (char)b).ToArray());
                    break;
                case "H":
                    var hashes = f[2].Split(' ').Select(uint.Parse).ToArray();
                    E().Phash2 = hashes[0];
                    E().Ranged = hashes[1..];
                    break;
                case "C":
                    E().Order = f[2];
                    break;
                case "X":
                    E().Exact = f[2];
                    break;
                case "S":
                    sorted = ParseList(f[1]).Select(s => int.Parse(s) - 1).ToArray();
                    break;
                default:
                    throw new InvalidDataException($"{FilePath}:{lineNumber}: unknown record '{f[0]}'.");
            }
        }

        return new Data([.. entries], ranges, sorted);
    }

    private static string[] ParseList(string text) =>
        text.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static byte[] ParseBinary(string text) =>
        text["<<".Length..^">>".Length].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(byte.Parse).ToArray();
}
