using System.Globalization;
using System.Text;
using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// erlang:display/1's text: erts' own term printer (erl_printf_term.c), which differs from
/// ~w: floats are C's "%.6e", lists of Latin-1 printable characters print as "...", with
/// only '"' and newline escaped, a binary of printable ASCII prints as &lt;&lt;"..."&gt;&gt;, an
/// atom is quoted only when it does not start with a lowercase Latin-1 letter or holds
/// anything but Latin-1 letters, digits and '_'. Iterative, so any depth prints.
/// </summary>
internal static class DisplayPrinter
{
    public static string Print(Term term)
    {
        var sb = new StringBuilder();
        // Pending work, last first: a term to print, or literal text (a separator, a closing bracket).
        var stack = new Stack<(Term Term, string? Text)>();
        stack.Push((term, null));
        while (stack.Count > 0)
        {
            var (t, text) = stack.Pop();
            if (text is not null)
            {
                sb.Append(text);
                continue;
            }
            switch (t.Tag)
            {
                case TermTag.Nil:
                    sb.Append("[]");
                    break;
                case TermTag.Atom:
                    AppendAtom(sb, Atoms.Name(t));
                    break;
                case TermTag.Small:
                case TermTag.Big:
                    sb.Append(t.BigValue.ToString(CultureInfo.InvariantCulture));
                    break;
                case TermTag.Float:
                    sb.Append(FloatFormat.Exponent(t.FloatValue, 6));
                    break;
                case TermTag.Cons:
                    if (!AppendString(sb, t))
                    {
                        sb.Append('[');
                        var items = new List<(Term, string?)>();
                        var cell = t;
                        items.Add((cell.Head, null));
                        for (cell = cell.Tail; cell.IsCons; cell = cell.Tail)
                        {
                            items.Add((default, ","));
                            items.Add((cell.Head, null));
                        }
                        if (!cell.IsNil)
                        {
                            items.Add((default, "|"));
                            items.Add((cell, null));
                        }
                        items.Add((default, "]"));
                        PushAll(stack, items);
                    }
                    break;
                case TermTag.Tuple:
                {
                    sb.Append('{');
                    var items = new List<(Term, string?)>();
                    for (int i = 1; i <= t.TupleArity; i++)
                    {
                        if (i > 1)
                            items.Add((default, ","));
                        items.Add((t.Element(i), null));
                    }
                    items.Add((default, "}"));
                    PushAll(stack, items);
                    break;
                }
                case TermTag.Map when t.Block[t.Offset].SpecialKind == SpecialKind.MapHeader:
                {
                    sb.Append("#{");
                    var keys = Maps.FlatKeys(t);
                    var values = Maps.FlatValues(t);
                    var items = new List<(Term, string?)>();
                    for (int i = 0; i < keys.Length; i++)
                    {
                        if (i > 0)
                            items.Add((default, ","));
                        items.Add((keys[i], null));
                        items.Add((default, "=>"));
                        items.Add((values[i], null));
                    }
                    items.Add((default, "}"));
                    PushAll(stack, items);
                    break;
                }
                case TermTag.Map:
                {
                    // erl shows a trie's nodes: #<bitmap>{...} for the root, <bitmap>{...} below
                    // it, and its leaves as [Key|Value] cells.
                    var header = t.Block[t.Offset];
                    sb.Append(header.SpecialKind == SpecialKind.HashHead ? "#<" : "<")
                        .Append(HashMap.Bitmap(header).ToString("x", CultureInfo.InvariantCulture)).Append(">{");
                    var items = new List<(Term, string?)>();
                    for (int i = 0; i < HashMap.ChildCount(header); i++)
                    {
                        if (i > 0)
                            items.Add((default, ","));
                        items.Add((t.Block[t.Offset + 1 + i], null));
                    }
                    items.Add((default, "}"));
                    PushAll(stack, items);
                    break;
                }
                case TermTag.Bitstring:
                    AppendBits(sb, t.Bits);
                    break;
                case TermTag.Fun:
                {
                    var lambda = TermReader.Lambda(t);
                    sb.Append("#Fun<").Append(lambda.ModuleName).Append('.')
                        .Append(lambda.Index).Append('.').Append(unchecked((int)lambda.OldUniq)).Append('>');
                    break;
                }
                case TermTag.Other when t.Box is ExportFun f:
                    sb.Append("fun ");
                    AppendAtom(sb, Atoms.Name(f.Export.Module));
                    sb.Append(':');
                    AppendAtom(sb, Atoms.Name(f.Export.Function));
                    sb.Append('/').Append(f.Export.Arity);
                    break;
                default:
                    // Pids, ports and references print as ~w prints them.
                    sb.Append(TermPrinter.Print(t));
                    break;
            }
        }
        return sb.ToString();
    }

    private static void PushAll(Stack<(Term, string?)> stack, List<(Term, string?)> items)
    {
        for (int i = items.Count - 1; i >= 0; i--)
            stack.Push(items[i]);
    }

    /// <summary>A non-empty proper list of Latin-1 characters that are printable or space-like, as "...".</summary>
    private static bool AppendString(StringBuilder sb, Term list)
    {
        var cell = list;
        for (; cell.IsCons; cell = cell.Tail)
        {
            var c = cell.Head;
            if (!c.IsSmall || c.SmallValue is < 0 or > 255)
                return false;
            long ch = c.SmallValue;
            bool control = ch < ' ' || ch == 127 || ch is >= 128 and < 160;
            bool space = ch is ' ' or '\n' or '\t' or '\r';
            if (control && !space)
                return false;
        }
        if (!cell.IsNil)
            return false;
        sb.Append('"');
        for (cell = list; cell.IsCons; cell = cell.Tail)
        {
            char ch = (char)cell.Head.SmallValue;
            if (ch == '\n')
            {
                sb.Append("\\n");
                continue;
            }
            if (ch == '"')
                sb.Append('\\');
            sb.Append(ch);
        }
        sb.Append('"');
        return true;
    }

    private static void AppendBits(StringBuilder sb, Bitstring bits)
    {
        long size = bits.ByteSize;
        int rest = (int)(bits.BitSize & 7);
        bool printable = rest == 0 && size > 0;
        for (long k = 0; k < size && printable; k++)
            printable = bits.ByteAt(k) is >= 32 and < 127;
        if (printable)
        {
            sb.Append("<<\"");
            for (long k = 0; k < size; k++)
            {
                byte b = bits.ByteAt(k);
                if (b == '"')
                    sb.Append('\\');
                sb.Append((char)b);
            }
            sb.Append("\">>");
            return;
        }
        sb.Append("<<");
        for (long k = 0; k < size; k++)
        {
            if (k > 0)
                sb.Append(',');
            sb.Append(bits.ByteAt(k));
        }
        if (rest > 0)
        {
            if (size > 0)
                sb.Append(',');
            sb.Append(TermReader.PartialByte(bits, size, rest) >> (8 - rest)).Append(':').Append(rest);
        }
        sb.Append(">>");
    }

    /// <summary>erts' print_atom_name: quoted unless a lowercase Latin-1 letter then Latin-1 alphanumerics and '_'.</summary>
    private static void AppendAtom(StringBuilder sb, string name)
    {
        if (name.Length == 0)
        {
            sb.Append("''");
            return;
        }
        var runes = name.EnumerateRunes().Select(r => r.Value).ToArray();
        bool quote = !IsLower(Latin1(runes[0]));
        for (int i = 1; i < runes.Length && !quote; i++)
        {
            int c = Latin1(runes[i]);
            quote = !(IsLower(c) || IsUpper(c) || c is >= '0' and <= '9' || c == '_');
        }
        if (quote)
            sb.Append('\'');
        foreach (var c in runes)
        {
            switch (c)
            {
                case '\'': sb.Append("\\'"); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                case '\b': sb.Append("\\b"); break;
                case '\v': sb.Append("\\v"); break;
                default:
                    if (c < ' ' || c is >= 128 and < 160)
                        sb.Append('\\').Append(Convert.ToString(c, 8));
                    else
                        sb.Append(char.ConvertFromUtf32(c));
                    break;
            }
        }
        if (quote)
            sb.Append('\'');
    }

    /// <summary>erts reads an atom's UTF-8 two bytes at a time: code points past U+07FF always need quotes.</summary>
    private static int Latin1(int c) => c < 0x800 ? c : 0;

    private static bool IsLower(int c) => c is >= 'a' and <= 'z' || (c is >= 128 + 95 and <= 255 && c != 247);

    private static bool IsUpper(int c) => c is >= 'A' and <= 'Z' || (c is >= 128 + 64 and <= 128 + 94 && c != 247 - 32);
}
