using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// Conversions between POSIX seconds, universal time and local time ({{Y, M, D}, {H, Mi, S}}),
/// as prim_file uses them for file times. Local time is .NET's local time zone (TZ or
/// /etc/localtime, as for erl's localtime(3)).
/// </summary>
internal static class CalendarBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "posixtime_to_universaltime", 1, PosixToUniversal),
        new("erlang", "universaltime_to_posixtime", 1, (p, a) => DateTimeOf(a[0]) is { } t
            ? Term.Integer((long)(t - DateTime.UnixEpoch).TotalSeconds) : p.Badarg()),
        new("erlang", "universaltime_to_localtime", 1, (p, a) => DateTimeOf(a[0]) is { } t
            ? Tuple(p, TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(t, DateTimeKind.Utc), TimeZoneInfo.Local)) : p.Badarg()),
        new("erlang", "localtime_to_universaltime", 2, LocalToUniversal),
    ];

    private static Term Tuple(Process p, DateTime t) => p.Heap.Tuple([TimeBifs.Date(p, t), TimeBifs.Time(p, t)]);

    private static Term PosixToUniversal(Process p, ReadOnlySpan<Term> a)
    {
        // .NET's calendar covers years 1 to 9999; erl's goes further, so outside it is not implemented: badarg.
        if (!a[0].IsSmall || a[0].SmallValue is < -62135596800 or > 253402300799)
            return p.Badarg();
        return Tuple(p, DateTime.UnixEpoch.AddSeconds(a[0].SmallValue));
    }

    private static Term LocalToUniversal(Process p, ReadOnlySpan<Term> a)
    {
        if (DateTimeOf(a[0]) is not { } local || !a[1].IsAtom)
            return p.Badarg();
        var zone = TimeZoneInfo.Local;
        // A local time that does not exist (skipped by a daylight saving change) is taken an hour later.
        if (zone.IsInvalidTime(local))
            local = local.AddHours(1);
        return Tuple(p, TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone));
    }

    /// <summary>{{Y, M, D}, {H, Mi, S}} as a valid date and time, or null.</summary>
    private static DateTime? DateTimeOf(Term t)
    {
        if (!t.IsTuple || t.TupleArity != 2 || Triple(t.Element(1)) is not var (y, mo, d) || Triple(t.Element(2)) is not var (h, mi, s))
            return null;
        if (y is < 1 or > 9999 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth((int)y, (int)mo) || h is < 0 or > 23 || mi is < 0 or > 59 || s is < 0 or > 59)
            return null;
        return new DateTime((int)y, (int)mo, (int)d, (int)h, (int)mi, (int)s, DateTimeKind.Unspecified);
    }

    private static (long, long, long)? Triple(Term t) =>
        t.IsTuple && t.TupleArity == 3 && t.Element(1).IsSmall && t.Element(2).IsSmall && t.Element(3).IsSmall
            ? (t.Element(1).SmallValue, t.Element(2).SmallValue, t.Element(3).SmallValue)
            : null;
}
