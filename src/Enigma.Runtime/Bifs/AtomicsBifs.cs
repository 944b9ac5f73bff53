using System.Numerics;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// atomics (the BIFs OTP's atomics module stands in for, and erts_internal:atomics_new/2) and
/// the write_concurrency counters of OTP's counters module (erts_internal:counters_*): arrays
/// of 64-bit cells changed with Interlocked, behind a magic reference.
/// </summary>
internal static class AtomicsBifs
{
    private static readonly Term ErtsErrors = Atoms.Intern("erl_erts_errors");
    private static readonly BigInteger Two64 = BigInteger.One << 64;

    /// <summary>The cells; unsigned arrays keep each value's bits in a long.</summary>
    private sealed class AtomicArray(int size, bool signed)
    {
        public readonly long[] Cells = new long[size];
        public readonly bool Signed = signed;

        public Term ToTerm(long bits) => Signed ? Term.Integer(bits) : Term.Integer((BigInteger)(ulong)bits);

        /// <summary>The bits of a value the array can hold, or null.</summary>
        public long? FromTerm(Term t)
        {
            if (!t.IsInteger)
                return null;
            var v = t.BigValue;
            if (Signed)
                return v >= long.MinValue && v <= long.MaxValue ? (long)v : null;
            return v.Sign >= 0 && v < Two64 ? (long)(ulong)v : null;
        }
    }

    public static readonly BifEntry[] Entries =
    [
        new("erts_internal", "atomics_new", 2, (p, a) => New(p, a[0], signed: a[1].IsSmall && (a[1].SmallValue & 1) != 0)),
        new("atomics", "put", 3, (p, a) => Cell(p, a) is var (cells, i) && cells is not null && cells.FromTerm(a[2]) is { } v
            ? Done(() => Interlocked.Exchange(ref cells.Cells[i], v)) : Fail(p)),
        new("atomics", "get", 2, (p, a) => Cell(p, a) is var (cells, i) && cells is not null ? cells.ToTerm(Interlocked.Read(ref cells.Cells[i])) : Fail(p)),
        new("atomics", "add", 3, (p, a) => Add(p, a, result: false)),
        new("atomics", "add_get", 3, (p, a) => Add(p, a, result: true)),
        new("atomics", "exchange", 3, (p, a) => Cell(p, a) is var (cells, i) && cells is not null && cells.FromTerm(a[2]) is { } v
            ? cells.ToTerm(Interlocked.Exchange(ref cells.Cells[i], v)) : Fail(p)),
        new("atomics", "compare_exchange", 4, CompareExchange),
        new("atomics", "info", 1, (p, a) => a[0].Box is AtomicArray cells ? Info(p, cells) : Fail(p)),
        new("erts_internal", "counters_new", 1, (p, a) => New(p, a[0], signed: true)),
        new("erts_internal", "counters_get", 2, (p, a) => Cell(p, a) is var (cells, i) && cells is not null ? Term.Integer(Interlocked.Read(ref cells.Cells[i])) : Fail(p)),
        new("erts_internal", "counters_add", 3, (p, a) => Add(p, a, result: false)),
        new("erts_internal", "counters_put", 3, (p, a) => Cell(p, a) is var (cells, i) && cells is not null && cells.FromTerm(a[2]) is { } v
            ? Done(() => Interlocked.Exchange(ref cells.Cells[i], v)) : Fail(p)),
        new("erts_internal", "counters_info", 1, (p, a) => a[0].Box is AtomicArray cells
            ? p.Heap.FlatMap([Atoms.Intern("memory"), Atoms.Intern("size")], [Term.Small(CountersBytes(cells.Cells.Length)), Term.Small(cells.Cells.Length)])
            : Fail(p)),
    ];

    private static Term Fail(Process p) => BifErrors.Badarg(p, ErtsErrors);

    private static Term Done(Action action)
    {
        action();
        return Atoms.Ok;
    }

    private static Term New(Process p, Term size, bool signed)
    {
        if (!size.IsSmall || size.SmallValue < 1 || size.SmallValue > Array.MaxLength)
            return Fail(p);
        return Term.Resource(p.Node.MakeRef().ImmediateId, new AtomicArray((int)size.SmallValue, signed));
    }

    /// <summary>The array and the 0-based index a (Ref, Ix, ...) call names; a null array when they are bad.</summary>
    private static (AtomicArray? Cells, int Index) Cell(Process p, ReadOnlySpan<Term> a) =>
        a[0].Box is AtomicArray cells && a[1].IsSmall && a[1].SmallValue >= 1 && a[1].SmallValue <= cells.Cells.Length
            ? (cells, (int)a[1].SmallValue - 1)
            : (null, 0);

    /// <summary>Adds modulo 2^64 (erl wraps); the increment may be any value either signedness allows.</summary>
    private static Term Add(Process p, ReadOnlySpan<Term> a, bool result)
    {
        var (cells, i) = Cell(p, a);
        if (cells is null || !a[2].IsInteger)
            return Fail(p);
        var incr = a[2].BigValue;
        if (incr < long.MinValue || incr >= Two64)
            return Fail(p);
        long bits = incr > long.MaxValue ? (long)(ulong)incr : (long)incr;
        long sum = Interlocked.Add(ref cells.Cells[i], bits);
        return result ? cells.ToTerm(sum) : Atoms.Ok;
    }

    private static Term CompareExchange(Process p, ReadOnlySpan<Term> a)
    {
        var (cells, i) = Cell(p, a);
        if (cells is null || cells.FromTerm(a[2]) is not { } expected || cells.FromTerm(a[3]) is not { } desired)
            return Fail(p);
        long old = Interlocked.CompareExchange(ref cells.Cells[i], desired, expected);
        return old == expected ? Atoms.Ok : cells.ToTerm(old);
    }

    private static Term Info(Process p, AtomicArray cells)
    {
        var (min, max) = cells.Signed ? (Term.Integer(long.MinValue), Term.Integer(long.MaxValue)) : (Term.Small(0), Term.Integer(Two64 - 1));
        return p.Heap.FlatMap(
            [Atoms.Intern("max"), Atoms.Intern("memory"), Atoms.Intern("min"), Atoms.Intern("size")],
            [max, Term.Small(40 + 8L * cells.Cells.Length), min, Term.Small(cells.Cells.Length)]);
    }

    // erl keeps a cache-line-aligned copy of the counters per scheduler, plus one.
    private static long CountersBytes(int size) => 32 + (((8L * size) + 63) / 64 * 64 * (Environment.ProcessorCount + 1));
}
