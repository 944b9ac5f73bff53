using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// re:compile/run/internal_run/version/inspect on System.Text.RegularExpressions. A compiled
/// pattern is the term {re_pattern, Groups, Unicode, CRLF, &lt;&lt;"ERE1", Flags:32, Source/binary&gt;&gt;};
/// the .NET regex behind it is cached by source and flags.
/// </summary>
internal static class RegexBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("re", "compile", 1, (p, a) => CompileBif(p, a[0], Term.Nil)),
        new("re", "compile", 2, (p, a) => CompileBif(p, a[0], a[1])),
        new("re", "run", 2, (p, a) => Run(p, a[0], a[1], Term.Nil)),
        new("re", "run", 3, (p, a) => Run(p, a[0], a[1], a[2])),
        new("re", "internal_run", 4, (p, a) => Run(p, a[0], a[1], a[2])),
        new("re", "version", 0, (p, a) => Term.Bitstring(Bitstring.Of(Encoding.ASCII.GetBytes("8.44 2020-02-12")))),
        new("re", "inspect", 2, Inspect),
    ];

    [Flags]
    private enum CFlags
    {
        None = 0, Caseless = 1, Multiline = 2, Dotall = 4, Extended = 8, Anchored = 16, DollarEndOnly = 32,
        Ungreedy = 64, Unicode = 128, NoAutoCapture = 256, Ucp = 512, Crlf = 1024,
    }

    private sealed record Keep(int Index, int Length, string Value);

    private sealed record Compiled(string Source, CFlags Flags, int Groups, Dictionary<string, int> Names);

    private sealed class BadOption : Exception;

    private sealed class CompileError(string message, int position) : Exception(message)
    {
        public int Position { get; } = position;
    }

    private static readonly byte[] Magic = "ERE1"u8.ToArray();
    private static readonly ConcurrentDictionary<(string, CFlags, int), (Regex Regex, RegexTranslation T)> Cache = new();
    private const int CacheLimit = 4096;

    private static Term A(string name) => Atoms.Intern(name);

    private static bool Is(Term t, string atom) => t.IsAtom && t.IsSameAs(A(atom));

    /// <summary>A compile option into the flags; false if it is not one.</summary>
    private static bool CompileOption(Term o, ref CFlags flags)
    {
        if (o.IsAtom)
        {
            switch (Atoms.Name(o))
            {
                case "caseless": flags |= CFlags.Caseless; return true;
                case "multiline": flags |= CFlags.Multiline; return true;
                case "dotall": flags |= CFlags.Dotall; return true;
                case "extended": flags |= CFlags.Extended; return true;
                case "anchored": flags |= CFlags.Anchored; return true;
                case "dollar_endonly": flags |= CFlags.DollarEndOnly; return true;
                case "ungreedy": flags |= CFlags.Ungreedy; return true;
                case "unicode": flags |= CFlags.Unicode; return true;
                case "no_auto_capture": flags |= CFlags.NoAutoCapture; return true;
                case "ucp": flags |= CFlags.Ucp; return true;
                case "dupnames" or "never_utf" or "no_start_optimize" or "bsr_anycrlf" or "bsr_unicode": return true;
                default: return false;
            }
        }
        if (o.IsTuple && o.TupleArity == 2 && Is(o.Element(1), "newline"))
        {
            var nl = o.Element(2);
            if (Is(nl, "lf"))
                return true;
            if (Is(nl, "any") || Is(nl, "anycrlf") || Is(nl, "anylf"))
            {
                flags |= CFlags.Crlf;
                return true;
            }
            throw new BadOption();
        }
        return false;
    }

    /// <summary>Chardata (unicode) or iodata (Latin-1) as a .NET string, or null.</summary>
    private static string? Text(Term data, bool unicode)
    {
        var sb = new StringBuilder();
        var pending = new Stack<Term>();
        pending.Push(data);
        var strict = new UTF8Encoding(false, true);
        while (pending.Count > 0)
        {
            var t = pending.Pop();
            if (t.IsNil)
                continue;
            if (t.IsBinary)
            {
                var bytes = t.Bits.WholeBytes;
                if (!unicode)
                    foreach (var b in bytes)
                        sb.Append((char)b);
                else
                {
                    try { sb.Append(strict.GetString(bytes)); }
                    catch (DecoderFallbackException) { return null; }
                }
            }
            else if (t.IsCons)
            {
                pending.Push(t.Tail);
                var h = t.Head;
                if (h.IsSmall)
                {
                    var c = h.SmallValue;
                    if (c < 0 || c > (unicode ? 0x10FFFF : 255) || c is >= 0xD800 and <= 0xDFFF)
                        return null;
                    sb.Append(char.ConvertFromUtf32((int)c));
                }
                else if (h.IsBinary || h.IsList)
                    pending.Push(h);
                else
                    return null;
            }
            else
                return null;
        }
        return sb.ToString();
    }

    private static byte[] Bytes(string s, bool unicode) =>
        unicode ? Encoding.UTF8.GetBytes(s) : [.. s.Select(c => (byte)c)];

    private static Term CompiledTerm(Process p, Compiled c)
    {
        var src = Bytes(c.Source, (c.Flags & CFlags.Unicode) != 0);
        var bin = new byte[8 + src.Length];
        Magic.CopyTo(bin, 0);
        var f = (int)c.Flags;
        bin[4] = (byte)(f >> 24); bin[5] = (byte)(f >> 16); bin[6] = (byte)(f >> 8); bin[7] = (byte)f;
        src.CopyTo(bin, 8);
        return p.Heap.Tuple([A("re_pattern"), Term.Small(c.Groups), Term.Small((c.Flags & CFlags.Unicode) != 0 ? 1 : 0),
            Term.Small((c.Flags & CFlags.Crlf) != 0 ? 1 : 0), Term.Bitstring(Bitstring.Of(bin))]);
    }

    private static Compiled? FromTerm(Term t)
    {
        if (!(t.IsTuple && t.TupleArity == 5 && Is(t.Element(1), "re_pattern") && t.Element(5).IsBinary))
            return null;
        var bin = t.Element(5).Bits.WholeBytes.ToArray();
        if (bin.Length < 8 || !bin.AsSpan(0, 4).SequenceEqual(Magic))
            return null;
        var flags = (CFlags)((bin[4] << 24) | (bin[5] << 16) | (bin[6] << 8) | bin[7]);
        var src = (flags & CFlags.Unicode) != 0 ? Encoding.UTF8.GetString(bin, 8, bin.Length - 8) : new string([.. bin.Skip(8).Select(b => (char)b)]);
        return Compile(src, flags);
    }

    private const int VNotBol = 1, VNotEol = 2, VAnchored = 4, VNotEmptyAtStart = 8;

    private static (Regex Regex, RegexTranslation T) Get(string source, CFlags flags, int variant)
    {
        if (Cache.TryGetValue((source, flags, variant), out var cached))
            return cached;
        // Only on a miss: Count takes every lock of the dictionary, which all schedulers share.
        if (Cache.Count > CacheLimit)
            Cache.Clear();
        return Cache.GetOrAdd((source, flags, variant), key =>
        {
            var (src, fl, v) = key;
            var t = new RegexTranslation
            {
                Extended = (fl & CFlags.Extended) != 0, Ungreedy = (fl & CFlags.Ungreedy) != 0, Ucp = (fl & CFlags.Ucp) != 0,
                Multiline = (fl & CFlags.Multiline) != 0, DollarEndOnly = (fl & CFlags.DollarEndOnly) != 0,
                NotBol = (v & VNotBol) != 0, NotEol = (v & VNotEol) != 0, NoAutoCapture = (fl & CFlags.NoAutoCapture) != 0,
            };
            var translated = t.Translate(src);
            var options = RegexOptions.CultureInvariant;
            if ((fl & CFlags.Caseless) != 0) options |= RegexOptions.IgnoreCase;
            if ((fl & CFlags.Multiline) != 0) options |= RegexOptions.Multiline;
            if ((fl & CFlags.Dotall) != 0) options |= RegexOptions.Singleline;
            try
            {
                _ = new Regex(translated, options);
            }
            catch (RegexParseException e)
            {
                throw new CompileError(Message(e.Error), Math.Clamp(e.Error is RegexParseError.InsufficientClosingParentheses or RegexParseError.UnterminatedBracket ? e.Offset : e.Offset - 1, 0, src.Length));
            }
            var anchored = (v & VAnchored) != 0 || (fl & CFlags.Anchored) != 0;
            var full = (anchored ? "\\G" : "") + "(?:" + translated + ")" + ((v & VNotEmptyAtStart) != 0 ? "(?!\\G)" : "");
            return (new Regex(full, options), t);
        });
    }

    private static string Message(RegexParseError e) => e switch
    {
        RegexParseError.InsufficientClosingParentheses => "missing )",
        RegexParseError.InsufficientOpeningParentheses => "unmatched parentheses",
        RegexParseError.UnterminatedBracket => "missing terminating ] for character class",
        RegexParseError.QuantifierAfterNothing or RegexParseError.NestedQuantifiersNotParenthesized => "nothing to repeat",
        RegexParseError.ReversedQuantifierRange => "numbers out of order in {} quantifier",
        RegexParseError.ReversedCharacterRange => "range out of order in character class",
        RegexParseError.UndefinedNumberedReference or RegexParseError.UndefinedNamedReference => "reference to non-existent subpattern",
        RegexParseError.UnescapedEndingBackslash => "\\ at end of pattern",
        _ => e.ToString(),
    };

    /// <summary>Translates and checks a pattern; throws CompileError or RegexUnsupportedException.</summary>
    private static Compiled Compile(string source, CFlags flags)
    {
        var (_, t) = Get(source, flags, 0);
        return new Compiled(source, flags, t.Groups, t.Names);
    }

    private static Term CompileBif(Process p, Term pattern, Term options)
    {
        var list = ListBifs.Elements(options);
        if (list is null)
            return p.Badarg();
        var flags = CFlags.None;
        try
        {
            foreach (var o in list)
                if (!CompileOption(o, ref flags))
                    return p.Badarg();
            var source = pattern.IsBinary || pattern.IsList ? Text(pattern, (flags & CFlags.Unicode) != 0) : null;
            if (source is null)
                return p.Badarg();
            return p.Heap.Tuple([Atoms.Ok, CompiledTerm(p, Compile(source, flags))]);
        }
        catch (BadOption) { return p.Badarg(); }
        catch (RegexUnsupportedException) { return p.Badarg(); }
        catch (CompileError e)
        {
            return p.Heap.Tuple([Atoms.Error, p.Heap.Tuple([p.Heap.String(e.Message), Term.Small(e.Position)])]);
        }
    }

    private static Term Inspect(Process p, ReadOnlySpan<Term> a)
    {
        if (!Is(a[1], "namelist"))
            return p.Badarg();
        try
        {
            var c = FromTerm(a[0]);
            if (c is null)
                return p.Badarg();
            var names = c.Names.Keys.Order(StringComparer.Ordinal).Select(n => Term.Bitstring(Bitstring.Of(Bytes(n, (c.Flags & CFlags.Unicode) != 0)))).ToArray();
            return p.Heap.Tuple([A("namelist"), p.Heap.List(names)]);
        }
        catch (Exception e) when (e is CompileError or RegexUnsupportedException) { return p.Badarg(); }
    }

    private static Term Run(Process p, Term subject, Term pattern, Term options)
    {
        var list = ListBifs.Elements(options);
        if (list is null)
            return p.Badarg();
        bool reportErrors = false;
        try
        {
            var flags = CFlags.None;
            bool global = false, notEmpty = false, notEmptyAtStart = false;
            int variant = 0;
            long offset = 0;
            Term spec = A("all");
            string type = "index";
            var precompiled = pattern.IsTuple;
            bool unicodeAsked = false;
            foreach (var o in list)
            {
                if (o.IsAtom)
                {
                    switch (Atoms.Name(o))
                    {
                        case "global": global = true; continue;
                        case "notempty": notEmpty = true; continue;
                        case "notempty_atstart": notEmptyAtStart = true; continue;
                        case "notbol": variant |= VNotBol; continue;
                        case "noteol": variant |= VNotEol; continue;
                        case "anchored": variant |= VAnchored; continue;
                        case "report_errors": reportErrors = true; continue;
                        case "unicode" when precompiled: unicodeAsked = true; continue;
                    }
                }
                else if (o.IsTuple && o.TupleArity is 2 or 3 && o.Element(1).IsAtom)
                {
                    var key = Atoms.Name(o.Element(1));
                    if (key == "offset" && o.TupleArity == 2 && o.Element(2).IsSmall && o.Element(2).SmallValue >= 0)
                    {
                        offset = o.Element(2).SmallValue;
                        continue;
                    }
                    if (key is "match_limit" or "match_limit_recursion" && o.TupleArity == 2 && o.Element(2).IsSmall)
                        continue;
                    if (key == "capture")
                    {
                        spec = o.Element(2);
                        if (o.TupleArity == 3)
                        {
                            if (!o.Element(3).IsAtom || Atoms.Name(o.Element(3)) is not ("index" or "list" or "binary"))
                                return p.Badarg();
                            type = Atoms.Name(o.Element(3));
                        }
                        continue;
                    }
                }
                if (precompiled || !CompileOption(o, ref flags))
                    return p.Badarg();
            }
            Compiled compiled;
            if (precompiled)
            {
                if (FromTerm(pattern) is not { } c || (unicodeAsked && (c.Flags & CFlags.Unicode) == 0))
                    return p.Badarg();
                compiled = c;
            }
            else
            {
                var source = pattern.IsBinary || pattern.IsList ? Text(pattern, (flags & CFlags.Unicode) != 0) : null;
                if (source is null)
                    return p.Badarg();
                compiled = Compile(source, flags);
            }
            bool unicode = (compiled.Flags & CFlags.Unicode) != 0;
            var str = subject.IsBinary || subject.IsList ? Text(subject, unicode) : null;
            if (str is null)
                return p.Badarg();
            var bytes = subject.IsBinary ? subject.Bits.WholeBytes.ToArray() : Bytes(str, unicode);
            // byteAt[charIndex] and charAt[byteOffset]
            var byteAt = new int[str.Length + 1];
            var charAt = new int[bytes.Length + 1];
            Array.Fill(charAt, -1);
            int pos = 0;
            for (int i = 0; i < str.Length; i++)
            {
                byteAt[i] = pos;
                charAt[pos] = i;
                if (!unicode) pos++;
                else if (char.IsHighSurrogate(str[i]) && i + 1 < str.Length) { byteAt[i + 1] = pos; i++; pos += 4; }
                else pos += str[i] < 0x80 ? 1 : str[i] < 0x800 ? 2 : 3;
            }
            byteAt[str.Length] = pos;
            charAt[pos] = str.Length;
            if (offset > bytes.Length || charAt[offset] < 0)
                return p.Badarg();
            int start = charAt[offset];

            Match? Exec(int at, bool anchored, bool nonEmptyAtStart)
            {
                int v = variant | (anchored ? VAnchored : 0) | (nonEmptyAtStart ? VNotEmptyAtStart : 0);
                if (notEmpty)
                {
                    var (rx, _) = Get(compiled.Source, compiled.Flags, v | VAnchored | VNotEmptyAtStart);
                    bool anch = anchored || (v & VAnchored) != 0 || (compiled.Flags & CFlags.Anchored) != 0;
                    for (int s = at; s <= str.Length; s++)
                    {
                        var m = rx.Match(str, s);
                        if (m.Success)
                            return m;
                        if (anch)
                            break;
                    }
                    return null;
                }
                var r = Get(compiled.Source, compiled.Flags, v).Regex.Match(str, at);
                return r.Success ? r : null;
            }

            var matches = new List<Match>();
            var first = Exec(start, false, notEmptyAtStart);
            if (first is not null)
            {
                matches.Add(first);
                if (global)
                {
                    var last = first;
                    while (true)
                    {
                        int at = last.Index + last.Length;
                        Match? next;
                        if (last.Length > 0)
                            next = at <= str.Length ? Exec(at, false, false) : null;
                        else
                        {
                            next = Exec(at, true, true);
                            if (next is null)
                            {
                                if (at >= str.Length)
                                    break;
                                int step = (compiled.Flags & CFlags.Crlf) != 0 && str[at] == '\r' && at + 1 < str.Length && str[at + 1] == '\n' ? 2
                                    : char.IsHighSurrogate(str[at]) && at + 1 < str.Length ? 2 : 1;
                                next = Exec(at + step, false, false);
                            }
                        }
                        if (next is null)
                            break;
                        matches.Add(next);
                        last = next;
                    }
                }
            }
            if (matches.Count == 0)
                return A("nomatch");
            if (Is(spec, "none"))
                return A("match");
            var groups = Selected(spec, compiled);
            if (groups is null)
                return p.Badarg();

            Term Value(Match m, int g)
            {
                Group? found = g >= 0 && g <= compiled.Groups ? m.Groups[g] : null;
                bool set = found is not null && found.Success;
                Keep? grp = set ? new Keep(found!.Index, found.Length, found.Value) : null;
                if (g == 0 && m.Groups[RegexTranslation.KeepName] is { Success: true } keep)
                    grp = new Keep(keep.Index, m.Index + m.Length - keep.Index, str.Substring(keep.Index, m.Index + m.Length - keep.Index));
                switch (type)
                {
                    case "index":
                        if (!set) return p.Heap.Tuple([Term.Small(-1), Term.Small(0)]);
                        int b = byteAt[grp!.Index];
                        return p.Heap.Tuple([Term.Small(b), Term.Small(byteAt[grp.Index + grp.Length] - b)]);
                    case "list":
                        return set ? p.Heap.String(grp!.Value) : Term.Nil;
                    default:
                        if (!set) return Term.Bitstring(Bitstring.Of([]));
                        int s = byteAt[grp!.Index];
                        return Term.Bitstring(Bitstring.Of(bytes[s..byteAt[grp.Index + grp.Length]]));
                }
            }

            // all / all_but_first leave out the unset groups at the end, as PCRE's count does.
            bool truncate = Is(spec, "all") || Is(spec, "all_but_first");
            Term One(Match m)
            {
                var selected = groups;
                if (truncate)
                {
                    int last = compiled.Groups;
                    while (last > 0 && !m.Groups[last].Success)
                        last--;
                    selected = [.. groups.Where(g => g <= last)];
                }
                return p.Heap.List([.. selected.Select(g => Value(m, g))]);
            }
            Term result = global ? p.Heap.List([.. matches.Select(One)]) : One(matches[0]);
            return p.Heap.Tuple([A("match"), result]);
        }
        catch (BadOption) { return p.Badarg(); }
        catch (RegexUnsupportedException) { return p.Badarg(); }
        catch (CompileError e)
        {
            return reportErrors
                ? p.Heap.Tuple([Atoms.Error, p.Heap.Tuple([A("compile"), p.Heap.Tuple([p.Heap.String(e.Message), Term.Small(e.Position)])])])
                : p.Badarg();
        }
    }

    /// <summary>The group numbers a capture spec selects (-1 for a name that does not exist), or null if bad.</summary>
    private static List<int>? Selected(Term spec, Compiled c)
    {
        if (spec.IsAtom)
        {
            return Atoms.Name(spec) switch
            {
                "all" => [.. Enumerable.Range(0, c.Groups + 1)],
                "all_but_first" => [.. Enumerable.Range(1, c.Groups)],
                "first" => [0],
                "all_names" => [.. c.Names.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value)],
                _ => null,
            };
        }
        var items = ListBifs.Elements(spec);
        if (items is null)
            return null;
        var result = new List<int>();
        foreach (var item in items)
        {
            if (item.IsSmall && item.SmallValue >= 0)
                result.Add(item.SmallValue <= c.Groups ? (int)item.SmallValue : -1);
            else
            {
                string? name = item.IsAtom ? Atoms.Name(item) : Text(item, true);
                if (name is null)
                    return null;
                result.Add(c.Names.TryGetValue(name, out var n) ? n : -1);
            }
        }
        return result;
    }
}
