using System.Globalization;
using System.Numerics;
using System.Text;
using Enigma.Beam.Etf;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// The float texts erts makes: C's <c>"%.Ne"</c> and <c>"%.Nf"</c> (exact, the binary value
/// rounded half to even, as glibc does), erts' fast fixed-point formatter
/// (<c>sys_double_to_chars_fast</c>, which rounds in double arithmetic and so differs from
/// printf), and the shortest round-trip form that <c>~w</c> prints.
/// </summary>
internal static class FloatFormat
{
    /// <summary>float_to_list(F, [short]): the shortest text that reads back as F.</summary>
    public static string Shortest(double value) => ETermFormatter.Format(new EFloat(value));

    /// <summary>C's <c>printf("%.{precision}e", value)</c>; a negative precision means 6, as in C.</summary>
    public static string Exponent(double value, int precision)
    {
        if (precision < 0)
            precision = 6;
        var sb = new StringBuilder(precision + 8);
        if (double.IsNegative(value))
            sb.Append('-');
        string digits;
        int exponent;
        if (value == 0)
        {
            digits = new string('0', precision + 1);
            exponent = 0;
        }
        else
        {
            var (n, scale) = Exact(Math.Abs(value));
            var all = n.ToString(CultureInfo.InvariantCulture);
            exponent = all.Length - 1 + scale;
            digits = FloatText.RoundHalfEven(all, precision + 1, ref exponent);
        }
        sb.Append(digits[0]);
        if (precision > 0)
            sb.Append('.').Append(digits, 1, precision);
        sb.Append('e').Append(exponent < 0 ? '-' : '+');
        sb.Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>C's <c>printf("%.{decimals}f", value)</c>, decimals at least 0.</summary>
    public static string Fixed(double value, int decimals)
    {
        var (n, scale) = Exact(Math.Abs(value));
        int shift = scale + decimals;
        BigInteger scaled = shift >= 0 ? n * BigInteger.Pow(10, shift) : DivideHalfEven(n, BigInteger.Pow(10, -shift));
        var text = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var sb = new StringBuilder(text.Length + 2);
        if (double.IsNegative(value))
            sb.Append('-');
        sb.Append(text, 0, text.Length - decimals);
        if (decimals > 0)
            sb.Append('.').Append(text, text.Length - decimals, decimals);
        return sb.ToString();
    }

    /// <summary>
    /// erts' <c>sys_double_to_chars_fast</c>: float_to_list(F, [{decimals, D}]) and with
    /// compact. Null when the text would not fit erts' 256-byte buffer (badarg).
    /// </summary>
    public static string? FixedFast(double f, int decimals, bool compact)
    {
        const double MaxFloat = 9007199254740992.0; // 2^53
        if (decimals < 0)
            return null;
        bool negative = double.IsNegative(f);
        double af = Math.Abs(f);
        if (af > MaxFloat || decimals >= 19)
        {
            // Too large for the fast path: printf, then (with compact) the trailing zeros go,
            // even those of an integer when there are no decimals, as erts does.
            var text = Fixed(f, decimals);
            if (text.Length >= 256)
                return null;
            return compact ? TrimTrailingZeros(text) : text;
        }

        var sb = new StringBuilder(24);
        if (negative)
            sb.Append('-');
        if (decimals > 0)
        {
            double scale = Pow10[decimals];
            double intF = Math.Floor(af);
            double fracF = Math.Round((af - intF) * scale, MidpointRounding.AwayFromZero);
            ulong intPart = (ulong)intF;
            ulong fracPart = (ulong)fracF;
            if (fracF >= scale)
            {
                intPart++;
                fracPart = 0;
            }
            sb.Append(intPart.ToString(CultureInfo.InvariantCulture)).Append('.');
            sb.Append(fracPart.ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0'));
            var result = sb.ToString();
            return compact ? TrimTrailingZeros(result) : result;
        }
        sb.Append(((ulong)Math.Round(af, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    private static readonly double[] Pow10 =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
        1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    ];

    /// <summary>erts' find_first_trailing_zero: drops trailing '0's but keeps one right after a '.'.</summary>
    private static string TrimTrailingZeros(string text)
    {
        int end = text.Length;
        while (end > 0 && text[end - 1] == '0')
            end--;
        if (end > 0 && text[end - 1] == '.')
            end++;
        return text[..end];
    }

    /// <summary>A positive finite double as n * 10^scale exactly (scale at most 0).</summary>
    private static (BigInteger N, int Scale) Exact(double value)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & ((1L << 52) - 1);
        long mantissa = biased == 0 ? fraction : fraction | (1L << 52);
        int exponent2 = (biased == 0 ? 1 : biased) - 1075;
        return exponent2 >= 0
            ? (new BigInteger(mantissa) << exponent2, 0)
            : (mantissa * BigInteger.Pow(5, -exponent2), exponent2);
    }

    private static BigInteger DivideHalfEven(BigInteger n, BigInteger divisor)
    {
        var quotient = BigInteger.DivRem(n, divisor, out var remainder);
        var twice = remainder * 2;
        if (twice > divisor || (twice == divisor && !quotient.IsEven))
            quotient += 1;
        return quotient;
    }
}
