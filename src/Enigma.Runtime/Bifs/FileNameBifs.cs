using System.Text;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// File names between Erlang and the system (erl_unicode.c), for a node whose native file
/// name encoding is UTF-8 (erl's on Linux with a UTF-8 locale): native names are UTF-8
/// binaries ending in NUL.
/// </summary>
internal static class FileNameBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("file", "native_name_encoding", 0, (_, _) => Atoms.Intern("utf8")),
        new("prim_file", "internal_name2native", 1, NameToNative),
        new("prim_file", "internal_native2name", 1, (p, a) => a[0].IsBinary ? NativeToName(p, a[0]) : p.Badarg()),
        new("prim_file", "internal_normalize_utf8", 1, (p, a) => a[0].IsBinary && Decode(a[0]) is { } s ? p.Heap.String(s) : p.Badarg()),
        new("prim_file", "is_translatable", 1, (p, a) => a[0].IsBinary ? Term.Boolean(Decode(a[0]) is not null) : p.Badarg()),
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string? Decode(Term binary)
    {
        try
        {
            return StrictUtf8.GetString(binary.Bits.WholeBytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>A binary as it is, or a (deep) list of characters as UTF-8, with a NUL added; a NUL inside is badarg.</summary>
    private static Term NameToNative(Process p, ReadOnlySpan<Term> a)
    {
        var bytes = new List<byte>();
        if (a[0].IsBinary)
            bytes.AddRange(a[0].Bits.WholeBytes);
        else if (!a[0].IsList || !AppendChars(a[0], bytes))
            return p.Badarg();
        if (bytes.Contains(0))
            return p.Badarg();
        bytes.Add(0);
        return FileNifs.Binary(bytes.ToArray());
    }

    private static bool AppendChars(Term list, List<byte> bytes)
    {
        var pending = new Stack<Term>();
        pending.Push(list);
        Span<byte> utf8 = stackalloc byte[4];
        while (pending.TryPop(out var t))
        {
            if (t.IsNil)
                continue;
            if (t.IsBinary)
            {
                bytes.AddRange(t.Bits.WholeBytes);
                continue;
            }
            if (!t.IsCons)
                return false;
            pending.Push(t.Tail);
            var head = t.Head;
            if (head.IsList || head.IsBinary)
                pending.Push(head);
            else if (head.IsSmall && head.SmallValue is >= 0 and <= 0x10FFFF && !(head.SmallValue is >= 0xD800 and <= 0xDFFF))
                bytes.AddRange(utf8[..new Rune((int)head.SmallValue).EncodeToUtf8(utf8)]);
            else
                return false;
        }
        return true;
    }

    /// <summary>A native name as a list of characters; {error, warning} when it is not UTF-8 (erl's default +fnuw).</summary>
    private static Term NativeToName(Process p, Term binary) =>
        Decode(binary) is { } name ? p.Heap.String(name) : p.Heap.Tuple([Atoms.Error, Atoms.Intern("warning")]);
}
