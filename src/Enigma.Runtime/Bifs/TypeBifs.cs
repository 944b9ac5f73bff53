using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>Type tests as functions: is_atom/1 and friends, is_function/2, is_record/2,3.</summary>
internal static class TypeBifs
{
    public static readonly BifEntry[] Entries =
    [
        Test("is_atom", t => t.IsAtom),
        Test("is_binary", t => t.IsBinary),
        Test("is_bitstring", t => t.IsBitstring),
        Test("is_boolean", t => t.IsSameAs(Atoms.True) || t.IsSameAs(Atoms.False)),
        Test("is_float", t => t.IsFloat),
        Test("is_function", t => t.IsFun),
        Test("is_integer", t => t.IsInteger),
        Test("is_list", t => t.IsList),
        Test("is_map", t => t.IsMap),
        Test("is_number", t => t.IsNumber),
        Test("is_pid", t => t.IsPid || t.Box is Beam.Etf.EPid),
        Test("is_port", t => t.IsPort || t.Box is Beam.Etf.EPort),
        Test("is_reference", t => t.IsRef || t.Box is Beam.Etf.ERef),
        Test("is_tuple", t => t.IsTuple),
        new("erlang", "is_function", 2, (p, a) => !a[1].IsSmall || a[1].SmallValue < 0 ? p.Badarg() : Term.Boolean(FunArity(a[0]) == a[1].SmallValue)),
        new("erlang", "is_record", 2, (p, a) => a[1].IsAtom ? Term.Boolean(a[0].IsTuple && a[0].TupleArity > 0 && a[0].Element(1).IsSameAs(a[1])) : p.Badarg()),
        new("erlang", "is_record", 3, (p, a) => a[1].IsAtom && a[2].IsSmall
            ? Term.Boolean(a[0].IsTuple && a[0].TupleArity == a[2].SmallValue && a[0].TupleArity > 0 && a[0].Element(1).IsSameAs(a[1]))
            : p.Badarg()),
    ];

    private static BifEntry Test(string name, Func<Term, bool> test) => new("erlang", name, 1, (_, a) => Term.Boolean(test(a[0])));

    private static long FunArity(Term fun)
    {
        if (fun.Tag == TermTag.Fun)
        {
            var entry = (FunEntry)fun.Block[fun.Offset + 1].Box!;
            return entry.Arity - entry.FreeCount;
        }
        return fun.Box is ExportFun e ? e.Export.Arity : -1;
    }
}
