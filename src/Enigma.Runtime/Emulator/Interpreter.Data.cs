using Enigma.Runtime.Code;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>Type tests, select instructions, building terms and collection points.</summary>
public sealed partial class Interpreter
{
    internal static bool TypeTest(Op op, Term t) => op switch
    {
        Op.IsInteger => t.IsInteger,
        Op.IsFloat => t.IsFloat,
        Op.IsNumber => t.IsNumber,
        Op.IsPid => t.IsPid || (t.Tag == TermTag.Other && t.Box is Beam.Etf.EPid),
        Op.IsReference => t.IsRef || (t.Tag == TermTag.Other && t.Box is Beam.Etf.ERef),
        Op.IsPort => t.IsPort || (t.Tag == TermTag.Other && t.Box is Beam.Etf.EPort),
        Op.IsBinary => t.IsBinary,
        Op.IsList => t.IsList,
        Op.IsFunction => t.IsFun,
        Op.IsBoolean => t.IsSameAs(Atoms.True) || t.IsSameAs(Atoms.False),
        Op.IsBitstr => t.IsBitstring,
        Op.IsMap => t.IsMap,
        _ => throw new InvalidOperationException($"{op} is not a type test"),
    };

    internal static bool IsFunctionOfArity(Term fun, Term arity)
    {
        if (!arity.IsSmall || !fun.IsFun)
            return false;
        var funArity = fun.Tag == TermTag.Fun
            ? ((FunEntry)fun.Block[fun.Offset + 1].Box!).Arity - ((FunEntry)fun.Block[fun.Offset + 1].Box!).FreeCount
            : ((ExportFun)fun.Box!).Export.Arity;
        return funArity == arity.SmallValue;
    }

    /// <summary>select_val: the list is (value, label) pairs; exact match on the value.</summary>
    private static int SelectVal(Term value, int fail, LoadedModule module, Term[] consts, int start, int count)
    {
        var extra = module.Extra;
        for (var k = start; k < start + count; k += 2)
        {
            if (TermOrder.ExactlyEqual(value, consts[Operand.Index(extra[k])]))
                return extra[k + 1];
        }
        return fail;
    }

    /// <summary>select_tuple_arity: the list is (arity, label) pairs.</summary>
    private static int SelectArity(int arity, int fail, LoadedModule module, Term[] consts, int start, int count)
    {
        var extra = module.Extra;
        for (var k = start; k < start + count; k += 2)
        {
            if (consts[Operand.Index(extra[k])].SmallValue == arity)
                return extra[k + 1];
        }
        return fail;
    }

    internal static Term BuildTuple(Heap heap, LoadedModule module, int start, int count, Term[] x, Term[] stack, int sp, Term[] consts)
    {
        var (block, offset) = heap.Allocate(count + 1);
        block[offset] = Term.Special(SpecialKind.TupleHeader, (ulong)count);
        var extra = module.Extra;
        for (var k = 0; k < count; k++)
            block[offset + 1 + k] = Get(extra[start + k], x, stack, sp, consts);
        return Term.Pointer(TermTag.Tuple, block, offset);
    }

    /// <summary>The arguments as a list, for function_clause and BIF errors.</summary>
    private static Term MakeArgList(Process p, ReadOnlySpan<Term> args) => p.Heap.List(args);

    /// <summary>A collection point (test_heap, allocate_heap, gc_bif): collect when the heap asks for it.</summary>
    internal static void MaybeCollect(Process p, Term[] x, int live, int need, int sp, Memory<Term> extraRoots = default)
    {
        if (p.Heap.NeedsCollection(need))
            Collect(p, x, live, need, sp, extraRoots);
    }

    /// <summary>
    /// A collection now, with x0..live-1, the stack from <paramref name="sp"/>, the mailbox,
    /// the dictionary and <paramref name="extraRoots"/> as roots.
    /// </summary>
    internal static void Collect(Process p, Term[] x, int live, int need, int sp, Memory<Term> extraRoots = default)
    {
        var roots = (t_roots ??= new RootSet()).Clear();
        roots.Add(x, 0, live);
        roots.Add(extraRoots);
        roots.Add(p.Mailbox.Slots);
        roots.Add(p.Stack, sp, p.Stack.Length - sp);
        if (p.HasDictionary)
            roots.Add(p.Dictionary.Slots);
        p.Heap.Collect(roots, need);
        roots.Clear();
        if (p.MaxHeap is { } limit && p.Heap.SizeWords + p.Stack.Length > limit.Words)
            p.Node.HeapLimitReached(p, limit, p.Heap.SizeWords + p.Stack.Length);
    }

    // Reused by the collections on this thread (a process with a small heap collects very often).
    [ThreadStatic]
    private static RootSet? t_roots;
}
