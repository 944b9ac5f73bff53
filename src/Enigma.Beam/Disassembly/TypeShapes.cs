using System.Numerics;
using Enigma.Beam.Etf;

namespace Enigma.Beam.Disassembly;

/// <summary>
/// Turns a Type chunk entry into the term OTP 25.2.3's <c>beam_types:decode_ext/1</c> gives:
/// <c>{Type, Min, Max}</c>, where Type joins the base type of every set bit (in bit order)
/// and Min/Max are the raw 64-bit fields read as unsigned. The base types all carry their
/// default fields, so the join only ever meets the shapes modelled here.
/// </summary>
internal static class TypeShapes
{
    // The base type of each bit, in the order of beam_types:ext_type_mapping/0.
    private static readonly Shape[] BitShapes =
    [
        Shape.Atom, Shape.Bitstring, Shape.BsContext, Shape.Cons, Shape.Float, Shape.Fun,
        Shape.Integer, Shape.Map, Shape.Nil, Shape.Pid, Shape.Port, Shape.Reference, Shape.Tuple,
    ];

    private static readonly ETerm NoneAtom = new EAtom("none");
    private static readonly ETerm AnyAtom = new EAtom("any");

    public static ETerm Decode(TypeEntry entry)
    {
        var type = Type.Of(Shape.None);
        for (var bit = 0; bit < BitShapes.Length; bit++)
        {
            if ((entry.TypeBits & (1 << bit)) != 0)
                type = Join(BitShapes[bit], type);
        }
        return new ETuple([
            type.ToTerm(),
            new EInteger(new BigInteger((ulong)entry.Min)),
            new EInteger(new BigInteger((ulong)entry.Max)),
        ]);
    }

    /// <summary>beam_types:join(A, Acc) for a base type A.</summary>
    private static Type Join(Shape a, Type acc)
    {
        if (acc.Union is { } union)
            return JoinUnion(union, a);
        var b = acc.Single;
        if (a == b)
            return acc;
        if (b == Shape.Any)
            return acc;
        if (b == Shape.None)
            return Type.Of(a);
        var (ca, cb) = (CategoryOf(a), CategoryOf(b));
        if (ca == cb)
            return Type.Of(Lub(a, b));
        if (ca == Category.Other && cb == Category.Other)
            return Type.Of(Lub(a, b));
        var u = new UnionParts();
        u.Set(ca, a);
        u.Set(cb, b);
        return Type.Of(u);
    }

    /// <summary>beam_types:join_unions/2 with a base type.</summary>
    private static Type JoinUnion(UnionParts union, Shape b)
    {
        var u = union.Clone();
        var category = CategoryOf(b);
        if (category == Category.Other)
        {
            var other = Lub(u.Other, b);
            if (other == Shape.Any)
                return Type.Of(Shape.Any);
            u.Other = other;
            return Type.Of(u);
        }
        u.Set(category, Lub(u.Get(category), b));
        // Only a tuple join shrinks the union (a one-member union is that member).
        return category == Category.Tuple ? Shrink(u) : Type.Of(u);
    }

    private static Type Shrink(UnionParts u)
    {
        if (u.Other == Shape.Any)
            return Type.Of(Shape.Any);
        Shape[] parts = [u.Atom, u.List, u.Number, u.Tuple, u.Other];
        var present = parts.Where(p => p != Shape.None).ToArray();
        return present.Length == 1 ? Type.Of(present[0]) : Type.Of(u);
    }

    /// <summary>beam_types:lub/2 on default-field base types.</summary>
    private static Shape Lub(Shape a, Shape b)
    {
        if (a == b)
            return a;
        if (a == Shape.None)
            return b;
        if (b == Shape.None)
            return a;
        if (a == Shape.Any || b == Shape.Any)
            return Shape.Any;
        if (IsMatchable(a) && IsMatchable(b))
            return a == Shape.Bitstring && b == Shape.Bitstring ? Shape.Bitstring
                : a == Shape.BsContext && b == Shape.BsContext ? Shape.BsContext
                : Shape.BsMatchable;
        return (CategoryOf(a), CategoryOf(b)) switch
        {
            // cons+nil, cons+list, nil+list: a possibly empty list.
            (Category.List, Category.List) => Shape.List,
            // integer+float, either+number.
            (Category.Number, Category.Number) => Shape.Number,
            _ => Shape.Any,
        };
    }

    private static bool IsMatchable(Shape s) => s is Shape.Bitstring or Shape.BsContext or Shape.BsMatchable;

    private static Category CategoryOf(Shape s) => s switch
    {
        Shape.Atom => Category.Atom,
        Shape.Cons or Shape.List or Shape.Nil => Category.List,
        Shape.Float or Shape.Integer or Shape.Number => Category.Number,
        Shape.Tuple => Category.Tuple,
        _ => Category.Other,
    };

    private static ETerm ToTerm(Shape s) => s switch
    {
        Shape.None => NoneAtom,
        Shape.Any => AnyAtom,
        Shape.Atom => Record("t_atom", AnyAtom),
        Shape.Bitstring => Record("t_bitstring", new EInteger(1)),
        Shape.BsContext => Record("t_bs_context", new EInteger(1)),
        Shape.BsMatchable => Record("t_bs_matchable", new EInteger(1)),
        Shape.Cons => Record("t_cons", AnyAtom, AnyAtom),
        Shape.List => Record("t_list", AnyAtom, AnyAtom),
        Shape.Float => Record("t_float", AnyAtom),
        Shape.Fun => Record("t_fun", AnyAtom, AnyAtom, AnyAtom),
        Shape.Integer => Record("t_integer", AnyAtom),
        Shape.Number => new EAtom("number"),
        Shape.Map => Record("t_map", AnyAtom, AnyAtom),
        Shape.Nil => new EAtom("nil"),
        Shape.Pid => new EAtom("pid"),
        Shape.Port => new EAtom("port"),
        Shape.Reference => new EAtom("reference"),
        Shape.Tuple => Record("t_tuple", new EInteger(0), new EAtom("false"), new EMap([])),
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, "no such type shape"),
    };

    private static ETuple Record(string name, params ETerm[] fields) => new([new EAtom(name), .. fields]);

    private enum Shape
    {
        None,
        Any,
        Atom,
        Bitstring,
        BsContext,
        BsMatchable,
        Cons,
        List,
        Float,
        Fun,
        Integer,
        Number,
        Map,
        Nil,
        Pid,
        Port,
        Reference,
        Tuple,
    }

    private enum Category
    {
        Atom,
        List,
        Number,
        Tuple,
        Other,
    }

    /// <summary>A #t_union{}: one slot per category, none where empty.</summary>
    private sealed class UnionParts
    {
        public Shape Atom { get; set; } = Shape.None;

        public Shape List { get; set; } = Shape.None;

        public Shape Number { get; set; } = Shape.None;

        public Shape Tuple { get; set; } = Shape.None;

        public Shape Other { get; set; } = Shape.None;

        public UnionParts Clone() => (UnionParts)MemberwiseClone();

        public Shape Get(Category c) => c switch
        {
            Category.Atom => Atom,
            Category.List => List,
            Category.Number => Number,
            Category.Tuple => Tuple,
            _ => Other,
        };

        public void Set(Category c, Shape s)
        {
            switch (c)
            {
                case Category.Atom: Atom = s; break;
                case Category.List: List = s; break;
                case Category.Number: Number = s; break;
                case Category.Tuple: Tuple = s; break;
                default: Other = s; break;
            }
        }

        public ETerm ToTerm() => new ETuple([
            new EAtom("t_union"), TypeShapes.ToTerm(Atom), TypeShapes.ToTerm(List),
            TypeShapes.ToTerm(Number), TypeShapes.ToTerm(Tuple), TypeShapes.ToTerm(Other),
        ]);
    }

    /// <summary>A type: one shape, or a union of several.</summary>
    private readonly record struct Type(Shape Single, UnionParts? Union)
    {
        public static Type Of(Shape s) => new(s, null);

        public static Type Of(UnionParts u) => new(Shape.None, u);

        public ETerm ToTerm() => Union?.ToTerm() ?? TypeShapes.ToTerm(Single);
    }
}
