using Stopwatch = System.Diagnostics.Stopwatch;
using System.Numerics;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// Time (erl_time_sup.c) and unique values: monotonic_time/0,1, system_time/0,1,
/// time_offset/0,1, convert_time_unit/3, timestamp/0, os:timestamp/0, os:system_time/0,1,
/// os:perf_counter/0, time/0, date/0, localtime/0, universaltime/0, make_ref/0,
/// unique_integer/0,1.
/// </summary>
/// <remarks>
/// As in erl on Linux the native unit is the nanosecond, and Erlang monotonic time starts
/// at -576460752000000000 (erlang:system_info(start_time) in erl). Erlang system time is
/// monotonic time plus an offset fixed at start-up (erl's default no_time_warp mode);
/// os:system_time/0 reads the OS clock.
/// </remarks>
internal static class TimeBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "monotonic_time", 0, (_, _) => Term.Integer(MonotonicNs())),
        new("erlang", "monotonic_time", 1, (p, a) => Unit(a[0]) is { } u ? Term.Integer(FromNs(MonotonicNs(), u)) : p.Badarg()),
        new("erlang", "system_time", 0, (_, _) => Term.Integer(MonotonicNs() + OffsetNs)),
        new("erlang", "system_time", 1, (p, a) => Unit(a[0]) is { } u ? Term.Integer(FromNs(MonotonicNs() + OffsetNs, u)) : p.Badarg()),
        new("erlang", "time_offset", 0, (_, _) => Term.Integer(OffsetNs)),
        new("erlang", "time_offset", 1, (p, a) => Unit(a[0]) is { } u ? Term.Integer(FromNs(OffsetNs, u)) : p.Badarg()),
        new("erlang", "convert_time_unit", 3, ConvertTimeUnit),
        new("erlang", "timestamp", 0, (p, _) => Timestamp(p, MonotonicNs() + OffsetNs)),
        new("erlang", "time", 0, (p, _) => Time(p, DateTime.Now)),
        new("erlang", "date", 0, (p, _) => Date(p, DateTime.Now)),
        new("erlang", "localtime", 0, (p, _) => p.Heap.Tuple([Date(p, DateTime.Now), Time(p, DateTime.Now)])),
        new("erlang", "universaltime", 0, (p, _) => UniversalTime(p)),
        new("erts_internal", "time_unit", 0, (_, _) => Term.Small(NanosecondsPerSecond)),
        new("erts_internal", "perf_counter_unit", 0, (_, _) => Term.Small(NanosecondsPerSecond)),
        new("os", "timestamp", 0, (p, _) => Timestamp(p, OsSystemNs())),
        new("os", "system_time", 0, (_, _) => Term.Integer(OsSystemNs())),
        new("os", "system_time", 1, (p, a) => Unit(a[0]) is { } u ? Term.Integer(FromNs(OsSystemNs(), u)) : p.Badarg()),
        new("os", "perf_counter", 0, (_, _) => Term.Integer(ElapsedNs())),
        new("erlang", "make_ref", 0, (p, _) => p.Node.MakeRef()),
        new("erlang", "unique_integer", 0, (_, _) => UniqueInteger(positive: false)),
        new("erlang", "unique_integer", 1, UniqueInteger),
    ];

    private const long NanosecondsPerSecond = 1_000_000_000;

    /// <summary>Erlang monotonic time when the node starts, in nanoseconds: erl's value on 64-bit Linux.</summary>
    internal const long MonotonicStartNs = -576460752000000000;

    private static readonly long StartTimestamp = Stopwatch.GetTimestamp();

    /// <summary>Erlang system time minus Erlang monotonic time, fixed at start-up.</summary>
    private static readonly long OffsetNs = OsSystemNs() - MonotonicNs();

    private static long _unique;

    private static long ElapsedNs() =>
        (long)((Int128)(Stopwatch.GetTimestamp() - StartTimestamp) * NanosecondsPerSecond / Stopwatch.Frequency);

    internal static long MonotonicNs() => MonotonicStartNs + ElapsedNs();

    /// <summary>erlang:monotonic_time(millisecond): the clock of timers and receive ... after.</summary>
    internal static long MonotonicMs() => MonotonicStartNs / 1_000_000 + ElapsedNs() / 1_000_000;

    /// <summary>erlang:system_time(microsecond): what logger stamps events with.</summary>
    internal static long SystemMicroseconds() => (MonotonicNs() + OffsetNs) / 1000;

    private static long OsSystemNs() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    /// <summary>A time unit as parts per second: the named units (deprecated names too), or a positive integer.</summary>
    private static BigInteger? Unit(Term unit)
    {
        if (unit.IsInteger)
            return unit.BigValue.Sign > 0 ? unit.BigValue : null;
        if (!unit.IsAtom)
            return null;
        return Atoms.Name(unit) switch
        {
            "second" or "seconds" => 1,
            "millisecond" or "milli_seconds" => 1000,
            "microsecond" or "micro_seconds" => 1_000_000,
            "nanosecond" or "nano_seconds" or "native" or "perf_counter" => NanosecondsPerSecond,
            _ => null,
        };
    }

    /// <summary>Nanoseconds in <paramref name="unit"/> parts per second, rounded down (as erl does for negative times).</summary>
    private static BigInteger FromNs(long ns, BigInteger unit) => FloorDiv(ns * unit, NanosecondsPerSecond);

    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        return r.Sign != 0 && (r.Sign < 0) != (b.Sign < 0) ? q - 1 : q;
    }

    /// <summary>erlang.erl's convert_time_unit/3: integer times and units, rounded down.</summary>
    private static Term ConvertTimeUnit(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsInteger || Unit(a[1]) is not { } from || Unit(a[2]) is not { } to)
            return p.Badarg();
        return Term.Integer(FloorDiv(a[0].BigValue * to, from));
    }

    private static Term Timestamp(Process p, long ns)
    {
        long micro = FloorDivLong(ns, 1000);
        return p.Heap.Tuple([Term.Small(micro / 1_000_000_000_000), Term.Small(micro / 1_000_000 % 1_000_000), Term.Small(micro % 1_000_000)]);
    }

    private static long FloorDivLong(long a, long b) => (long)FloorDiv(a, b);

    internal static Term Date(Process p, DateTime t) => p.Heap.Tuple([Term.Small(t.Year), Term.Small(t.Month), Term.Small(t.Day)]);

    internal static Term Time(Process p, DateTime t) => p.Heap.Tuple([Term.Small(t.Hour), Term.Small(t.Minute), Term.Small(t.Second)]);

    private static Term UniversalTime(Process p)
    {
        var now = DateTime.UtcNow;
        return p.Heap.Tuple([Date(p, now), Time(p, now)]);
    }

    /// <summary>unique_integer/1: options a proper list of positive and monotonic.</summary>
    private static Term UniqueInteger(Process p, ReadOnlySpan<Term> a)
    {
        bool positive = false;
        var list = a[0];
        for (; list.IsCons; list = list.Tail)
        {
            var name = list.Head.IsAtom ? Atoms.Name(list.Head) : null;
            if (name == "positive")
                positive = true;
            else if (name != "monotonic")
                return p.Badarg();
        }
        return list.IsNil ? UniqueInteger(positive) : p.Badarg();
    }

    /// <summary>
    /// One counter for the node, so every value is unique and increasing (erl's monotonic
    /// kind, which also satisfies the plain one): from the smallest small integer upwards,
    /// or from 1 with positive, as erl does.
    /// </summary>
    private static Term UniqueInteger(bool positive)
    {
        long raw = Interlocked.Increment(ref _unique) - 1;
        return Term.Integer(positive ? (BigInteger)raw + 1 : (BigInteger)raw + Term.MinSmall);
    }
}
