using System.Numerics;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>erlang's arithmetic: integers of any size, IEEE floats, badarith on anything else.</summary>
internal static class ArithmeticBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "+", 2, (p, a) => Add(p, a[0], a[1])),
        new("erlang", "-", 2, (p, a) => Subtract(p, a[0], a[1])),
        new("erlang", "*", 2, (p, a) => Multiply(p, a[0], a[1])),
        new("erlang", "/", 2, (p, a) => Divide(p, a[0], a[1])),
        new("erlang", "div", 2, (p, a) => IntegerOp(p, a[0], a[1], IntOp.Div)),
        new("erlang", "rem", 2, (p, a) => IntegerOp(p, a[0], a[1], IntOp.Rem)),
        new("erlang", "band", 2, (p, a) => IntegerOp(p, a[0], a[1], IntOp.And)),
        new("erlang", "bor", 2, (p, a) => IntegerOp(p, a[0], a[1], IntOp.Or)),
        new("erlang", "bxor", 2, (p, a) => IntegerOp(p, a[0], a[1], IntOp.Xor)),
        new("erlang", "bsl", 2, (p, a) => IntegerOp(p, a[0], a[1], IntOp.Shl)),
        new("erlang", "bsr", 2, (p, a) => IntegerOp(p, a[0], a[1], IntOp.Shr)),
        new("erlang", "bnot", 1, (p, a) => a[0].IsInteger ? Term.Integer(~a[0].BigValue) : Badarith(p)),
        new("erlang", "-", 1, (p, a) => Subtract(p, Term.Small(0), a[0])),
        new("erlang", "+", 1, (p, a) => a[0].IsNumber ? a[0] : Badarith(p)),
        new("erlang", "abs", 1, (p, a) => Abs(p, a[0])),
        new("erlang", "float", 1, (p, a) => a[0].IsNumber && double.IsFinite(ToDouble(a[0])) ? p.Heap.Float(ToDouble(a[0])) : p.Badarg()),
        new("erlang", "trunc", 1, (p, a) => Rounding(p, a[0], Math.Truncate)),
        new("erlang", "round", 1, (p, a) => Rounding(p, a[0], d => Math.Round(d, MidpointRounding.AwayFromZero))),
        new("erlang", "floor", 1, (p, a) => Rounding(p, a[0], Math.Floor)),
        new("erlang", "ceil", 1, (p, a) => Rounding(p, a[0], Math.Ceiling)),
    ];

    private enum IntOp { Div, Rem, And, Or, Xor, Shl, Shr }

    /// <summary>Shifting further than this is a system_limit in BEAM too (the result would not fit in memory).</summary>
    private const long MaxShift = 1L << 32;

    private static Term Badarith(Process p) => p.Raise(ErrorClass.Error, Atoms.Badarith);

    internal static double ToDouble(Term t) => t.IsFloat ? t.FloatValue : t.IsSmall ? t.SmallValue : (double)t.BigValue;

    private static Term FloatResult(Process p, double d) => double.IsFinite(d) ? p.Heap.Float(d) : Badarith(p);

    public static Term Add(Process p, Term a, Term b)
    {
        if (a.IsSmall && b.IsSmall)
            return Term.Integer(a.SmallValue + b.SmallValue); // 60-bit smalls: the sum fits a long
        if (a.IsInteger && b.IsInteger)
            return Term.Integer(a.BigValue + b.BigValue);
        return a.IsNumber && b.IsNumber ? FloatResult(p, ToDouble(a) + ToDouble(b)) : Badarith(p);
    }

    public static Term Subtract(Process p, Term a, Term b)
    {
        if (a.IsSmall && b.IsSmall)
            return Term.Integer(a.SmallValue - b.SmallValue);
        if (a.IsInteger && b.IsInteger)
            return Term.Integer(a.BigValue - b.BigValue);
        return a.IsNumber && b.IsNumber ? FloatResult(p, ToDouble(a) - ToDouble(b)) : Badarith(p);
    }

    public static Term Multiply(Process p, Term a, Term b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            var product = (Int128)a.SmallValue * b.SmallValue;
            return product >= Term.MinSmall && product <= Term.MaxSmall ? Term.Small((long)product) : Term.Integer((BigInteger)product);
        }
        if (a.IsInteger && b.IsInteger)
            return Term.Integer(a.BigValue * b.BigValue);
        return a.IsNumber && b.IsNumber ? FloatResult(p, ToDouble(a) * ToDouble(b)) : Badarith(p);
    }

    private static Term Divide(Process p, Term a, Term b)
    {
        if (!a.IsNumber || !b.IsNumber)
            return Badarith(p);
        var divisor = ToDouble(b);
        return divisor == 0.0 ? Badarith(p) : FloatResult(p, ToDouble(a) / divisor);
    }

    private static Term IntegerOp(Process p, Term a, Term b, IntOp op)
    {
        if (!a.IsInteger || !b.IsInteger)
            return Badarith(p);
        if (a.IsSmall && b.IsSmall)
        {
            long x = a.SmallValue, y = b.SmallValue;
            switch (op)
            {
                case IntOp.Div when y != 0: return Term.Integer(x / y);
                case IntOp.Rem when y != 0: return Term.Small(x % y);
                case IntOp.And: return Term.Small(x & y);
                case IntOp.Or: return Term.Small(x | y);
                case IntOp.Xor: return Term.Small(x ^ y);
            }
        }
        BigInteger l = a.BigValue, r = b.BigValue;
        switch (op)
        {
            case IntOp.Div: return r.IsZero ? Badarith(p) : Term.Integer(BigInteger.Divide(l, r));
            case IntOp.Rem: return r.IsZero ? Badarith(p) : Term.Integer(BigInteger.Remainder(l, r));
            case IntOp.And: return Term.Integer(l & r);
            case IntOp.Or: return Term.Integer(l | r);
            case IntOp.Xor: return Term.Integer(l ^ r);
            default:
                var shift = op == IntOp.Shl ? r : -r;
                if (shift > MaxShift)
                    return l.IsZero ? Term.Small(0) : p.Raise(ErrorClass.Error, Atoms.SystemLimit);
                if (shift < -MaxShift)
                    return Term.Small(l.Sign < 0 ? -1 : 0);
                return Term.Integer(shift >= 0 ? l << (int)shift : l >> (int)-shift);
        }
    }

    private static Term Abs(Process p, Term a)
    {
        if (a.IsInteger)
            return Term.Integer(BigInteger.Abs(a.BigValue));
        return a.IsFloat ? p.Heap.Float(Math.Abs(a.FloatValue)) : p.Badarg();
    }

    private static Term Rounding(Process p, Term a, Func<double, double> round)
    {
        if (a.IsInteger)
            return a;
        return a.IsFloat ? Term.Integer(new BigInteger(round(a.FloatValue))) : p.Badarg();
    }
}
