using System.Globalization;
using System.Numerics;
using System.Text;

namespace Enigma.Beam.Etf;

/// <summary>
/// The three text forms of a float the codec needs: erl 25's shortest
/// round-trip form (<c>float_to_list(F, [short])</c>, which <c>~w</c> uses),
/// and FLOAT_EXT's C <c>"%.20e"</c> text, written and read.
/// </summary>
public static class FloatText
{
    private const int FloatExtDigits = 21;

    /// <summary>As erts' ryu <c>d2s_buffered_n</c> with its Erlang-specific <c>to_chars</c> layout.</summary>
    public static string Shortest(double value)
    {
        bool negative = double.IsNegative(value);
        if (value == 0)
        {
            return negative ? "-0.0" : "0.0";
        }

        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var sb = new StringBuilder(28);
        if (negative)
        {
            sb.Append('-');
        }

        int length = digits.Length;
        int scientificExponent = exponent + length - 1;
        int lower, upper;
        if (length == 1)
        {
            (lower, upper) = (-4, 2);
        }
        else if (scientificExponent >= 10)
        {
            (lower, upper) = (-(length + 2), 2);
        }
        else
        {
            (lower, upper) = (-(length + 2), 1);
        }

        bool fixedNotation = false;
        if (lower <= exponent && exponent <= upper)
        {
            ulong output = ulong.Parse(digits, CultureInfo.InvariantCulture);
            // erts' special case around 2^53, where fixed notation would show digits that are not significant.
            fixedNotation = !((output >= (1UL << 53) && exponent == 0)
                || (output > (1UL << 52) / 5 && exponent == 1)
                || (output > (1UL << 51) / 25 && exponent == 2));
        }

        if (fixedNotation)
        {
            int wholeDigits = length + exponent;
            if (exponent >= 0)
            {
                sb.Append(digits).Append('0', exponent).Append(".0");
            }
            else if (wholeDigits > 0)
            {
                sb.Append(digits, 0, wholeDigits).Append('.').Append(digits, wholeDigits, length - wholeDigits);
            }
            else
            {
                sb.Append("0.").Append('0', -wholeDigits).Append(digits);
            }
        }
        else
        {
            sb.Append(digits[0]).Append('.');
            if (length > 1)
            {
                sb.Append(digits, 1, length - 1);
            }
            else
            {
                sb.Append('0');
            }

            sb.Append('e').Append(scientificExponent.ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The shortest decimal digits that read back as <paramref name="value"/>
    /// (positive, finite), without leading or trailing zeros, and the power of
    /// ten of the last digit. .NET's "R" format gives the shortest round-trip
    /// digits, as Ryu does.
    /// </summary>
    private static (string Digits, int Exponent) ShortestDigits(double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        int e = text.IndexOfAny(['E', 'e']);
        int exp = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string mantissa = e < 0 ? text : text[..e];
        int point = mantissa.IndexOf('.');
        string digits = point < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, point), mantissa.AsSpan(point + 1));
        int pointPos = point < 0 ? mantissa.Length : point;

        int start = 0;
        while (start < digits.Length - 1 && digits[start] == '0')
        {
            start++;
        }

        int end = digits.Length;
        while (end > start + 1 && digits[end - 1] == '0')
        {
            end--;
        }

        // value = 0.digits * 10^(pointPos + exp); the last kept digit's power follows.
        int lastPower = pointPos + exp - end;
        return (digits[start..end], lastPower);
    }

    /// <summary>FLOAT_EXT's text: C's <c>"%.20e"</c> (exact, rounded half to even), NUL-padded to 31 bytes.</summary>
    public static void WriteFloatExt(double value, Span<byte> destination)
    {
        string text = FormatE20(value);
        destination[..EtfTags.FloatTextLength].Clear();
        Encoding.ASCII.GetBytes(text, destination);
    }

    public static string FormatE20(double value)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & ((1L << 52) - 1);

        string digits;
        int exponent10;
        if (biased == 0 && fraction == 0)
        {
            digits = new string('0', FloatExtDigits);
            exponent10 = 0;
        }
        else
        {
            long mantissa = biased == 0 ? fraction : fraction | (1L << 52);
            int exponent2 = (biased == 0 ? 1 : biased) - 1075;

            // The exact value is n * 10^scale.
            BigInteger n;
            int scale;
            if (exponent2 >= 0)
            {
                n = new BigInteger(mantissa) << exponent2;
                scale = 0;
            }
            else
            {
                n = mantissa * BigInteger.Pow(5, -exponent2);
                scale = exponent2;
            }

            string exact = n.ToString(CultureInfo.InvariantCulture);
            exponent10 = exact.Length - 1 + scale;
            digits = RoundHalfEven(exact, FloatExtDigits, ref exponent10);
        }

        var sb = new StringBuilder(30);
        if (negative)
        {
            sb.Append('-');
        }

        sb.Append(digits[0]).Append('.').Append(digits, 1, FloatExtDigits - 1).Append('e');
        sb.Append(exponent10 < 0 ? '-' : '+');
        sb.Append(Math.Abs(exponent10).ToString("00", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>The first <paramref name="count"/> digits of <paramref name="exact"/>, rounded half to even.</summary>
    public static string RoundHalfEven(string exact, int count, ref int exponent10)
    {
        if (exact.Length <= count)
        {
            return exact.PadRight(count, '0');
        }

        char[] kept = exact.ToCharArray(0, count);
        char first = exact[count];
        bool restNonZero = exact.AsSpan(count + 1).ContainsAnyExcept('0');
        bool up = first > '5' || (first == '5' && (restNonZero || (kept[^1] - '0') % 2 == 1));
        if (!up)
        {
            return new string(kept);
        }

        for (int i = count - 1; i >= 0; i--)
        {
            if (kept[i] != '9')
            {
                kept[i]++;
                return new string(kept);
            }

            kept[i] = '0';
        }

        // 99..9 rounded up to 100..0.
        kept[0] = '1';
        exponent10++;
        return new string(kept);
    }

    /// <summary>
    /// Reads FLOAT_EXT's text as erts' <c>sys_chars_to_double</c> does: the text
    /// ends at the first NUL, must look like <c>[+-]D+[.,]D+([eE][+-]D+)?</c>,
    /// and must not overflow (underflow gives zero).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> field, out double value)
    {
        value = 0;
        int end = field.IndexOf((byte)0);
        var text = end < 0 ? field : field[..end];
        int i = 0;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            i++;
        }

        if (!Digits(text, ref i) || i >= text.Length || (text[i] != '.' && text[i] != ','))
        {
            return false;
        }

        i++;
        if (!Digits(text, ref i))
        {
            return false;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            if (!Digits(text, ref i))
            {
                return false;
            }
        }

        if (i != text.Length)
        {
            return false;
        }

        Span<char> chars = stackalloc char[text.Length];
        for (int k = 0; k < text.Length; k++)
        {
            chars[k] = text[k] == ',' ? '.' : (char)text[k];
        }

        value = double.Parse(chars, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value);
    }

    private static bool Digits(ReadOnlySpan<byte> text, ref int i)
    {
        int start = i;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            i++;
        }

        return i > start;
    }
}
