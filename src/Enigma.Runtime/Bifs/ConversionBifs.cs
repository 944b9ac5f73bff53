using System.Globalization;
using System.Numerics;
using System.Text;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>Conversions between atoms, integers and strings (lists of code points).</summary>
internal static class ConversionBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "atom_to_list", 1, (p, a) => a[0].IsAtom ? p.Heap.String(Atoms.Name(a[0])) : p.Badarg()),
        new("erlang", "list_to_atom", 1, (p, a) => Text(a[0]) is { } s ? MakeAtom(p, s) : p.Badarg()),
        new("erlang", "list_to_existing_atom", 1, (p, a) => Text(a[0]) is { } s && Atoms.Existing(s) is { } atom ? atom : p.Badarg()),
        new("erlang", "integer_to_list", 1, (p, a) => a[0].IsInteger ? p.Heap.String(a[0].BigValue.ToString(CultureInfo.InvariantCulture)) : p.Badarg()),
        new("erlang", "integer_to_list", 2, (p, a) => a[0].IsInteger && Base(a[1]) is { } b ? p.Heap.String(ToBase(a[0].BigValue, b)) : p.Badarg()),
        new("erlang", "list_to_integer", 1, (p, a) => Text(a[0]) is { } s && Parse(s, 10) is { } v ? Term.Integer(v) : p.Badarg()),
        new("string", "list_to_integer", 1, (p, a) => LeadingNumber(p, a[0], integer: true)),
        new("string", "list_to_float", 1, (p, a) => LeadingNumber(p, a[0], integer: false)),
        new("erlang", "list_to_integer", 2, (p, a) => Text(a[0]) is { } s && Base(a[1]) is { } b && Parse(s, b) is { } v ? Term.Integer(v) : p.Badarg()),
    ];

    /// <summary>The text of a proper list of Unicode code points, or null.</summary>
    internal static string? Text(Term list)
    {
        var text = new StringBuilder();
        for (; list.IsCons; list = list.Tail)
        {
            var c = list.Head;
            if (!c.IsSmall || c.SmallValue < 0 || c.SmallValue > 0x10FFFF || (c.SmallValue is >= 0xD800 and <= 0xDFFF))
                return null;
            text.Append(char.ConvertFromUtf32((int)c.SmallValue));
        }
        return list.IsNil ? text.ToString() : null;
    }

    /// <summary>
    /// string:list_to_integer/1 and list_to_float/1: the number at the start of a string and
    /// the rest, {Number, Rest}, or {error, no_integer | no_float | not_a_list}.
    /// </summary>
    private static Term LeadingNumber(Process p, Term list, bool integer)
    {
        var chars = new List<Term>();
        var t = list;
        for (; t.IsCons; t = t.Tail)
            chars.Add(t.Head);
        if (!t.IsNil || chars.Any(c => !c.IsSmall))
            return p.Heap.Tuple([Atoms.Error, Atoms.Intern("not_a_list")]);
        var text = new string([.. chars.Select(c => c.SmallValue is >= 0 and < 128 ? (char)c.SmallValue : '\0')]);
        var match = integer
            ? System.Text.RegularExpressions.Regex.Match(text, @"^[+-]?[0-9]+")
            : System.Text.RegularExpressions.Regex.Match(text, @"^[+-]?[0-9]+\.[0-9]+([eE][+-]?[0-9]+)?");
        if (!match.Success)
            return p.Heap.Tuple([Atoms.Error, Atoms.Intern(integer ? "no_integer" : "no_float")]);
        Term number;
        if (integer)
            number = Term.Integer(BigInteger.Parse(match.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        else if (double.Parse(match.Value, NumberStyles.Float, CultureInfo.InvariantCulture) is var d && double.IsFinite(d))
            number = p.Heap.Float(d);
        else
            return p.Heap.Tuple([Atoms.Error, Atoms.Intern("no_float")]);
        var rest = list;
        for (var k = 0; k < match.Length; k++)
            rest = rest.Tail;
        return p.Heap.Tuple([number, rest]);
    }

    private static Term MakeAtom(Process p, string name)
    {
        if (name.EnumerateRunes().Count() > Atoms.MaxLength)
            return p.Raise(ErrorClass.Error, Atoms.SystemLimit);
        return Atoms.TryIntern(name) ?? p.Raise(ErrorClass.Error, Atoms.SystemLimit);
    }

    private static int? Base(Term b) => b.IsSmall && b.SmallValue is >= 2 and <= 36 ? (int)b.SmallValue : null;

    /// <summary>Digits in base 2..36, upper case, as Erlang writes them.</summary>
    private static string ToBase(BigInteger value, int radix)
    {
        if (value.IsZero)
            return "0";
        var digits = new StringBuilder();
        var n = BigInteger.Abs(value);
        while (!n.IsZero)
        {
            var digit = (int)(n % radix);
            digits.Insert(0, (char)(digit < 10 ? '0' + digit : 'A' + digit - 10));
            n /= radix;
        }
        return value.Sign < 0 ? "-" + digits : digits.ToString();
    }

    /// <summary>An optional sign then at least one digit of the base, nothing else.</summary>
    private static BigInteger? Parse(string s, int radix)
    {
        var i = s.Length > 0 && (s[0] == '-' || s[0] == '+') ? 1 : 0;
        if (i == s.Length)
            return null;
        BigInteger value = 0;
        for (; i < s.Length; i++)
        {
            var c = char.ToUpperInvariant(s[i]);
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'A' and <= 'Z' ? c - 'A' + 10 : 99;
            if (digit >= radix)
                return null;
            value = value * radix + digit;
        }
        return s[0] == '-' ? -value : value;
    }
}
