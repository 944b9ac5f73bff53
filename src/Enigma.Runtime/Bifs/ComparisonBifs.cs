using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>Comparison operators and the boolean operators, as functions (fun erlang:'=:='/2 ...).</summary>
internal static class ComparisonBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "=:=", 2, (_, a) => Term.Boolean(TermOrder.ExactlyEqual(a[0], a[1]))),
        new("erlang", "=/=", 2, (_, a) => Term.Boolean(!TermOrder.ExactlyEqual(a[0], a[1]))),
        new("erlang", "==", 2, (_, a) => Term.Boolean(TermOrder.Equal(a[0], a[1]))),
        new("erlang", "/=", 2, (_, a) => Term.Boolean(!TermOrder.Equal(a[0], a[1]))),
        new("erlang", "<", 2, (_, a) => Term.Boolean(TermOrder.Compare(a[0], a[1]) < 0)),
        new("erlang", ">", 2, (_, a) => Term.Boolean(TermOrder.Compare(a[0], a[1]) > 0)),
        new("erlang", "=<", 2, (_, a) => Term.Boolean(TermOrder.Compare(a[0], a[1]) <= 0)),
        new("erlang", ">=", 2, (_, a) => Term.Boolean(TermOrder.Compare(a[0], a[1]) >= 0)),
        new("erlang", "max", 2, (_, a) => TermOrder.Compare(a[0], a[1]) < 0 ? a[1] : a[0]),
        new("erlang", "min", 2, (_, a) => TermOrder.Compare(a[0], a[1]) > 0 ? a[1] : a[0]),
        new("erlang", "not", 1, (p, a) => Bool(a[0]) is { } v ? Term.Boolean(!v) : p.Badarg()),
        new("erlang", "and", 2, (p, a) => Bool(a[0]) is { } l && Bool(a[1]) is { } r ? Term.Boolean(l & r) : p.Badarg()),
        new("erlang", "or", 2, (p, a) => Bool(a[0]) is { } l && Bool(a[1]) is { } r ? Term.Boolean(l | r) : p.Badarg()),
        new("erlang", "xor", 2, (p, a) => Bool(a[0]) is { } l && Bool(a[1]) is { } r ? Term.Boolean(l ^ r) : p.Badarg()),
    ];

    private static bool? Bool(Term t) =>
        t.IsSameAs(Atoms.True) ? true : t.IsSameAs(Atoms.False) ? false : null;
}
