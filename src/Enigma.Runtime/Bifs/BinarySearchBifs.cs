using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// binary:match/matches/split and compile_pattern: search for one or several byte
/// patterns (leftmost match; of those starting at one place, the longest, as erts does).
/// </summary>
internal static class BinarySearchBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("binary", "compile_pattern", 1, CompilePattern),
        new("binary", "longest_common_prefix", 1, (p, a) => Common(p, a[0], fromEnd: false)),
        new("binary", "longest_common_suffix", 1, (p, a) => Common(p, a[0], fromEnd: true)),
        new("binary", "match", 2, (p, a) => Match(p, a[0], a[1], Term.Nil)),
        new("binary", "match", 3, (p, a) => Match(p, a[0], a[1], a[2])),
        new("binary", "matches", 2, (p, a) => Matches(p, a[0], a[1], Term.Nil)),
        new("binary", "matches", 3, (p, a) => Matches(p, a[0], a[1], a[2])),
        new("binary", "split", 2, (p, a) => Split(p, a[0], a[1], Term.Nil)),
        new("binary", "split", 3, (p, a) => Split(p, a[0], a[1], a[2])),
    ];

    private static readonly Term CompiledTag = Atoms.Intern("bm");

    /// <summary>
    /// compile_pattern/1: erl gives an opaque {bm | ac, Ref}; here {bm, [Binary...]}, which
    /// match and split take apart again (the search needs no precomputed tables).
    /// </summary>
    private static Term CompilePattern(Process p, ReadOnlySpan<Term> a) =>
        Patterns(a[0]) is { } patterns
            ? p.Heap.Tuple([CompiledTag, p.Heap.List([.. patterns.Select(b => Term.Bitstring(Bitstring.Of(b)))])])
            : p.Badarg();

    /// <summary>A non-empty binary, a non-empty list of them, or a compiled pattern.</summary>
    private static byte[][]? Patterns(Term pattern)
    {
        if (pattern.IsTuple && pattern.TupleArity == 2 && pattern.Element(1).IsSameAs(CompiledTag))
            pattern = pattern.Element(2);
        if (pattern.IsBinary)
            return pattern.Bits.ByteSize > 0 ? [pattern.Bits.WholeBytes.ToArray()] : null;
        var list = ListBifs.Elements(pattern);
        if (list is null || list.Count == 0 || list.Any(t => !t.IsBinary || t.Bits.ByteSize == 0))
            return null;
        return [.. list.Select(t => t.Bits.WholeBytes.ToArray())];
    }

    /// <summary>The options: {scope, {Start, Length}} and, for split, global / trim / trim_all.</summary>
    private sealed record Options(long Start, long Length, bool Global, bool Trim, bool TrimAll);

    private static Options? ParseOptions(Term options, long size, bool forSplit)
    {
        var list = ListBifs.Elements(options);
        if (list is null)
            return null;
        var result = new Options(0, size, false, false, false);
        foreach (var o in list)
        {
            if (o.IsTuple && o.TupleArity == 2 && o.Element(1).IsSameAs(Atoms.Intern("scope"))
                && o.Element(2) is { IsTuple: true, TupleArity: 2 } scope && scope.Element(1).IsSmall && scope.Element(2).IsSmall)
            {
                long start = scope.Element(1).SmallValue, length = scope.Element(2).SmallValue;
                if (length < 0)
                    (start, length) = (start + length, -length);
                if (start < 0 || start + length > size)
                    return null;
                result = result with { Start = start, Length = length };
            }
            else if (forSplit && o.IsSameAs(Atoms.Intern("global")))
                result = result with { Global = true };
            else if (forSplit && o.IsSameAs(Atoms.Intern("trim")))
                result = result with { Trim = true };
            else if (forSplit && o.IsSameAs(Atoms.Intern("trim_all")))
                result = result with { TrimAll = true };
            else
                return null;
        }
        return result;
    }

    /// <summary>The leftmost (then longest) match at or after <paramref name="from"/> before <paramref name="end"/>.</summary>
    private static (long Start, long Length)? Find(ReadOnlySpan<byte> haystack, byte[][] patterns, long from, long end)
    {
        for (var at = from; at < end; at++)
        {
            var best = -1;
            foreach (var pattern in patterns)
            {
                if (pattern.Length > best && at + pattern.Length <= end && haystack.Slice((int)at, pattern.Length).SequenceEqual(pattern))
                    best = pattern.Length;
            }
            if (best > 0)
                return (at, best);
        }
        return null;
    }

    /// <summary>The length of the longest common prefix (or suffix) of a non-empty list of binaries.</summary>
    private static Term Common(Process p, Term list, bool fromEnd)
    {
        var binaries = ListBifs.Elements(list);
        if (binaries is null || binaries.Count == 0 || binaries.Any(b => !b.IsBinary))
            return p.Badarg();
        var bytes = binaries.Select(b => b.Bits.WholeBytes.ToArray()).ToList();
        var shortest = bytes.Min(b => b.Length);
        var n = 0;
        while (n < shortest && bytes.All(b => b[fromEnd ? b.Length - 1 - n : n] == bytes[0][fromEnd ? bytes[0].Length - 1 - n : n]))
            n++;
        return Term.Small(n);
    }

    private static Term Match(Process p, Term subject, Term pattern, Term options)
    {
        if (!subject.IsBinary || Patterns(pattern) is not { } patterns || ParseOptions(options, subject.Bits.ByteSize, false) is not { } o)
            return p.Badarg();
        var found = Find(subject.Bits.WholeBytes, patterns, o.Start, o.Start + o.Length);
        return found is var (start, length) ? p.Heap.Tuple([Term.Small(start), Term.Small(length)]) : Atoms.Intern("nomatch");
    }

    private static Term Matches(Process p, Term subject, Term pattern, Term options)
    {
        if (!subject.IsBinary || Patterns(pattern) is not { } patterns || ParseOptions(options, subject.Bits.ByteSize, false) is not { } o)
            return p.Badarg();
        var bytes = subject.Bits.WholeBytes;
        var results = new List<Term>();
        for (var at = o.Start; Find(bytes, patterns, at, o.Start + o.Length) is var (start, length);)
        {
            results.Add(p.Heap.Tuple([Term.Small(start), Term.Small(length)]));
            at = start + length;
        }
        return p.Heap.List([.. results]);
    }

    private static Term Split(Process p, Term subject, Term pattern, Term options)
    {
        if (!subject.IsBinary || Patterns(pattern) is not { } patterns || ParseOptions(options, subject.Bits.ByteSize, true) is not { } o)
            return p.Badarg();
        var bits = subject.Bits;
        var bytes = bits.WholeBytes;
        var parts = new List<(long Start, long Length)>();
        long from = 0;
        for (var at = o.Start; Find(bytes, patterns, at, o.Start + o.Length) is var (start, length);)
        {
            parts.Add((from, start - from));
            from = at = start + length;
            if (!o.Global)
                break;
        }
        parts.Add((from, bytes.Length - from));
        if (o.TrimAll)
            parts.RemoveAll(part => part.Length == 0);
        else if (o.Trim)
        {
            while (parts.Count > 0 && parts[^1].Length == 0)
                parts.RemoveAt(parts.Count - 1);
        }
        return p.Heap.List([.. parts.Select(part => Term.Bitstring(new Bitstring(bits.Data, bits.BitOffset + part.Start * 8, part.Length * 8)))]);
    }
}
