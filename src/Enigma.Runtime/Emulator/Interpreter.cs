using System.Runtime.CompilerServices;
using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>What stopped a run of <see cref="Interpreter.Run"/>.</summary>
public enum RunResult
{
    /// <summary>The reduction budget is spent; run it again to continue.</summary>
    Yielded,
    /// <summary>The process returned from its first function.</summary>
    Finished,
    /// <summary>An exception reached the bottom of the stack.</summary>
    Crashed,
    /// <summary>In a receive with no matching message; see <see cref="Process.Deadline"/>.</summary>
    Waiting,
}

/// <summary>
/// The dispatch loop: one switch over the loaded opcodes with the hot state in locals.
/// Erlang calls never recurse in .NET: return addresses live on the process stack.
/// Rare or long instructions are in other files of this partial class, one per family.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>BEAM has 1024 x registers; they belong to the scheduler, not the process.</summary>
    public const int XRegisters = 1024;

    private readonly Term[] _x = new Term[XRegisters];
    private readonly double[] _fr = new double[XRegisters];

    /// <summary>The compiling tier, or null when it is off: entered at calls and returns.</summary>
    private readonly Compiler.CompilingTier? _tier;

    internal Interpreter(Compiler.CompilingTier? tier = null) => _tier = tier;

    /// <summary>The x registers, for compiled code.</summary>
    internal Term[] X => _x;

    /// <summary>The float registers, for compiled code.</summary>
    internal double[] FloatRegisters => _fr;

    /// <summary>What is left of the time slice while compiled code runs (a field, so that the loop's own count stays in a register).</summary>
    internal int Reductions;

    /// <summary>Starts <paramref name="process"/> in M:F(Args): it ends when that call returns.</summary>
    public static void Prepare(Process process, Export entry, Term[] args)
    {
        process.SavedX = args;
        process.EnsureStack(1);
        process.Stack[--process.Sp] = ReturnToNowhere;
        process.Module = BootModule.For(entry);
        process.Pc = 0;
    }

    /// <summary>The return address under the first call: returning to it ends the process.</summary>
    private static readonly Term ReturnToNowhere = Term.Special(SpecialKind.CodePointer, 0);

    public RunResult Run(Process p, int reductions)
    {
        var x = _x;
        var fr = _fr;
        p.SavedX.CopyTo(x, 0);
        var stack = p.Stack;
        var sp = p.Sp;
        var module = p.Module;
        var code = module?.Code ?? [];
        var consts = module?.Constants ?? [];
        var pc = p.Pc;
        var heap = p.Heap;

        while (true)
        {
            ref var i = ref code[pc];
            switch (i.Op)
            {
                // ---- moves ----
                case Op.MoveXX: x[i.B] = x[i.A]; pc++; continue;
                case Op.MoveXY: stack[sp + i.B] = x[i.A]; pc++; continue;
                case Op.MoveYX: x[i.B] = stack[sp + i.A]; pc++; continue;
                case Op.MoveYY: stack[sp + i.B] = stack[sp + i.A]; pc++; continue;
                case Op.MoveCX: x[i.B] = consts[i.A]; pc++; continue;
                case Op.MoveCY: stack[sp + i.B] = consts[i.A]; pc++; continue;
                case Op.Move:
                    Put(i.B, Get(i.A, x, stack, sp, consts), x, stack, sp);
                    pc++;
                    continue;
                case Op.Swap:
                {
                    var a = Get(i.A, x, stack, sp, consts);
                    Put(i.A, Get(i.B, x, stack, sp, consts), x, stack, sp);
                    Put(i.B, a, x, stack, sp);
                    pc++;
                    continue;
                }
                case Op.Init:
                    Put(i.A, Term.Nil, x, stack, sp);
                    pc++;
                    continue;
                case Op.InitYregs:
                    for (var k = 0; k < i.B; k++)
                        Put(module!.Extra[i.A + k], Term.Nil, x, stack, sp);
                    pc++;
                    continue;

                // ---- stack frames ----
                // y slots start as nil so that a collection never sees stale words.
                case Op.Allocate or Op.AllocateZero or Op.AllocateHeap or Op.AllocateHeapZero:
                    if (sp < i.A)
                    {
                        p.Sp = sp;
                        p.EnsureStack(i.A);
                        stack = p.Stack;
                        sp = p.Sp;
                    }
                    sp -= i.A;
                    for (var k = 0; k < i.A; k++)
                        stack[sp + k] = Term.Nil;
                    if (i.Op is Op.AllocateHeap or Op.AllocateHeapZero)
                        MaybeCollect(p, x, i.C, i.B, sp);
                    pc++;
                    continue;
                case Op.TestHeap:
                    MaybeCollect(p, x, i.B, i.A, sp);
                    pc++;
                    continue;
                case Op.Deallocate:
                    sp += i.A;
                    pc++;
                    continue;
                case Op.Trim:
                    sp += i.A;
                    pc++;
                    continue;
                case Op.Return:
                {
                    var cp = stack[sp++];
                    if (cp.Box is null)
                    {
                        p.Sp = sp;
                        p.SavedX = [x[0]];
                        return RunResult.Finished;
                    }
                    // Only return addresses are under sp here: the box is always code (a cast would check it).
                    var caller = Unsafe.As<LoadedModule>(cp.Box);
                    module = caller;
                    code = caller.Code;
                    consts = caller.Constants;
                    pc = (int)cp.SpecialPayload;
                    goto Transfer;
                }

                case Op.DeallocateReturn:
                    sp += i.A;
                    goto case Op.Return;
                case Op.MoveReturn:
                    x[0] = Get(i.A, x, stack, sp, consts);
                    goto case Op.Return;

                // ---- local calls ----
                case Op.Call:
                    if (--reductions <= 0)
                        goto Yield;
                    if (sp == 0)
                        goto GrowForCall;
                    stack[--sp] = Term.Special(SpecialKind.CodePointer, (ulong)(pc + 1), module);
                    pc = i.B;
                    goto Transfer;
                // A yield happens before the call changes anything, so the call runs again on resumption.
                case Op.CallLast:
                    if (--reductions <= 0)
                        goto Yield;
                    sp += i.C;
                    pc = i.B;
                    goto Transfer;
                case Op.CallOnly:
                    if (--reductions <= 0)
                        goto Yield;
                    pc = i.B;
                    goto Transfer;

                // ---- remote calls ----
                case Op.CallExt or Op.CallExtLast or Op.CallExtOnly:
                {
                    if (--reductions <= 0)
                        goto Yield;
                    var export = module!.Imports[i.B];
                    if (i.Op == Op.CallExt)
                    {
                        if (sp == 0)
                            goto GrowForCall;
                        stack[--sp] = Term.Special(SpecialKind.CodePointer, (ulong)(pc + 1), module);
                    }
                    else if (i.Op == Op.CallExtLast)
                    {
                        sp += i.C;
                    }
                    p.Sp = sp;
                    if (!CallExport(p, x, export, i.A))
                        goto Error;
                    stack = p.Stack;
                    sp = p.Sp;
                    module = p.Module;
                    pc = p.Pc;
                    code = module!.Code;
                    consts = module.Constants;
                    goto Transfer;
                }
                case Op.CallBif or Op.CallBifLast or Op.CallBifOnly:
                {
                    var result = CallBif(p, x, module!.Imports[i.B], i.A, sp, pc, module);
                    if (result.IsNonValue)
                        goto Error;
                    if (result.IsTrap)
                    {
                        // apply/2,3: continue as the call the BIF asked for, from this call site.
                        var trapped = ContinueTrap(p, x, ref i, pc, module);
                        stack = p.Stack;
                        sp = p.Sp;
                        if (!trapped)
                            goto Error;
                        module = p.Module;
                        pc = p.Pc;
                        code = module!.Code;
                        consts = module.Constants;
                        goto Transfer;
                    }
                    x[0] = result;
                    if (i.Op == Op.CallBif)
                    {
                        pc++;
                        continue;
                    }
                    if (i.Op == Op.CallBifLast)
                        sp += i.C;
                    goto case Op.Return;
                }

                // ---- guard BIFs and operators ----
                case Op.Bif0:
                case Op.Bif1:
                case Op.Bif2:
                case Op.GcBif1:
                case Op.GcBif2:
                case Op.GcBif3:
                {
                    var result = CallGuardBif(p, ref i, module!, x, stack, sp);
                    if (result.IsNonValue)
                    {
                        var fail = i.Op == Op.Bif0 ? -1 : i.A;
                        if (fail >= 0)
                        {
                            // A guard that fails is not an exception: forget what the BIF recorded.
                            p.ForgetError();
                            pc = fail;
                            continue;
                        }
                        p.CurrentPc = pc;
                        p.CurrentModule = module;
                        goto Error;
                    }
                    Put(BifDestination(ref i), result, x, stack, sp);
                    pc++;
                    continue;
                }

                // ---- arithmetic on small integers; anything else goes to the BIF ----
                // Two 60-bit values: a sum or difference fits a long; Integer picks small or big.
                case Op.Add:
                {
                    var r = SmallArithmetic.Add(Get(i.D, x, stack, sp, consts), Get(i.E, x, stack, sp, consts));
                    if (r.IsNonValue)
                        goto case Op.GcBif2; // the BIF raises badarith or computes a bignum/float
                    Put(i.F, r, x, stack, sp);
                    pc++;
                    continue;
                }
                case Op.Subtract:
                {
                    var r = SmallArithmetic.Subtract(Get(i.D, x, stack, sp, consts), Get(i.E, x, stack, sp, consts));
                    if (r.IsNonValue)
                        goto case Op.GcBif2;
                    Put(i.F, r, x, stack, sp);
                    pc++;
                    continue;
                }
                case Op.Multiply or Op.BitAnd or Op.BitOr or Op.BitXor or Op.ShiftLeft or Op.ShiftRight or Op.Divide or Op.Remainder:
                {
                    var r = SmallArithmetic.Compute(i.Op, Get(i.D, x, stack, sp, consts), Get(i.E, x, stack, sp, consts));
                    if (r.IsNonValue)
                        goto case Op.GcBif2;
                    Put(i.F, r, x, stack, sp);
                    pc++;
                    continue;
                }

                // ---- floating point: registers in fr, an error when a result is not finite ----
                case Op.Fclearerror or Op.Fcheckerror:
                    pc++;
                    continue;
                case Op.Fmove:
                    if (Operand.Kind(i.A) != Operand.FloatReg)
                        fr[Operand.Index(i.B)] = Get(i.A, x, stack, sp, consts).FloatValue;
                    else if (Operand.Kind(i.B) == Operand.FloatReg)
                        fr[Operand.Index(i.B)] = fr[Operand.Index(i.A)];
                    else
                        Put(i.B, heap.Float(fr[Operand.Index(i.A)]), x, stack, sp);
                    pc++;
                    continue;
                case Op.Fadd or Op.Fsub or Op.Fmul or Op.Fdiv:
                {
                    var a = fr[Operand.Index(i.B)];
                    var b = fr[Operand.Index(i.C)];
                    var r = i.Op switch
                    {
                        Op.Fadd => a + b,
                        Op.Fsub => a - b,
                        Op.Fmul => a * b,
                        _ => a / b,
                    };
                    if (!double.IsFinite(r))
                    {
                        p.Raise(ErrorClass.Error, Atoms.Badarith);
                        goto ErrorHere;
                    }
                    fr[Operand.Index(i.D)] = r;
                    pc++;
                    continue;
                }

                // ---- comparisons: jump to A when the test fails ----
                case Op.IsEqExactXC:
                    pc = TermOrder.ExactlyEqual(x[i.B], consts[i.C]) ? pc + 1 : i.A;
                    continue;
                case Op.IsNeExactXC:
                    pc = TermOrder.ExactlyEqual(x[i.B], consts[i.C]) ? i.A : pc + 1;
                    continue;
                case Op.IsEqExact:
                    pc = TermOrder.ExactlyEqual(Get(i.B, x, stack, sp, consts), Get(i.C, x, stack, sp, consts)) ? pc + 1 : i.A;
                    continue;
                case Op.IsNeExact:
                    pc = TermOrder.ExactlyEqual(Get(i.B, x, stack, sp, consts), Get(i.C, x, stack, sp, consts)) ? i.A : pc + 1;
                    continue;
                case Op.IsEq:
                    pc = TermOrder.Equal(Get(i.B, x, stack, sp, consts), Get(i.C, x, stack, sp, consts)) ? pc + 1 : i.A;
                    continue;
                case Op.IsNe:
                    pc = TermOrder.Equal(Get(i.B, x, stack, sp, consts), Get(i.C, x, stack, sp, consts)) ? i.A : pc + 1;
                    continue;
                case Op.IsLt:
                    pc = TermOrder.Less(Get(i.B, x, stack, sp, consts), Get(i.C, x, stack, sp, consts)) ? pc + 1 : i.A;
                    continue;
                case Op.IsGe:
                    pc = TermOrder.Less(Get(i.B, x, stack, sp, consts), Get(i.C, x, stack, sp, consts)) ? i.A : pc + 1;
                    continue;

                // ---- type tests: the common ones inline ----
                case Op.IsNonemptyList:
                    pc = Get(i.B, x, stack, sp, consts).Tag == TermTag.Cons ? pc + 1 : i.A;
                    continue;
                case Op.IsNil:
                    pc = Get(i.B, x, stack, sp, consts).IsNil ? pc + 1 : i.A;
                    continue;
                case Op.IsTuple:
                    pc = Get(i.B, x, stack, sp, consts).Tag == TermTag.Tuple ? pc + 1 : i.A;
                    continue;
                case Op.IsAtom:
                    pc = Get(i.B, x, stack, sp, consts).Tag == TermTag.Atom ? pc + 1 : i.A;
                    continue;
                case Op.IsInteger or Op.IsFloat or Op.IsNumber or Op.IsPid or Op.IsReference or Op.IsPort
                    or Op.IsBinary or Op.IsList or Op.IsFunction or Op.IsBoolean or Op.IsBitstr or Op.IsMap:
                    pc = TypeTest(i.Op, Get(i.B, x, stack, sp, consts)) ? pc + 1 : i.A;
                    continue;
                case Op.IsTupleOfArity:
                {
                    var t = Get(i.B, x, stack, sp, consts);
                    pc = t.Tag == TermTag.Tuple && t.TupleArity == i.C ? pc + 2 : i.A;
                    continue;
                }
                case Op.TestArity:
                {
                    var t = Get(i.B, x, stack, sp, consts);
                    pc = t.TupleArity == i.C ? pc + 1 : i.A;
                    continue;
                }
                case Op.IsTaggedTuple:
                {
                    var t = Get(i.B, x, stack, sp, consts);
                    pc = t.IsTuple && t.TupleArity == i.C && t.TupleArity > 0
                        && t.Element(1).IsSameAs(Get(i.D, x, stack, sp, consts)) ? pc + 1 : i.A;
                    continue;
                }
                case Op.IsFunction2:
                    pc = IsFunctionOfArity(Get(i.B, x, stack, sp, consts), Get(i.C, x, stack, sp, consts)) ? pc + 1 : i.A;
                    continue;

                // ---- branches ----
                case Op.Jump:
                    pc = i.A;
                    continue;
                case Op.SelectVal:
                    pc = SelectVal(Get(i.A, x, stack, sp, consts), i.B, module!, consts, i.C, i.D);
                    continue;
                case Op.SelectValJumpTable:
                {
                    var v = Get(i.A, x, stack, sp, consts);
                    var extra = module!.Extra;
                    if (!v.IsSmall)
                    {
                        pc = i.B;
                        continue;
                    }
                    var index = v.SmallValue - extra[i.C];
                    pc = (ulong)index < (ulong)i.D ? extra[i.C + 1 + (int)index] : i.B;
                    continue;
                }
                case Op.SelectTupleArity:
                {
                    var t = Get(i.A, x, stack, sp, consts);
                    pc = t.IsTuple ? SelectArity(t.TupleArity, i.B, module!, consts, i.C, i.D) : i.B;
                    continue;
                }

                // ---- lists and tuples ----
                case Op.GetList:
                {
                    var l = Get(i.A, x, stack, sp, consts);
                    Put(i.B, l.Head, x, stack, sp);
                    Put(i.C, l.Tail, x, stack, sp);
                    pc++;
                    continue;
                }
                case Op.IsNonemptyListGetList:
                {
                    var l = Get(i.B, x, stack, sp, consts);
                    if (l.Tag != TermTag.Cons)
                    {
                        pc = i.A;
                        continue;
                    }
                    var cell = l.Block;
                    var at = l.Offset;
                    Put(i.C, cell[at], x, stack, sp);
                    Put(i.D, cell[at + 1], x, stack, sp);
                    pc += 2;
                    continue;
                }
                case Op.GetHd:
                    Put(i.B, Get(i.A, x, stack, sp, consts).Head, x, stack, sp);
                    pc++;
                    continue;
                case Op.GetTl:
                    Put(i.B, Get(i.A, x, stack, sp, consts).Tail, x, stack, sp);
                    pc++;
                    continue;
                case Op.GetTupleElement:
                    Put(i.C, Get(i.A, x, stack, sp, consts).Element(i.B + 1), x, stack, sp);
                    pc++;
                    continue;
                case Op.SetTupleElement:
                {
                    // Only emitted on a tuple just built by this function: updating in place is safe.
                    var t = Get(i.B, x, stack, sp, consts);
                    t.Block[t.Offset + 1 + i.C] = Get(i.A, x, stack, sp, consts);
                    pc++;
                    continue;
                }
                case Op.PutList:
                    Put(i.C, heap.Cons(Get(i.A, x, stack, sp, consts), Get(i.B, x, stack, sp, consts)), x, stack, sp);
                    pc++;
                    continue;
                case Op.TestHeapPutList:
                    MaybeCollect(p, x, i.B, i.A, sp);
                    Put(i.E, heap.Cons(Get(i.C, x, stack, sp, consts), Get(i.D, x, stack, sp, consts)), x, stack, sp);
                    pc += 2;
                    continue;
                case Op.PutTuple2:
                    Put(i.A, BuildTuple(heap, module!, i.B, i.C, x, stack, sp, consts), x, stack, sp);
                    pc++;
                    continue;

                // ---- funs ----
                case Op.MakeFun3:
                    Put(i.B, MakeFun(heap, module!, i.A, i.C, i.D, x, stack, sp, consts), x, stack, sp);
                    pc++;
                    continue;
                case Op.CallFun or Op.CallFun2:
                {
                    if (--reductions <= 0)
                        goto Yield;
                    var arity = i.Op == Op.CallFun ? i.A : i.B;
                    var fun = i.Op == Op.CallFun ? x[arity] : Get(i.C, x, stack, sp, consts);
                    if (sp == 0)
                        goto GrowForCall;
                    stack[--sp] = Term.Special(SpecialKind.CodePointer, (ulong)(pc + 1), module);
                    p.Sp = sp;
                    if (!CallFunTerm(p, x, fun, arity))
                        goto Error;
                    stack = p.Stack;
                    sp = p.Sp;
                    module = p.Module;
                    pc = p.Pc;
                    code = module!.Code;
                    consts = module.Constants;
                    goto Transfer;
                }
                case Op.Apply or Op.ApplyLast:
                {
                    if (--reductions <= 0)
                        goto Yield;
                    var arity = i.A;
                    if (i.Op == Op.Apply)
                    {
                        if (sp == 0)
                            goto GrowForCall;
                        stack[--sp] = Term.Special(SpecialKind.CodePointer, (ulong)(pc + 1), module);
                    }
                    else
                    {
                        sp += i.B;
                    }
                    p.Sp = sp;
                    if (!Apply(p, x, x[arity], x[arity + 1], arity))
                        goto Error;
                    stack = p.Stack;
                    sp = p.Sp;
                    module = p.Module;
                    pc = p.Pc;
                    code = module!.Code;
                    consts = module.Constants;
                    goto Transfer;
                }

                // ---- errors raised by generated code ----
                case Op.FuncInfo:
                    p.Raise(ErrorClass.Error, Atoms.FunctionClause);
                    p.ErrorArgs = MakeArgList(p, x.AsSpan(0, i.C));
                    p.CurrentPc = pc;
                    p.CurrentModule = module;
                    goto Error;
                case Op.Badmatch:
                    RaiseTagged(p, Atoms.Badmatch, Get(i.A, x, stack, sp, consts));
                    goto ErrorHere;
                case Op.CaseEnd:
                    RaiseTagged(p, Atoms.CaseClause, Get(i.A, x, stack, sp, consts));
                    goto ErrorHere;
                case Op.TryCaseEnd:
                    RaiseTagged(p, Atoms.TryClause, Get(i.A, x, stack, sp, consts));
                    goto ErrorHere;
                case Op.Badrecord:
                    RaiseTagged(p, Atoms.Badrecord, Get(i.A, x, stack, sp, consts));
                    goto ErrorHere;
                case Op.IfEnd:
                    p.Raise(ErrorClass.Error, Atoms.IfClause);
                    goto ErrorHere;

                // ---- catch and try ----
                case Op.Catch or Op.Try:
                    Put(i.A, Term.Special(SpecialKind.Catch, (ulong)i.B, module), x, stack, sp);
                    pc++;
                    continue;
                case Op.TryEnd:
                    Put(i.A, Term.Nil, x, stack, sp);
                    pc++;
                    continue;
                case Op.CatchEnd:
                    Put(i.A, Term.Nil, x, stack, sp);
                    if (x[0].IsNonValue)
                        x[0] = CatchValue(p, x);
                    pc++;
                    continue;
                case Op.TryCase:
                    Put(i.A, Term.Nil, x, stack, sp);
                    (x[0], x[1], x[2]) = (x[1], x[2], x[3]);
                    pc++;
                    continue;
                case Op.Raise:
                    RaiseFromTerms(p, Get(i.A, x, stack, sp, consts), Get(i.B, x, stack, sp, consts));
                    goto ErrorKeepTrace;
                case Op.RawRaise:
                    if (!RaiseFromTerms(p, x[0], x[1], x[2]))
                    {
                        x[0] = Atoms.Badarg;
                        pc++;
                        continue;
                    }
                    goto ErrorKeepTrace;
                case Op.BuildStacktrace:
                    x[0] = BuildStacktrace(p, x[0]);
                    pc++;
                    continue;

                // ---- messages ----
                case Op.Send:
                    if (!p.Node.Send(x[0], x[1]))
                    {
                        p.ErrorBif = p.Node.Exports.Get(Atoms.Erlang, Atoms.Intern("!"), 2);
                        p.ErrorArgs = MakeArgList(p, x.AsSpan(0, 2));
                        p.Badarg();
                        goto ErrorHere;
                    }
                    x[0] = x[1];
                    pc++;
                    continue;
                case Op.LoopRec:
                    if (p.Mailbox.TryPeek(heap, out var message))
                    {
                        Put(i.B, message, x, stack, sp);
                        pc++;
                    }
                    else
                    {
                        pc = i.A;
                    }
                    continue;
                case Op.LoopRecEnd:
                    p.Mailbox.Save++;
                    pc = i.A;
                    continue;
                case Op.RemoveMessage:
                    p.Mailbox.RemoveCurrent();
                    p.Deadline = long.MaxValue;
                    p.TimedOut = false;
                    pc++;
                    continue;
                case Op.Timeout:
                    p.Mailbox.Save = 0;
                    p.Deadline = long.MaxValue;
                    pc++;
                    continue;
                case Op.Wait:
                    heap.DropSpare();
                    p.Sp = sp;
                    p.Module = module;
                    p.Pc = i.A;
                    p.SavedX = [];
                    return RunResult.Waiting;
                case Op.WaitTimeout:
                {
                    if (p.TimedOut)
                    {
                        p.TimedOut = false;
                        pc++;
                        continue;
                    }
                    // Back here after a message that did not match, the timer already runs and the
                    // operand may be gone: x registers are not kept while a process waits.
                    if (p.Deadline == long.MaxValue)
                    {
                        var after = Get(i.B, x, stack, sp, consts);
                        if (after.IsSameAs(Atoms.Infinity))
                            goto case Op.Wait;
                        if (!after.IsInteger || after.BigValue.Sign < 0 || after.BigValue > uint.MaxValue)
                        {
                            p.Raise(ErrorClass.Error, Atoms.TimeoutValue);
                            goto ErrorHere;
                        }
                        if (after.IsSmall && after.SmallValue == 0)
                        {
                            pc++;
                            continue;
                        }
                        p.Deadline = Node.Clock + (long)after.BigValue;
                    }
                    p.Sp = sp;
                    p.Module = module;
                    p.Pc = i.A;
                    p.SavedX = [];
                    heap.DropSpare();
                    return RunResult.Waiting;
                }
                case Op.RecvMarkerReserve:
                    Put(i.A, Term.Small(p.Mailbox.ReserveMarker(heap)), x, stack, sp);
                    pc++;
                    continue;
                case Op.RecvMarkerBind:
                    p.Mailbox.BindMarker(Get(i.A, x, stack, sp, consts), Get(i.B, x, stack, sp, consts));
                    pc++;
                    continue;
                case Op.RecvMarkerUse:
                    p.Mailbox.UseMarker(Get(i.A, x, stack, sp, consts));
                    pc++;
                    continue;
                case Op.RecvMarkerClear:
                    p.Mailbox.ClearMarker(Get(i.A, x, stack, sp, consts));
                    pc++;
                    continue;

                // Markers with nothing to do at run time: nif_start opens a NIF stub's body,
                // on_load opens the on_load function (which the loader does not run yet).
                case Op.NifStart or Op.OnLoad:
                    pc++;
                    continue;

                case Op.IntCodeEnd:
                    throw new InvalidOperationException($"{module} ran past its last function");

                default:
                    p.Sp = sp;
                {
                    // A copy of pc: passing pc itself by reference would keep it out of registers in this loop.
                    var next = pc;
                    var done = ExecuteSlow(p, ref i, x, ref next, module!);
                    pc = next;
                    if (!done)
                        goto ErrorHere;
                }
                    stack = p.Stack;
                    sp = p.Sp;
                    continue;
            }

        // Control reached a function entry, a return address or a catch handler: run compiled code from there if there is any.
        Transfer:
            if (p.YieldLive >= 0)
                goto YieldAfterTrap;
            if (_tier is null)
                continue;
            Reductions = reductions;
            var exit = _tier.Run(this, p, module!, pc, sp);
            reductions = Reductions;
            if (exit == Compiler.Exit.NotCompiled)
                continue;
            if (exit == Compiler.Exit.Finished)
            {
                p.SavedX = [x[0]];
                return RunResult.Finished;
            }
            stack = p.Stack;
            sp = p.Sp;
            if (exit == Compiler.Exit.Error)
                goto Error;
            module = p.Module;
            pc = p.Pc;
            code = module!.Code;
            consts = module.Constants;
            if (p.YieldLive >= 0)
                goto YieldAfterTrap;
            continue;

        // erlang:yield/0, or a BIF that will be called again: the slice ends where its trap left control.
        YieldAfterTrap:
            p.Sp = sp;
            p.Module = module;
            p.Pc = pc;
            p.SavedX = x.AsSpan(0, p.YieldLive).ToArray();
            p.YieldLive = -1;
            return RunResult.Yielded;

        GrowForCall:
            p.Sp = sp;
            p.EnsureStack(1);
            stack = p.Stack;
            sp = p.Sp;
            continue;

        ErrorHere:
            p.CurrentPc = pc;
            p.CurrentModule = module;
        Error:
            p.Sp = sp;
            p.Trace = CaptureTrace(p, stack, sp);
        ErrorKeepTrace:
            p.Sp = sp;
            if (!Unwind(p, x))
            {
                p.SavedX = [];
                return RunResult.Crashed;
            }
            stack = p.Stack;
            sp = p.Sp;
            module = p.Module;
            pc = p.Pc;
            code = module!.Code;
            consts = module.Constants;
            goto Transfer; // the handler may be compiled

        Yield:
            p.Sp = sp;
            p.Module = module;
            p.Pc = pc;
            p.SavedX = x.AsSpan(0, LiveAtYield(ref code[pc])).ToArray();
            return RunResult.Yielded;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Term Get(int operand, Term[] x, Term[] stack, int sp, Term[] consts) => Operand.Kind(operand) switch
    {
        Operand.X => x[Operand.Index(operand)],
        Operand.Y => stack[sp + Operand.Index(operand)],
        _ => consts[Operand.Index(operand)],
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(int operand, Term value, Term[] x, Term[] stack, int sp)
    {
        if (Operand.Kind(operand) == Operand.X)
            x[Operand.Index(operand)] = value;
        else
            stack[sp + Operand.Index(operand)] = value;
    }
}
