using System.Runtime.InteropServices;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// The math module's BIFs (erl_math.c): the C library function on the argument as a
/// double; badarg when an argument is not a number, badarith when a bignum does not fit a
/// double or the result is not finite (a domain error or an overflow). .NET's Math calls
/// the platform's C library for these, so results are glibc's, as in erl; erf and erfc,
/// which .NET lacks, come from the C library too when it can be loaded.
/// math:pi/0 is Erlang code in OTP's math.beam.
/// </summary>
internal static class MathBifs
{
    public static readonly BifEntry[] Entries =
    [
        One("cos", Math.Cos),
        One("cosh", Math.Cosh),
        One("sin", Math.Sin),
        One("sinh", Math.Sinh),
        One("tan", Math.Tan),
        One("tanh", Math.Tanh),
        One("acos", Math.Acos),
        One("acosh", Math.Acosh),
        One("asin", Math.Asin),
        One("asinh", Math.Asinh),
        One("atan", Math.Atan),
        One("atanh", Math.Atanh),
        One("erf", Erf),
        One("erfc", Erfc),
        One("exp", Math.Exp),
        One("log", Math.Log),
        One("log2", Math.Log2),
        One("log10", Math.Log10),
        One("sqrt", Math.Sqrt),
        One("floor", Math.Floor),
        One("ceil", Math.Ceiling),
        Two("atan2", Math.Atan2),
        Two("pow", Math.Pow),
        Two("fmod", (x, y) => x % y), // C's fmod: the remainder of truncated division
    ];

    private static BifEntry One(string name, Func<double, double> f) =>
        new("math", name, 1, (p, a) =>
        {
            var x = Argument(a[0]);
            return x is null ? p.Badarg() : Result(p, double.IsFinite(x.Value) ? f(x.Value) : x.Value);
        });

    private static BifEntry Two(string name, Func<double, double, double> f) =>
        new("math", name, 2, (p, a) =>
        {
            var x = Argument(a[0]);
            if (x is null)
                return p.Badarg();
            if (!double.IsFinite(x.Value))
                return Result(p, x.Value);
            var y = Argument(a[1]);
            if (y is null)
                return p.Badarg();
            return Result(p, double.IsFinite(y.Value) ? f(x.Value, y.Value) : y.Value);
        });

    /// <summary>The argument as a double (infinite when a bignum is too large), or null when it is not a number.</summary>
    private static double? Argument(Term t) => t.IsNumber ? ArithmeticBifs.ToDouble(t) : null;

    private static Term Result(Process p, double d) =>
        double.IsFinite(d) ? p.Heap.Float(d) : p.Raise(ErrorClass.Error, Atoms.Badarith);

    // ---- erf and erfc ----

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate double CMath(double x);

    private static readonly CMath? CErf = FromLibm("erf");
    private static readonly CMath? CErfc = FromLibm("erfc");

    private static double Erf(double x) => CErf is { } f ? f(x) : ErfSeries(x);

    private static double Erfc(double x) => CErfc is { } f ? f(x) : 1.0 - ErfSeries(x);

    private static CMath? FromLibm(string name)
    {
        string[] libraries = OperatingSystem.IsWindows() ? ["ucrtbase.dll"]
            : OperatingSystem.IsMacOS() ? ["libSystem.dylib"]
            : ["libm.so.6", "libm.so"];
        foreach (var library in libraries)
        {
            if (NativeLibrary.TryLoad(library, out var handle) && NativeLibrary.TryGetExport(handle, name, out var address))
                return Marshal.GetDelegateForFunctionPointer<CMath>(address);
        }
        return null;
    }

    /// <summary>Without a C library: the Taylor series, and erf(x) = 1 - erfc(x) by continued fraction for large x.</summary>
    private static double ErfSeries(double x)
    {
        double ax = Math.Abs(x);
        if (ax > 6)
            return Math.Sign(x);
        if (ax > 2.5)
        {
            // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...))))
            double fraction = ax;
            for (int k = 60; k >= 1; k--)
                fraction = ax + k / 2.0 / fraction;
            double erfc = Math.Exp(-ax * ax) / Math.Sqrt(Math.PI) / fraction;
            return Math.Sign(x) * (1 - erfc);
        }
        double sum = 0, term = x;
        for (int n = 0; n < 200; n++)
        {
            double add = term / (2 * n + 1);
            sum += add;
            if (Math.Abs(add) < 1e-17 * Math.Abs(sum))
                break;
            term *= -x * x / (n + 1);
        }
        return 2 / Math.Sqrt(Math.PI) * sum;
    }
}
