using System.Runtime.CompilerServices;
using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>
/// The inline path of the arithmetic instructions (<see cref="Op.Multiply"/> ...
/// <see cref="Op.Remainder"/>) on two small integers (60 bits, so sums and quotients fit a long).
/// False leaves the case to the BIF: a product or shift that overflows a long, a zero
/// divisor (badarith), a negative or huge shift.
/// </summary>
internal static class SmallArithmetic
{
    /// <summary>Two 60-bit values: the sum fits a long; NonValue when either is not a small.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term Add(Term a, Term b) =>
        a.IsSmall && b.IsSmall ? Term.Integer(a.SmallValue + b.SmallValue) : Term.NonValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term Subtract(Term a, Term b) =>
        a.IsSmall && b.IsSmall ? Term.Integer(a.SmallValue - b.SmallValue) : Term.NonValue;

    /// <summary><paramref name="op"/> on two smalls, or NonValue for the BIF to decide.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term Compute(Op op, Term a, Term b) =>
        a.IsSmall && b.IsSmall && TryCompute(op, a.SmallValue, b.SmallValue, out var r) ? Term.Integer(r) : Term.NonValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryCompute(Op op, long a, long b, out long result)
    {
        switch (op)
        {
            case Op.Multiply:
                var high = Math.BigMul(a, b, out result);
                return high == result >> 63;
            case Op.BitAnd:
                result = a & b;
                return true;
            case Op.BitOr:
                result = a | b;
                return true;
            case Op.BitXor:
                result = a ^ b;
                return true;
            case Op.ShiftLeft:
                result = b is >= 0 and < 64 ? a << (int)b : 0;
                return b is >= 0 and < 64 && result >> (int)b == a;
            case Op.ShiftRight:
                result = a >> (int)Math.Min(b, 63);
                return b >= 0;
            case Op.Divide:
                result = b == 0 ? 0 : a / b;
                return b != 0;
            case Op.Remainder:
                result = b == 0 ? 0 : a % b;
                return b != 0;
            default:
                throw new ArgumentOutOfRangeException(nameof(op), op, "not an inline arithmetic instruction");
        }
    }
}
