using System.Numerics;
using Enigma.Beam.Etf;
using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Terms;

/// <summary>
/// Builds runtime terms for tests without a process heap: each object gets its
/// own small block in the layouts of notes/emulator.md (word 0 a block mark).
/// </summary>
internal static class TestTerms
{
    private static readonly Term Mark = Term.Special(SpecialKind.BlockMark, 0);

    public static Term Cons(Term head, Term tail)
    {
        var block = new[] { Mark, head, tail };
        return Term.Pointer(TermTag.Cons, block, 1);
    }

    public static Term List(params Term[] elements) => ImproperList(Term.Nil, elements);

    public static Term ImproperList(Term tail, params Term[] elements)
    {
        var list = tail;
        for (int k = elements.Length - 1; k >= 0; k--)
            list = Cons(elements[k], list);
        return list;
    }

    public static Term Tuple(params Term[] elements)
    {
        var block = new Term[elements.Length + 2];
        block[0] = Mark;
        block[1] = Term.Special(SpecialKind.TupleHeader, (ulong)elements.Length);
        elements.CopyTo(block, 2);
        return Term.Pointer(TermTag.Tuple, block, 1);
    }

    public static Term Float(double value)
    {
        var block = new[] { Mark, Term.Special(SpecialKind.FloatHeader, 0), new Term(BitConverter.DoubleToUInt64Bits(value), null) };
        return Term.Pointer(TermTag.Float, block, 1);
    }

    public static Term Atom(string name) => Atoms.Intern(name);

    public static Term Int(BigInteger value) => Term.Integer(value);

    public static Term Binary(params byte[] bytes) => Term.Bitstring(Bitstring.Of(bytes));

    /// <summary>A flat map: keys sorted in the exact term order, as erl keeps them.</summary>
    public static Term Map(params (Term Key, Term Value)[] pairs)
    {
        var sorted = pairs.ToArray();
        Array.Sort(sorted, (x, y) => TermOrder.CompareExact(x.Key, y.Key));
        var keys = Tuple(sorted.Select(p => p.Key).ToArray());
        var block = new Term[sorted.Length + 3];
        block[0] = Mark;
        block[1] = Term.Special(SpecialKind.MapHeader, (ulong)sorted.Length);
        block[2] = keys;
        for (int k = 0; k < sorted.Length; k++)
            block[3 + k] = sorted[k].Value;
        return Term.Pointer(TermTag.Map, block, 1);
    }

    /// <summary>A closure whose lambda word is <paramref name="template"/> (module, index, uniq ...).</summary>
    public static Term Closure(EFun template, params Term[] free)
    {
        var block = new Term[free.Length + 3];
        block[0] = Mark;
        block[1] = Term.Special(SpecialKind.FunHeader, (ulong)free.Length);
        block[2] = new Term(0, template);
        free.CopyTo(block, 3);
        return Term.Pointer(TermTag.Fun, block, 1);
    }

    public static Term ExportFun(string module, string function, int arity) =>
        Term.Other(new ExportFun(new Export(Atom(module), Atom(function), arity)));

    /// <summary>The runtime form of a term decoded from erl's external format.</summary>
    public static Term FromETerm(ETerm e) => e switch
    {
        EInteger i => Term.Integer(i.Value),
        EFloat f => Float(f.Value),
        EAtom a => Atom(a.Name),
        ENil => Term.Nil,
        ETuple t => Tuple(t.Elements.Select(FromETerm).ToArray()),
        EList l => ImproperList(FromETerm(l.Tail), l.Elements.Select(FromETerm).ToArray()),
        EMap m => Map(m.Pairs.Select(p => (FromETerm(p.Key), FromETerm(p.Value))).ToArray()),
        EBitstring b => Term.Bitstring(new Bitstring(b.Bytes, 0, b.BitSize)),
        EPid p when IsLocal(p.Node, p.Creation) => Term.Pid(((long)p.Serial << TermReader.PidNumberBits) | p.Id),
        EPort p when IsLocal(p.Node, p.Creation) => Term.Port((long)p.Id),
        ERef r when IsLocal(r.Node, r.Creation) => Term.Ref(LocalRefId(r.Ids)),
        EPid or EPort or ERef => Term.Other(e),
        EExport x => ExportFun(x.Module.Name, x.Function.Name, x.Arity),
        EFun f => Closure(f, f.FreeVars.Select(FromETerm).ToArray()),
        _ => throw new NotSupportedException(e.GetType().Name),
    };

    private static bool IsLocal(EAtom node, uint creation) => node.Name == TermReader.LocalNodeName && creation == 0;

    private static long LocalRefId(uint[] ids)
    {
        if (ids.Length != 3 || ids[0] >= 1u << TermReader.RefFirstWordBits || ids[2] >= 1u << 10)
            throw new NotSupportedException("this local reference does not fit an immediate");
        return ((long)ids[2] << (TermReader.RefFirstWordBits + 32)) | ((long)ids[1] << TermReader.RefFirstWordBits) | ids[0];
    }
}
