using System.Globalization;
using System.Text;

namespace Enigma.Beam.Etf;

/// <summary>
/// Prints a term exactly as erl 25's <c>io:format("~w", [Term])</c> does
/// (<c>io_lib:write/1</c> with latin1 encoding), without recursion.
/// </summary>
/// <remarks>
/// Pids, ports and references print erl's <c>&lt;N.Id.Serial&gt;</c> forms, where
/// N is 0 for the node erl runs as when not distributed (<c>nonode@nohost</c>).
/// For other nodes erl prints a number from its node table that changes from
/// run to run; here N is a stable number (1..65535) derived from the node name.
/// Maps print their pairs in stored order up to 32 pairs and in reverse stored
/// order above, which is what erl prints for maps decoded from its own
/// <c>term_to_binary</c> output (see <see cref="PushMap"/>).
/// </remarks>
public static class ETermFormatter
{
    private const string LocalNode = "nonode@nohost";

    /// <summary>erl's flatmaps hold at most this many pairs; bigger maps are hash tries.</summary>
    private const int MaxFlatmapSize = 32;

    private static readonly HashSet<string> ReservedWords =
    [
        "after", "begin", "case", "try", "cond", "catch", "andalso", "orelse", "end", "fun", "if", "let", "of",
        "receive", "when", "bnot", "not", "div", "rem", "band", "and", "bor", "bxor", "bsl", "bsr", "or", "xor",
    ];

    public static string Format(ETerm t)
    {
        var sb = new StringBuilder();
        Format(t, sb);
        return sb.ToString();
    }

    public static void Format(ETerm t, StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(sb);

        // Work items: a term to print, or punctuation to append. Pushed in reverse.
        var stack = new ValueStack<(ETerm? Term, string? Text)>(16);
        stack.Push((t, null));
        while (stack.Count > 0)
        {
            var (term, text) = stack.Pop();
            if (term is null)
            {
                sb.Append(text);
                continue;
            }

            switch (term)
            {
                case EInteger i:
                    sb.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                    break;
                case EFloat f:
                    sb.Append(FloatText.Shortest(f.Value));
                    break;
                case EAtom a:
                    AppendAtom(sb, a.Name);
                    break;
                case ENil:
                    sb.Append("[]");
                    break;
                case ETuple tuple:
                    if (tuple.Elements.Length == 0)
                    {
                        sb.Append("{}");
                        break;
                    }

                    sb.Append('{');
                    stack.Push((null, "}"));
                    PushSeparated(ref stack, tuple.Elements);
                    break;
                case EList list:
                    sb.Append('[');
                    stack.Push((null, "]"));
                    if (list.Tail is not ENil)
                    {
                        stack.Push((list.Tail, null));
                        stack.Push((null, "|"));
                    }

                    PushSeparated(ref stack, list.Elements);
                    break;
                case EMap map:
                    PushMap(ref stack, map, sb);
                    break;
                case EBitstring bits:
                    AppendBitstring(sb, bits);
                    break;
                case EPid pid:
                    sb.Append('<').Append(NodeNumber(pid.Node)).Append('.')
                        .Append(pid.Id).Append('.').Append(pid.Serial).Append('>');
                    break;
                case EPort port:
                    sb.Append("#Port<").Append(NodeNumber(port.Node)).Append('.').Append(port.Id).Append('>');
                    break;
                case ERef reference:
                    sb.Append("#Ref<").Append(NodeNumber(reference.Node));
                    for (int k = reference.Ids.Length - 1; k >= 0; k--)
                    {
                        sb.Append('.').Append(reference.Ids[k]);
                    }

                    sb.Append('>');
                    break;
                case EExport export:
                    // erlang:fun_to_list/1, whose atom quoting (erl_printf_term.c) differs from io_lib's.
                    sb.Append("fun ");
                    AppendAtomAsC(sb, export.Module.Name);
                    sb.Append(':');
                    AppendAtomAsC(sb, export.Function.Name);
                    sb.Append('/').Append(export.Arity);
                    break;
                case EFun fun:
                    // erl prints the module's UTF-8 bytes unquoted, one character per byte.
                    sb.Append("#Fun<");
                    AppendBytesAsLatin1(sb, Encoding.UTF8.GetBytes(fun.Module.Name));
                    sb.Append('.').Append(fun.OldIndex).Append('.').Append(fun.OldUniq).Append('>');
                    break;
                default:
                    throw new InvalidOperationException($"Unknown term type {term.GetType()}.");
            }
        }
    }

    private static void PushSeparated(ref ValueStack<(ETerm? Term, string? Text)> stack, ETerm[] elements)
    {
        for (int k = elements.Length - 1; k >= 0; k--)
        {
            stack.Push((elements[k], null));
            if (k > 0)
            {
                stack.Push((null, ","));
            }
        }
    }

    /// <summary>
    /// erl iterates a flatmap in key order, which is also the order its encoder
    /// writes, but a hash-trie map in the reverse of its encoder's order. So a
    /// map decoded from <c>term_to_binary</c> output prints as erl prints it.
    /// </summary>
    private static void PushMap(ref ValueStack<(ETerm? Term, string? Text)> stack, EMap map, StringBuilder sb)
    {
        var pairs = map.Pairs;
        sb.Append("#{");
        stack.Push((null, "}"));
        bool reverse = pairs.Length > MaxFlatmapSize;
        for (int k = pairs.Length - 1; k >= 0; k--)
        {
            var pair = pairs[reverse ? pairs.Length - 1 - k : k];
            stack.Push((pair.Value, null));
            stack.Push((null, " => "));
            stack.Push((pair.Key, null));
            if (k > 0)
            {
                stack.Push((null, ","));
            }
        }
    }

    private static void AppendBitstring(StringBuilder sb, EBitstring bits)
    {
        sb.Append("<<");
        var bytes = bits.Bytes;
        int whole = bits.IsBinary ? bytes.Length : bytes.Length - 1;
        for (int k = 0; k < whole; k++)
        {
            if (k > 0)
            {
                sb.Append(',');
            }

            sb.Append(bytes[k]);
        }

        if (!bits.IsBinary)
        {
            if (whole > 0)
            {
                sb.Append(',');
            }

            int used = bits.BitsInLastByte;
            sb.Append(bytes[^1] >> (8 - used)).Append(':').Append(used);
        }

        sb.Append(">>");
    }

    private static long NodeNumber(EAtom node)
    {
        if (node.Name == LocalNode)
        {
            return 0;
        }

        // FNV-1a over the name: stable across runs and platforms.
        uint h = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(node.Name))
        {
            h = (h ^ b) * 16777619;
        }

        return (h % 65535) + 1;
    }

    /// <summary>io_lib:write_atom_as_latin1/1: quote when needed, escape controls and characters above 255.</summary>
    private static void AppendAtom(StringBuilder sb, string name)
    {
        if (!NeedsQuotes(name))
        {
            sb.Append(name);
            return;
        }

        sb.Append('\'');
        for (int k = 0; k < name.Length; k++)
        {
            int c = name[k];
            if (char.IsHighSurrogate(name[k]) && k + 1 < name.Length && char.IsLowSurrogate(name[k + 1]))
            {
                c = char.ConvertToUtf32(name[k], name[k + 1]);
                k++;
            }

            switch (c)
            {
                case '\'':
                    sb.Append("\\'");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case >= ' ' and <= '~':
                case >= 160 and <= 255:
                    sb.Append((char)c);
                    break;
                case > 255:
                    sb.Append("\\x{").Append(c.ToString("X", CultureInfo.InvariantCulture)).Append('}');
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\v':
                    sb.Append("\\v");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case 27:
                    sb.Append("\\e");
                    break;
                case 127:
                    sb.Append("\\d");
                    break;
                default:
                    AppendOctal(sb, c);
                    break;
            }
        }

        sb.Append('\'');
    }

    /// <summary>io_lib:quote_atom/2 (OTP 25, no feature keywords enabled).</summary>
    private static bool NeedsQuotes(string name)
    {
        if (name.Length == 0 || ReservedWords.Contains(name))
        {
            return true;
        }

        char first = name[0];
        if (!(first is >= 'a' and <= 'z' || (first is >= 'ß' and <= 'ÿ' && first != '÷')))
        {
            return true;
        }

        for (int k = 1; k < name.Length; k++)
        {
            char c = name[k];
            bool nameChar = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '@'
                || (c is >= 'ß' and <= 'ÿ' && c != '÷')
                || (c is >= 'À' and <= 'Þ' && c != '×');
            if (!nameChar)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>erl_printf_term.c's print_atom_name, which works on the UTF-8 bytes.</summary>
    private static void AppendAtomAsC(StringBuilder sb, string name)
    {
        byte[] s = Encoding.UTF8.GetBytes(name);
        if (s.Length == 0)
        {
            sb.Append("''");
            return;
        }

        bool quote = !IsLowerLatin1(Latin1Char(s, 0));
        for (int k = 1; !quote && k < s.Length; k++)
        {
            int lc = Latin1Char(s, k);
            quote = !(IsLowerLatin1(lc) || IsUpperLatin1(lc) || lc is >= '0' and <= '9' || lc == '_');
        }

        if (quote)
        {
            sb.Append('\'');
        }

        for (int k = 0; k < s.Length; k++)
        {
            byte c = s[k];
            switch (c)
            {
                case (byte)'\'':
                    sb.Append("\\'");
                    break;
                case (byte)'\\':
                    sb.Append("\\\\");
                    break;
                case (byte)'\n':
                    sb.Append("\\n");
                    break;
                case (byte)'\f':
                    sb.Append("\\f");
                    break;
                case (byte)'\t':
                    sb.Append("\\t");
                    break;
                case (byte)'\r':
                    sb.Append("\\r");
                    break;
                case (byte)'\b':
                    sb.Append("\\b");
                    break;
                case (byte)'\v':
                    sb.Append("\\v");
                    break;
                case < 0x20:
                    AppendOctal(sb, c);
                    break;
                case 0xC2 when k + 1 < s.Length && s[k + 1] < 0xA0:
                    // U+0080..U+009F, the Latin-1 controls.
                    AppendOctal(sb, s[++k]);
                    break;
                default:
                    sb.Append((char)c);
                    break;
            }
        }

        if (quote)
        {
            sb.Append('\'');
        }
    }

    /// <summary>erl_printf_term.c's latin1_char: the Latin-1 character a UTF-8 byte starts, roughly.</summary>
    private static int Latin1Char(byte[] s, int k)
    {
        int c1 = s[k];
        if ((c1 & 0x80) == 0)
        {
            return c1;
        }

        if ((c1 & 0xE0) == 0xC0)
        {
            int c2 = k + 1 < s.Length ? s[k + 1] : 0;
            return ((c1 & 0x1F) << 6) | (c2 & 0x3F);
        }

        // A continuation byte counts as a letter; a 3- or 4-byte sequence forces quotes.
        return (c1 & 0xC0) == 0x80 ? 'a' : 0;
    }

    private static bool IsLowerLatin1(int c) => c is >= 'a' and <= 'z' || (c is >= 223 and <= 255 && c != 247);

    private static bool IsUpperLatin1(int c) => c is >= 'A' and <= 'Z' || (c is >= 192 and <= 222 && c != 215);

    private static void AppendOctal(StringBuilder sb, int c) =>
        sb.Append('\\').Append((char)('0' + ((c >> 6) & 7))).Append((char)('0' + ((c >> 3) & 7))).Append((char)('0' + (c & 7)));

    private static void AppendBytesAsLatin1(StringBuilder sb, byte[] bytes)
    {
        foreach (byte b in bytes)
        {
            sb.Append((char)b);
        }
    }
}
