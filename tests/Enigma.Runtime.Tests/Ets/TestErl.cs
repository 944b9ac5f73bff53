using System.Globalization;
using Enigma.Beam.Etf;

namespace Enigma.Runtime.Tests.Ets;

/// <summary>
/// Reads the Erlang term syntax tests need (atoms, quoted atoms, integers, floats, strings,
/// tuples, lists with a tail, maps) so match specs can be written as erl shows them.
/// </summary>
internal static class TestErl
{
    public static ETerm Parse(string text)
    {
        int at = 0;
        var term = Term(text, ref at);
        Skip(text, ref at);
        return at == text.Length ? term : throw new FormatException($"trailing text at {at}: {text}");
    }

    private static void Skip(string s, ref int at)
    {
        while (at < s.Length && char.IsWhiteSpace(s[at]))
            at++;
    }

    private static void Expect(string s, ref int at, char c)
    {
        Skip(s, ref at);
        if (at >= s.Length || s[at] != c)
            throw new FormatException($"expected '{c}' at {at}: {s}");
        at++;
    }

    private static bool Take(string s, ref int at, string token)
    {
        Skip(s, ref at);
        if (!s.AsSpan(at).StartsWith(token, StringComparison.Ordinal))
            return false;
        at += token.Length;
        return true;
    }

    private static ETerm Term(string s, ref int at)
    {
        Skip(s, ref at);
        char c = s[at];
        if (c == '{')
        {
            at++;
            return new ETuple([.. Sequence(s, ref at, '}')]);
        }
        if (c == '[')
        {
            at++;
            if (Take(s, ref at, "]"))
                return ENil.Instance;
            var items = new List<ETerm> { Term(s, ref at) };
            while (Take(s, ref at, ","))
                items.Add(Term(s, ref at));
            var tail = Take(s, ref at, "|") ? Term(s, ref at) : ENil.Instance;
            Expect(s, ref at, ']');
            return new EList([.. items], tail);
        }
        if (Take(s, ref at, "#{"))
        {
            var pairs = new List<KeyValuePair<ETerm, ETerm>>();
            while (!Take(s, ref at, "}"))
            {
                if (pairs.Count > 0)
                    Expect(s, ref at, ',');
                var key = Term(s, ref at);
                if (!Take(s, ref at, "=>"))
                    throw new FormatException($"expected => at {at}: {s}");
                pairs.Add(new(key, Term(s, ref at)));
            }
            return new EMap([.. pairs]);
        }
        if (c == '\'')
        {
            int end = s.IndexOf('\'', at + 1);
            var name = s[(at + 1)..end];
            at = end + 1;
            return new EAtom(name);
        }
        if (c == '"')
        {
            int end = s.IndexOf('"', at + 1);
            var chars = s[(at + 1)..end];
            at = end + 1;
            return chars.Length == 0 ? ENil.Instance : new EList([.. chars.Select(ch => (ETerm)new EInteger(ch))], ENil.Instance);
        }
        int start = at;
        if (c == '-' || char.IsAsciiDigit(c))
        {
            at++;
            while (at < s.Length && (char.IsAsciiDigit(s[at]) || (s[at] == '.' && at + 1 < s.Length && char.IsAsciiDigit(s[at + 1]))))
                at++;
            var number = s[start..at];
            return number.Contains('.', StringComparison.Ordinal)
                ? new EFloat(double.Parse(number, CultureInfo.InvariantCulture))
                : new EInteger(long.Parse(number, CultureInfo.InvariantCulture));
        }
        while (at < s.Length && (char.IsAsciiLetterOrDigit(s[at]) || s[at] is '_' or '@'))
            at++;
        return start < at ? new EAtom(s[start..at]) : throw new FormatException($"unexpected '{c}' at {at}: {s}");
    }

    private static List<ETerm> Sequence(string s, ref int at, char close)
    {
        var items = new List<ETerm>();
        while (!Take(s, ref at, close.ToString()))
        {
            if (items.Count > 0)
                Expect(s, ref at, ',');
            items.Add(Term(s, ref at));
        }
        return items;
    }
}
