using System.Globalization;
using System.Text;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// Floats to text and back: float_to_list/1,2, float_to_binary/1,2, list_to_float/1,
/// binary_to_float/1, with erts' options and its strict syntax (bif.c, sys_float.c).
/// </summary>
internal static class NumberFormatBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "float_to_list", 1, (p, a) => FloatText(a[0], Term.Nil) is { } s ? p.Heap.String(s) : p.Badarg()),
        new("erlang", "float_to_list", 2, (p, a) => FloatText(a[0], a[1]) is { } s ? p.Heap.String(s) : p.Badarg()),
        new("erlang", "float_to_binary", 1, (p, a) => FloatText(a[0], Term.Nil) is { } s ? Binary(s) : p.Badarg()),
        new("erlang", "float_to_binary", 2, (p, a) => FloatText(a[0], a[1]) is { } s ? Binary(s) : p.Badarg()),
        new("erlang", "list_to_float", 1, (p, a) => ListBytes(a[0]) is { } s && ParseFloat(s) is { } d ? p.Heap.Float(d) : p.Badarg()),
        new("erlang", "binary_to_float", 1, (p, a) => BinaryBytes(a[0]) is { Length: > 0 } s && ParseFloat(s) is { } d ? p.Heap.Float(d) : p.Badarg()),
    ];

    /// <summary>erts' default: float_to_list(F) is C's "%.20e".</summary>
    private const int DefaultDecimals = 20;

    /// <summary>erts formats into a 256-byte buffer; a longer text is badarg.</summary>
    private const int BufferSize = 256;

    private enum Format { Legacy, Short, Fixed, Scientific }

    private static Term Binary(string ascii) => Term.Bitstring(Bitstring.Of(Encoding.ASCII.GetBytes(ascii)));

    /// <summary>The text of float_to_list(F, Options), or null for badarg.</summary>
    internal static string? FloatText(Term f, Term options)
    {
        if (!f.IsFloat)
            return null;
        var format = Format.Legacy;
        int decimals = DefaultDecimals;
        bool compact = false;
        var list = options;
        for (; list.IsCons; list = list.Tail)
        {
            var option = list.Head;
            if (option.IsSameAs(Compact))
            {
                compact = true;
            }
            else if (option.IsSameAs(Short))
            {
                format = Format.Short;
            }
            else if (option.IsTuple && option.TupleArity == 2 && option.Element(2).IsSmall
                && (option.Element(1).IsSameAs(Decimals) || option.Element(1).IsSameAs(Scientific)))
            {
                // erts keeps the value in a C int: larger values wrap.
                decimals = unchecked((int)option.Element(2).SmallValue);
                format = option.Element(1).IsSameAs(Decimals) ? Format.Fixed : Format.Scientific;
            }
            else
            {
                return null;
            }
        }
        if (!list.IsNil)
            return null;

        double value = f.FloatValue;
        var text = format switch
        {
            Format.Short => FloatFormat.Shortest(value),
            Format.Fixed => FloatFormat.FixedFast(value, decimals, compact),
            _ => FloatFormat.Exponent(value, decimals),
        };
        return text is null || text.Length >= BufferSize ? null : text;
    }

    /// <summary>
    /// erts' sys_chars_to_double: <c>[+-]D+[.,]D+([eE][+-]D+)?</c> and nothing else up to the
    /// end (or a NUL); a result too large is badarg, one too small is 0.0.
    /// </summary>
    internal static double? ParseFloat(byte[] text) => Beam.Etf.FloatText.TryParse(text, out var value) ? value : null;

    /// <summary>A proper list of bytes (0..255), as erts' intlist_to_buf takes it; null otherwise.</summary>
    internal static byte[]? ListBytes(Term list)
    {
        var bytes = new List<byte>();
        for (; list.IsCons; list = list.Tail)
        {
            var c = list.Head;
            if (!c.IsSmall || c.SmallValue is < 0 or > 255)
                return null;
            bytes.Add((byte)c.SmallValue);
        }
        return list.IsNil ? bytes.ToArray() : null;
    }

    /// <summary>The bytes of a binary (not a bitstring), or null.</summary>
    internal static byte[]? BinaryBytes(Term t) => t.IsBinary ? t.Bits.WholeBytes.ToArray() : null;

    private static readonly Term Compact = Atoms.Intern("compact");
    private static readonly Term Short = Atoms.Intern("short");
    private static readonly Term Decimals = Atoms.Intern("decimals");
    private static readonly Term Scientific = Atoms.Intern("scientific");
}
