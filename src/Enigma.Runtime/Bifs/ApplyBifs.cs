using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>apply/2,3: BIFs that continue as a call to Erlang code (a trap, as in BEAM).</summary>
internal static class ApplyBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "apply", 2, (p, a) => ListBifs.Elements(a[1]) is not null && a[0].IsFun ? p.CallInstead(a[0], null, a[1]) : Fail(p, a[0], a[1])),
        new("erlang", "apply", 3, Apply3),
    ];

    private static Term Apply3(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsAtom || !a[1].IsAtom || ListBifs.Elements(a[2]) is not { } args)
            return p.Badarg();
        return p.CallInstead(Term.Nil, p.Node.Exports.Get(a[0], a[1], args.Count), a[2]);
    }

    /// <summary>apply/2 of a non-fun: badfun, as calling it would; of an improper list: badarg.</summary>
    private static Term Fail(Process p, Term fun, Term args) =>
        ListBifs.Elements(args) is null ? p.Badarg() : p.Raise(ErrorClass.Error, p.Heap.Tuple([Atoms.Badfun, fun]));
}
