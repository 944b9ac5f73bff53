using System.Runtime.CompilerServices;
using Enigma.Runtime.Code;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Compiler;

/// <summary>
/// What compiled code calls, with the instruction's operands as constants: small enough for
/// RyuJIT to inline, or the interpreter's own helpers so both tiers share one behaviour.
/// </summary>
internal static class CompiledOps
{
    /// <summary>How many compiled calls nest on the .NET stack before control goes back to the tier's loop.</summary>
    public const int MaxDepth = 200;

    /// <summary>
    /// A call takes a reduction. False when the budget would run out: the interpreter then runs
    /// the call instruction itself and yields there, as it does for interpreted code.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TakeReduction(Interpreter interp)
    {
        if (interp.Reductions <= 1)
            return false;
        interp.Reductions--;
        return true;
    }

    /// <summary>Leaves compiled code to continue at <paramref name="pc"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // cold: kept out of the compiled function's body
    public static Exit Leave(Process p, int sp, LoadedModule module, int pc, Exit exit)
    {
        p.Sp = sp;
        p.Module = module;
        p.Pc = pc;
        return exit;
    }

    /// <summary>The instruction at <paramref name="pc"/> raised (the interpreter's ErrorHere).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // cold: kept out of the compiled function's body
    public static Exit Raised(Process p, int sp, LoadedModule module, int pc)
    {
        p.Sp = sp;
        p.CurrentPc = pc;
        p.CurrentModule = module;
        return Exit.Error;
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // cold: kept out of the compiled function's body
    public static void GrowStack(Process p, int sp, int words)
    {
        p.Sp = sp;
        p.EnsureStack(words);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Collect(Process p, Term[] x, int live, int need, int sp) => Interpreter.MaybeCollect(p, x, live, need, sp);

    // The depth argument of compiled code: how many compiled calls nest on the .NET stack (from
    // bit 1), and in bit 0 whether a return goes back to a .NET caller that continues after its
    // call (Returned). A tail call keeps its caller's bit: its return is its caller's return.

    /// <summary>The depth a body call passes to its callee.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Nested(int depth) => (depth | 1) + 2;

    /// <summary>The depth a tail call passes to its callee.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TailNested(int depth) => depth + 2;

    /// <summary>A local call (the return address, if any, pushed): directly when the callee is compiled.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Exit CallLocal(FunctionUnit callee, Interpreter interp, Process p, int sp, int depth)
    {
        p.Sp = sp;
        if (callee.Code is { } code && depth < 2 * MaxDepth)
            return code(interp, p, 0, depth);
        p.Module = callee.Module;
        p.Pc = callee.Entry;
        return Exit.Jump;
    }

    /// <summary>A remote call: directly when M:F/A is compiled Erlang code, else as the interpreter calls it.</summary>
    public static Exit CallExternal(LoadedModule module, int import, int arity, Interpreter interp, Process p, int sp, int depth)
    {
        p.Sp = sp;
        var export = module.Imports[import];
        if (export.Bif is null && depth < 2 * MaxDepth && export.Code is { } target
            && target.Module.Units?.At[target.Index] is { Unit.Code: { } code })
            return code(interp, p, 0, depth);
        return Interpreter.CallExport(p, interp.X, export, arity) ? Exit.Jump : Exit.Error;
    }

    /// <summary>call_fun, call_fun2 (the return address pushed): as the interpreter calls a fun, then directly when its code is compiled.</summary>
    public static Exit CallFun(Term fun, int arity, Interpreter interp, Process p, int sp, int depth)
    {
        p.Sp = sp;
        if (!Interpreter.CallFunTerm(p, interp.X, fun, arity))
            return Exit.Error;
        if (depth < 2 * MaxDepth && p.Module!.Units?.At[p.Pc] is { Index: 0, Unit.Code: { } code })
            return code(interp, p, 0, depth);
        return Exit.Jump;
    }

    /// <summary>return: to the direct caller, else to the address on the stack.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Exit Return(Process p, Term[] stack, int sp, int depth)
    {
        p.Sp = sp + 1;
        if ((depth & 1) != 0)
            return Exit.Returned;
        var cp = stack[sp];
        if (cp.Box is null)
            return Exit.Finished;
        p.Module = Unsafe.As<LoadedModule>(cp.Box);
        p.Pc = (int)cp.SpecialPayload;
        return Exit.Jump;
    }

    public static Term Bif(Process p, Term[] x, LoadedModule module, int import, int arity, int sp, int pc) =>
        Interpreter.CallBif(p, x, module.Imports[import], arity, sp, pc, module);

    /// <summary>The BIF at <paramref name="pc"/> trapped (apply/2,3): its call continues in the tier's loop.</summary>
    public static Exit Trap(Interpreter interp, Process p, LoadedModule module, int pc) =>
        Interpreter.ContinueTrap(p, interp.X, ref module.Code[pc], pc, module) ? Exit.Jump : Exit.Error;

    public static Term GuardBif(Interpreter interp, Process p, LoadedModule module, int pc, Term[] x, Term[] stack, int sp) =>
        interp.CallGuardBif(p, ref module.Code[pc], module, x, stack, sp);

    /// <summary>An instruction of the interpreter's cold path, run in place: the next pc, or -1 when it raised.</summary>
    public static int Slow(Interpreter interp, Process p, LoadedModule module, int pc, Term[] x, int sp)
    {
        p.Sp = sp;
        var next = pc;
        return interp.ExecuteSlow(p, ref module.Code[pc], x, ref next, module) ? next : -1;
    }

    public static void CatchEnd(Process p, Term[] x)
    {
        if (x[0].IsNonValue)
            x[0] = Interpreter.CatchValue(p, x);
    }

    public static void TryCase(Term[] x) => (x[0], x[1], x[2]) = (x[1], x[2], x[3]);

    // ---- terms, by value so that IL can call them without addresses ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNonValue(Term t) => t.IsNonValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrap(Term t) => t.IsTrap;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCons(Term t) => t.Tag == TermTag.Cons;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNil(Term t) => t.IsNil;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTuple(Term t) => t.Tag == TermTag.Tuple;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAtom(Term t) => t.Tag == TermTag.Atom;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSmall(Term t) => t.IsSmall;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long SmallValue(Term t) => t.SmallValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term Head(Term t) => t.Head;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term Tail(Term t) => t.Tail;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term Element(Term t, int index) => t.Element(index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TupleArity(Term t) => t.TupleArity;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTupleOfArity(Term t, int arity) => t.Tag == TermTag.Tuple && t.TupleArity == arity;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasArity(Term t, int arity) => t.TupleArity == arity;

    public static bool IsTaggedTuple(Term t, int arity, Term tag) =>
        t.IsTuple && t.TupleArity == arity && arity > 0 && t.Element(1).IsSameAs(tag);

    /// <summary>Only emitted on a tuple just built by this function: updating in place is safe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetElement(Term tuple, int index, Term value) => Term.Store(tuple.Block, tuple.Offset + 1 + index, value);

    /// <summary><paramref name="a"/> &lt; the small integer constant <paramref name="b"/> (is_lt, is_ge).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessThanSmall(Term a, long b) => a.IsSmall ? a.SmallValue < b : TermOrder.Less(a, Term.Small(b));

    /// <summary>The small integer constant <paramref name="a"/> &lt; <paramref name="b"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SmallLessThan(long a, Term b) => b.IsSmall ? a < b.SmallValue : TermOrder.Less(Term.Small(a), b);

    /// <summary><paramref name="a"/> + the small integer constant <paramref name="c"/>; NonValue when a is not small (the BIF decides).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term AddSmall(Term a, long c) => a.IsSmall ? Term.Integer(a.SmallValue + c) : Term.NonValue;

    /// <summary>The bits of a term: =:= to an immediate constant is a compare of these with the constant's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Bits(Term t) => t.Raw;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ExactlyEqual(Term a, Term b) => a.IsSameAs(b) || TermOrder.ExactlyEqual(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term Cons(Heap heap, Term head, Term tail) => heap.Cons(head, tail);

    /// <summary>put_tuple2: a tuple with its header written; the compiled code stores the elements (SetElement).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term NewTuple(Heap heap, int arity)
    {
        var (block, at) = heap.Allocate(1 + arity);
        block[at] = Term.Special(SpecialKind.TupleHeader, (ulong)arity);
        return Term.Pointer(TermTag.Tuple, block, at);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term Float(Heap heap, double value) => heap.Float(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FloatValue(Term t) => t.FloatValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term Nil() => Term.Nil;

    /// <summary>An entry index the function does not have: a bug in the tier.</summary>
    public static Exit BadEntry(int entry) =>
        throw new InvalidOperationException($"compiled code entered at unknown entry point {entry}");
}
