using System.Reflection;
using System.Reflection.Emit;
using Enigma.Runtime.Code;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Compiler;

/// <summary>The instructions, by family, in the order of Interpreter.Run; fields as in Code/Op.cs.</summary>
internal sealed partial class FunctionCompiler
{
    private void EmitInstruction(int pc, ref Instr i)
    {
        switch (i.Op)
        {
            // ---- moves ----
            case Op.MoveXX or Op.MoveXY or Op.MoveYX or Op.MoveYY or Op.MoveCX or Op.MoveCY:
            {
                // Back to a generic move: EmitGet and EmitStore pick the kinds at compile time anyway.
                var (source, destination) = SpecialisedMoves.KindsOf(i.Op)!.Value;
                EmitGet(Operand.Encode(source, i.A));
                EmitStore(Operand.Encode(destination, i.B));
                break;
            }
            case Op.Move:
                EmitGet(i.A);
                EmitStore(i.B);
                break;
            case Op.Swap:
            {
                EmitGet(i.A);
                St(_cell);
                EmitGet(i.B);
                EmitStore(i.A);
                Ld(_cell);
                EmitStore(i.B);
                break;
            }
            case Op.Init:
                EmitNil(i.A);
                break;
            case Op.InitYregs:
                for (var k = 0; k < i.B; k++)
                    EmitNil(_module.Extra[i.A + k]);
                break;

            // ---- stack frames ----
            case Op.Allocate or Op.AllocateZero or Op.AllocateHeap or Op.AllocateHeapZero:
                EmitEnsureStack(i.A);
                EmitAddSp(-i.A);
                // y slots start as nil so that a collection never sees stale words.
                for (var k = 0; k < i.A; k++)
                    EmitNil(Operand.Encode(Operand.Y, k));
                if (i.Op is Op.AllocateHeap or Op.AllocateHeapZero)
                    EmitCollect(live: i.C, need: i.B);
                break;
            case Op.TestHeap:
                EmitCollect(live: i.B, need: i.A);
                break;
            case Op.Deallocate or Op.Trim:
                EmitAddSp(i.A);
                break;
            case Op.Return:
                EmitReturn();
                break;
            case Op.DeallocateReturn:
                EmitAddSp(i.A);
                EmitReturn();
                break;
            case Op.MoveReturn:
                EmitGet(i.A);
                EmitStore(Operand.Encode(Operand.X, 0));
                EmitReturn();
                break;

            // ---- calls ----
            case Op.Call or Op.CallLast or Op.CallOnly:
                EmitLocalCall(pc, ref i);
                break;
            case Op.CallExt or Op.CallExtLast or Op.CallExtOnly:
                EmitReduction(pc);
                if (i.Op == Op.CallExt)
                    EmitPushReturnAddress(pc);
                else if (i.Op == Op.CallExtLast)
                    EmitAddSp(i.C);
                Ld(_moduleLocal);
                Ldc(i.B);
                Ldc(i.A);
                EmitCallArguments(tail: i.Op != Op.CallExt);
                Call(nameof(CompiledOps.CallExternal));
                if (i.Op == Op.CallExt)
                    EmitContinueOrPassUp();
                else
                    _il.Emit(OpCodes.Ret);
                break;
            case Op.CallBif or Op.CallBifLast or Op.CallBifOnly:
                EmitBifCall(pc, ref i);
                break;
            case Op.CallFun or Op.CallFun2:
            {
                // call_fun Arity (the fun in x[Arity]); call_fun2 Tag Arity Fun.
                var arity = i.Op == Op.CallFun ? i.A : i.B;
                EmitReduction(pc);
                EmitGet(i.Op == Op.CallFun ? Operand.Encode(Operand.X, arity) : i.C);
                St(_cell);
                EmitPushReturnAddress(pc);
                Ld(_cell);
                Ldc(arity);
                EmitCallArguments(tail: false);
                Call(nameof(CompiledOps.CallFun));
                EmitContinueOrPassUp();
                break;
            }

            // ---- guard BIFs and arithmetic ----
            case Op.Bif0 or Op.Bif1 or Op.Bif2 or Op.GcBif1 or Op.GcBif2 or Op.GcBif3:
                EmitGuardBif(pc, ref i);
                break;
            case >= Op.Add and <= Op.Remainder:
                EmitArithmetic(pc, ref i);
                break;

            // ---- floating point ----
            case Op.Fclearerror or Op.Fcheckerror:
                break;
            case Op.Fmove:
                EmitFmove(ref i);
                break;
            case Op.Fadd or Op.Fsub or Op.Fmul or Op.Fdiv:
                EmitFloatArithmetic(pc, ref i);
                break;

            // ---- comparisons and type tests: to A when the test fails ----
            case Op.IsEqExactXC or Op.IsNeExactXC:
                EmitExactlyEqual(i.A, Operand.Encode(Operand.X, i.B), Operand.Encode(Operand.Const, i.C), failWhen: i.Op == Op.IsNeExactXC);
                break;
            case Op.IsEqExact or Op.IsNeExact:
                EmitExactlyEqual(i.A, i.B, i.C, failWhen: i.Op == Op.IsNeExact);
                break;
            case Op.IsEq or Op.IsNe:
                EmitCompare(ref i, Method(typeof(TermOrder), nameof(TermOrder.Equal)), failWhen: i.Op == Op.IsNe);
                break;
            case Op.IsLt or Op.IsGe:
                EmitLess(ref i, failWhen: i.Op == Op.IsGe);
                break;
            case Op.IsNonemptyList:
                EmitTest(i.A, i.B, nameof(CompiledOps.IsCons));
                break;
            case Op.IsNil:
                EmitTest(i.A, i.B, nameof(CompiledOps.IsNil));
                break;
            case Op.IsTuple:
                EmitTest(i.A, i.B, nameof(CompiledOps.IsTuple));
                break;
            case Op.IsAtom:
                EmitTest(i.A, i.B, nameof(CompiledOps.IsAtom));
                break;
            case Op.IsInteger or Op.IsFloat or Op.IsNumber or Op.IsPid or Op.IsReference or Op.IsPort
                or Op.IsBinary or Op.IsList or Op.IsFunction or Op.IsBoolean or Op.IsBitstr or Op.IsMap:
                Ldc((int)i.Op);
                EmitGet(i.B);
                Call(Method(typeof(Interpreter), nameof(Interpreter.TypeTest)));
                _il.Emit(OpCodes.Brfalse, L(i.A));
                break;
            case Op.IsTupleOfArity:
                EmitGet(i.B);
                Ldc(i.C);
                Call(nameof(CompiledOps.IsTupleOfArity));
                _il.Emit(OpCodes.Brfalse, L(i.A));
                _il.Emit(OpCodes.Br, L(pc + 2));
                break;
            case Op.TestArity:
                EmitGet(i.B);
                Ldc(i.C);
                Call(nameof(CompiledOps.HasArity));
                _il.Emit(OpCodes.Brfalse, L(i.A));
                break;
            case Op.IsTaggedTuple:
                EmitGet(i.B);
                Ldc(i.C);
                EmitGet(i.D);
                Call(nameof(CompiledOps.IsTaggedTuple));
                _il.Emit(OpCodes.Brfalse, L(i.A));
                break;
            case Op.IsFunction2:
                EmitGet(i.B);
                EmitGet(i.C);
                Call(Method(typeof(Interpreter), nameof(Interpreter.IsFunctionOfArity)));
                _il.Emit(OpCodes.Brfalse, L(i.A));
                break;

            // ---- branches ----
            case Op.Jump:
                _il.Emit(OpCodes.Br, L(i.A));
                break;
            case Op.SelectVal:
                EmitSelectVal(ref i);
                break;
            case Op.SelectValJumpTable:
                EmitJumpTable(ref i);
                break;
            case Op.SelectTupleArity:
                EmitSelectArity(ref i);
                break;

            // ---- lists and tuples ----
            case Op.GetList:
                EmitGet(i.A);
                EmitSplitList(i.B, i.C);
                break;
            case Op.IsNonemptyListGetList:
                EmitGet(i.B);
                St(_term);
                Ld(_term);
                Call(nameof(CompiledOps.IsCons));
                _il.Emit(OpCodes.Brfalse, L(i.A));
                Ld(_term);
                EmitSplitList(i.C, i.D);
                _il.Emit(OpCodes.Br, L(pc + 2));
                break;
            case Op.GetHd or Op.GetTl:
                EmitGet(i.A);
                Call(i.Op == Op.GetHd ? nameof(CompiledOps.Head) : nameof(CompiledOps.Tail));
                EmitStore(i.B);
                break;
            case Op.GetTupleElement:
                EmitGet(i.A);
                Ldc(i.B + 1);
                Call(nameof(CompiledOps.Element));
                EmitStore(i.C);
                break;
            case Op.SetTupleElement:
                EmitGet(i.B);
                Ldc(i.C);
                EmitGet(i.A);
                Call(nameof(CompiledOps.SetElement));
                break;
            case Op.PutList:
                EmitCons(i.A, i.B, i.C);
                break;
            case Op.TestHeapPutList:
                EmitCollect(live: i.B, need: i.A);
                EmitCons(i.C, i.D, i.E);
                _il.Emit(OpCodes.Br, L(pc + 2));
                break;
            case Op.PutTuple2 when i.C is >= 1 and <= 8:
                // Small tuples: the element operands decoded now, not at run time.
                Ld(_heap);
                Ldc(i.C);
                Call(nameof(CompiledOps.NewTuple));
                St(_cell);
                for (var k = 0; k < i.C; k++)
                {
                    Ld(_cell);
                    Ldc(k);
                    EmitGet(_module.Extra[i.B + k]);
                    Call(nameof(CompiledOps.SetElement));
                }
                Ld(_cell);
                EmitStore(i.A);
                break;
            case Op.PutTuple2:
                Ld(_heap);
                Ld(_moduleLocal);
                Ldc(i.B);
                Ldc(i.C);
                EmitState();
                Call(Method(typeof(Interpreter), nameof(Interpreter.BuildTuple)));
                EmitStore(i.A);
                break;
            case Op.MakeFun3:
                Arg(ArgInterp);
                Ld(_heap);
                Ld(_moduleLocal);
                Ldc(i.A);
                Ldc(i.C);
                Ldc(i.D);
                EmitState();
                Call(Method(typeof(Interpreter), nameof(Interpreter.MakeFun)));
                EmitStore(i.B);
                break;

            // ---- catch and try ----
            case Op.Catch or Op.Try:
                EmitWord(Term.Special(SpecialKind.Catch, (ulong)i.B, _module));
                EmitStore(i.A);
                break;
            case Op.TryEnd:
                EmitNil(i.A);
                break;
            case Op.CatchEnd:
                EmitNil(i.A);
                Arg(ArgProcess);
                Ld(_x);
                Call(nameof(CompiledOps.CatchEnd));
                break;
            case Op.TryCase:
                EmitNil(i.A);
                Ld(_x);
                Call(nameof(CompiledOps.TryCase));
                break;

            // Markers with nothing to do at run time.
            case Op.NifStart or Op.OnLoad:
                break;

            // Left to the interpreter: raising (it builds the error and trace), receiving and waiting,
            // apply; it comes back to compiled code at the next call or return.
            case Op.FuncInfo or Op.Badmatch or Op.CaseEnd or Op.TryCaseEnd or Op.Badrecord or Op.IfEnd
                or Op.Raise or Op.RawRaise or Op.BuildStacktrace or Op.Send
                or Op.LoopRec or Op.LoopRecEnd or Op.RemoveMessage or Op.Timeout or Op.Wait or Op.WaitTimeout
                or Op.RecvMarkerReserve or Op.RecvMarkerBind or Op.RecvMarkerUse or Op.RecvMarkerClear
                or Op.Apply or Op.ApplyLast or Op.IntCodeEnd:
                EmitLeave(pc, Exit.Interpret);
                break;

            // The interpreter's cold path (maps, binaries, fconv ...), run in place.
            default:
                EmitSlow(pc, ref i);
                break;
        }
    }

    // ---- helpers of the families above ----

    private void EmitNil(int operand)
    {
        Call(nameof(CompiledOps.Nil));
        EmitStore(operand);
    }

    /// <summary>x, stack, sp, constants: the interpreter helpers' view of the registers.</summary>
    private void EmitState()
    {
        Ld(_x);
        Ld(_stack);
        Ld(_sp);
        Ld(_consts);
    }

    private void EmitEnsureStack(int words)
    {
        var enough = _il.DefineLabel();
        Ld(_sp);
        Ldc(words);
        _il.Emit(OpCodes.Bge, enough);
        Arg(ArgProcess);
        Ld(_sp);
        Ldc(words);
        Call(nameof(CompiledOps.GrowStack));
        EmitReload();
        _il.MarkLabel(enough);
    }

    private void EmitCollect(int live, int need)
    {
        Arg(ArgProcess);
        Ld(_x);
        Ldc(live);
        Ldc(need);
        Ld(_sp);
        Call(nameof(CompiledOps.Collect));
    }

    private void EmitReturn()
    {
        Arg(ArgProcess);
        Ld(_stack);
        Ld(_sp);
        Arg(ArgDepth);
        Call(nameof(CompiledOps.Return));
        _il.Emit(OpCodes.Ret);
    }

    /// <summary>Takes a reduction; when the budget is spent the interpreter runs the call and yields.</summary>
    private void EmitReduction(int pc)
    {
        var go = _il.DefineLabel();
        Arg(ArgInterp);
        Call(nameof(CompiledOps.TakeReduction));
        _il.Emit(OpCodes.Brtrue, go);
        EmitLeave(pc, Exit.Interpret);
        _il.MarkLabel(go);
    }

    private void EmitPushReturnAddress(int pc)
    {
        EmitEnsureStack(1);
        EmitAddSp(-1);
        Ld(_stack);
        Ld(_sp);
        EmitWord(Term.Special(SpecialKind.CodePointer, (ulong)(pc + 1), _module));
        _il.Emit(OpCodes.Stelem, typeof(Term));
    }

    /// <summary>interp, p, sp, the callee's depth: what a call helper needs to call compiled code.</summary>
    private void EmitCallArguments(bool tail)
    {
        Arg(ArgInterp);
        Arg(ArgProcess);
        Ld(_sp);
        Arg(ArgDepth);
        Call(tail ? nameof(CompiledOps.TailNested) : nameof(CompiledOps.Nested));
    }

    /// <summary>
    /// call, call_last, call_only: a tail call of the function itself is a jump; other calls are
    /// .NET calls of the callee's compiled code (or a jump out when it has none yet).
    /// </summary>
    private void EmitLocalCall(int pc, ref Instr i)
    {
        if (_units.EntryAt(i.B) is not { Index: 0 } callee)
        {
            EmitLeave(pc, Exit.Interpret);
            return;
        }
        EmitReduction(pc);
        if (i.Op == Op.Call)
            EmitPushReturnAddress(pc);
        else if (i.Op == Op.CallLast)
            EmitAddSp(i.C);
        if (i.Op != Op.Call && i.B == _unit.Entry)
        {
            _il.Emit(OpCodes.Br, L(i.B));
            return;
        }
        if (i.Op == Op.Call && callee.Unit == _unit)
        {
            EmitSelfCall();
            return;
        }
        _callees.Add(callee.Unit);
        Ld(_calleesLocal);
        Ldc(_callees.Count - 1);
        _il.Emit(OpCodes.Ldelem_Ref);
        EmitCallArguments(tail: i.Op != Op.Call);
        Call(nameof(CompiledOps.CallLocal));
        if (i.Op == Op.Call)
            EmitContinueOrPassUp();
        else
            _il.Emit(OpCodes.Ret);
    }

    /// <summary>Body recursion: the method calls itself (no delegate), up to the depth bound.</summary>
    private void EmitSelfCall()
    {
        var tooDeep = _il.DefineLabel();
        Arg(ArgDepth);
        Call(nameof(CompiledOps.Nested));
        St(_int);
        Ld(_int);
        Ldc(2 * CompiledOps.MaxDepth);
        _il.Emit(OpCodes.Bge, tooDeep);
        Arg(ArgProcess);
        Ld(_sp);
        _il.Emit(OpCodes.Stfld, SpField);
        Arg(ArgUnit);
        Arg(ArgInterp);
        Arg(ArgProcess);
        Ldc(0);
        Ld(_int);
        _il.Emit(OpCodes.Call, _method);
        var done = _il.DefineLabel();
        _il.Emit(OpCodes.Br, done);
        _il.MarkLabel(tooDeep);
        EmitLeave(_unit.Entry, Exit.Jump);
        _il.MarkLabel(done);
        EmitContinueOrPassUp();
    }

    /// <summary>call_ext to a BIF: x0 gets the result; an error or a trap leaves compiled code.</summary>
    private void EmitBifCall(int pc, ref Instr i)
    {
        var failed = _il.DefineLabel();
        var trapped = _il.DefineLabel();
        Arg(ArgProcess);
        Ld(_x);
        Ld(_moduleLocal);
        Ldc(i.B);
        Ldc(i.A);
        Ld(_sp);
        Ldc(pc);
        Call(nameof(CompiledOps.Bif));
        St(_term);
        Ld(_term);
        Call(nameof(CompiledOps.IsNonValue));
        _il.Emit(OpCodes.Brtrue, failed);
        Ld(_term);
        Call(nameof(CompiledOps.IsTrap));
        _il.Emit(OpCodes.Brtrue, trapped);
        Ld(_term);
        EmitStore(Operand.Encode(Operand.X, 0));
        var done = _il.DefineLabel();
        if (i.Op == Op.CallBif)
        {
            _il.Emit(OpCodes.Br, done);
        }
        else
        {
            EmitAddSp(i.Op == Op.CallBifLast ? i.C : 0);
            EmitReturn();
        }
        _il.MarkLabel(failed);
        Ldc((int)Exit.Error);
        _il.Emit(OpCodes.Ret);
        _il.MarkLabel(trapped);
        Arg(ArgInterp);
        Arg(ArgProcess);
        Ld(_moduleLocal);
        Ldc(pc);
        Call(nameof(CompiledOps.Trap));
        _il.Emit(OpCodes.Ret);
        _il.MarkLabel(done);
    }

    /// <summary>bif0/1/2 and gc_bif1/2/3 through the interpreter's helper; a failure jumps to the fail label or raises.</summary>
    private void EmitGuardBif(int pc, ref Instr i)
    {
        var ok = _il.DefineLabel();
        Arg(ArgInterp);
        Arg(ArgProcess);
        Ld(_moduleLocal);
        Ldc(pc);
        Ld(_x);
        Ld(_stack);
        Ld(_sp);
        Call(nameof(CompiledOps.GuardBif));
        St(_term);
        Ld(_term);
        Call(nameof(CompiledOps.IsNonValue));
        _il.Emit(OpCodes.Brfalse, ok);
        var fail = i.Op == Op.Bif0 ? -1 : i.A;
        if (fail >= 0)
        {
            // A guard that fails is not an exception: forget what the BIF recorded.
            Arg(ArgProcess);
            Call(Method(typeof(Process), nameof(Process.ForgetError)));
            _il.Emit(OpCodes.Br, L(fail));
        }
        else
        {
            EmitRaised(pc);
        }
        _il.MarkLabel(ok);
        Ld(_term);
        EmitStore(Interpreter.BifDestination(ref i));
    }

    /// <summary>Two small integers inline; anything else (bignums, floats, errors) as the gc_bif it stands for.</summary>
    private void EmitArithmetic(int pc, ref Instr i)
    {
        var slow = _il.DefineLabel();
        // X + C, C + X, X - C with a small constant C (N - 1, N + 1): one tag test, C an IL constant.
        if (i.Op is Op.Add or Op.Subtract && SmallConstant(i.E) is { } right)
        {
            EmitGet(i.D);
            _il.Emit(OpCodes.Ldc_I8, i.Op == Op.Add ? right : -right);
            Call(nameof(CompiledOps.AddSmall));
        }
        else if (i.Op == Op.Add && SmallConstant(i.D) is { } left)
        {
            EmitGet(i.E);
            _il.Emit(OpCodes.Ldc_I8, left);
            Call(nameof(CompiledOps.AddSmall));
        }
        else if (i.Op is Op.Add or Op.Subtract)
        {
            EmitGet(i.D);
            EmitGet(i.E);
            Call(Method(typeof(SmallArithmetic), i.Op == Op.Add ? nameof(SmallArithmetic.Add) : nameof(SmallArithmetic.Subtract)));
        }
        else
        {
            Ldc((int)i.Op);
            EmitGet(i.D);
            EmitGet(i.E);
            Call(Method(typeof(SmallArithmetic), nameof(SmallArithmetic.Compute)));
        }
        St(_term);
        Ld(_term);
        Call(nameof(CompiledOps.IsNonValue));
        _il.Emit(OpCodes.Brtrue, slow);
        Ld(_term);
        EmitStore(i.F);
        _il.Emit(OpCodes.Br, L(pc + 1));
        _il.MarkLabel(slow);
        EmitGuardBif(pc, ref i);
    }

    private void EmitFmove(ref Instr i)
    {
        if (Operand.Kind(i.A) != Operand.FloatReg)
        {
            Ld(_fr);
            Ldc(Operand.Index(i.B));
            EmitGet(i.A);
            Call(nameof(CompiledOps.FloatValue));
            _il.Emit(OpCodes.Stelem_R8);
        }
        else if (Operand.Kind(i.B) == Operand.FloatReg)
        {
            Ld(_fr);
            Ldc(Operand.Index(i.B));
            Ld(_fr);
            Ldc(Operand.Index(i.A));
            _il.Emit(OpCodes.Ldelem_R8);
            _il.Emit(OpCodes.Stelem_R8);
        }
        else
        {
            Ld(_heap);
            Ld(_fr);
            Ldc(Operand.Index(i.A));
            _il.Emit(OpCodes.Ldelem_R8);
            Call(nameof(CompiledOps.Float));
            EmitStore(i.B);
        }
    }

    /// <summary>A result that is not finite is badarith: the interpreter runs the instruction again and raises.</summary>
    private void EmitFloatArithmetic(int pc, ref Instr i)
    {
        var finite = _il.DefineLabel();
        Ld(_fr);
        Ldc(Operand.Index(i.B));
        _il.Emit(OpCodes.Ldelem_R8);
        Ld(_fr);
        Ldc(Operand.Index(i.C));
        _il.Emit(OpCodes.Ldelem_R8);
        _il.Emit(i.Op switch
        {
            Op.Fadd => OpCodes.Add,
            Op.Fsub => OpCodes.Sub,
            Op.Fmul => OpCodes.Mul,
            _ => OpCodes.Div,
        });
        St(_double);
        Ld(_double);
        Call(Method(typeof(double), nameof(double.IsFinite)));
        _il.Emit(OpCodes.Brtrue, finite);
        EmitLeave(pc, Exit.Interpret);
        _il.MarkLabel(finite);
        Ld(_fr);
        Ldc(Operand.Index(i.D));
        Ld(_double);
        _il.Emit(OpCodes.Stelem_R8);
    }

    private void EmitCompare(ref Instr i, MethodInfo test, bool failWhen)
    {
        EmitGet(i.B);
        EmitGet(i.C);
        Call(test);
        _il.Emit(failWhen ? OpCodes.Brtrue : OpCodes.Brfalse, L(i.A));
    }

    /// <summary>is_lt, is_ge: against a small integer constant, the constant is an IL constant.</summary>
    private void EmitLess(ref Instr i, bool failWhen)
    {
        if (SmallConstant(i.C) is { } right)
        {
            EmitGet(i.B);
            _il.Emit(OpCodes.Ldc_I8, right);
            Call(nameof(CompiledOps.LessThanSmall));
        }
        else if (SmallConstant(i.B) is { } left)
        {
            _il.Emit(OpCodes.Ldc_I8, left);
            EmitGet(i.C);
            Call(nameof(CompiledOps.SmallLessThan));
        }
        else
        {
            EmitGet(i.B);
            EmitGet(i.C);
            Call(Method(typeof(TermOrder), nameof(TermOrder.Less)));
        }
        _il.Emit(failWhen ? OpCodes.Brtrue : OpCodes.Brfalse, L(i.A));
    }

    private long? SmallConstant(int operand) =>
        Operand.Kind(operand) == Operand.Const && _module.Constants[Operand.Index(operand)] is { IsSmall: true } value
            ? value.SmallValue
            : null;

    /// <summary>=:= and =/=; against an immediate constant (atom, small, nil) a compare of the bits.</summary>
    private void EmitExactlyEqual(int fail, int a, int b, bool failWhen)
    {
        if (Operand.Kind(a) == Operand.Const)
            (a, b) = (b, a);
        if (Immediate(b) is { } bits)
        {
            EmitGet(a);
            Call(nameof(CompiledOps.Bits));
            _il.Emit(OpCodes.Ldc_I8, (long)bits);
            _il.Emit(failWhen ? OpCodes.Beq : OpCodes.Bne_Un, L(fail));
            return;
        }
        EmitGet(a);
        EmitGet(b);
        Call(nameof(CompiledOps.ExactlyEqual));
        _il.Emit(failWhen ? OpCodes.Brtrue : OpCodes.Brfalse, L(fail));
    }

    /// <summary>The bits of a constant operand that is an immediate, else null.</summary>
    private ulong? Immediate(int operand)
    {
        if (Operand.Kind(operand) != Operand.Const)
            return null;
        var value = _module.Constants[Operand.Index(operand)];
        return TermOrder.IsImmediate(value) ? value.Raw : null;
    }

    private void EmitTest(int fail, int operand, string test)
    {
        EmitGet(operand);
        Call(test);
        _il.Emit(OpCodes.Brfalse, L(fail));
    }

    /// <summary>select_val: (value, label) pairs in Extra, compared in order.</summary>
    private void EmitSelectVal(ref Instr i)
    {
        EmitGet(i.A);
        St(_term);
        Ld(_term);
        Call(nameof(CompiledOps.Bits));
        St(_long);
        var extra = _module.Extra;
        for (var k = i.C; k < i.C + i.D; k += 2)
        {
            if (Immediate(extra[k]) is { } bits)
            {
                Ld(_long);
                _il.Emit(OpCodes.Ldc_I8, (long)bits);
                _il.Emit(OpCodes.Beq, L(extra[k + 1]));
                continue;
            }
            Ld(_term);
            EmitElement(_consts, Operand.Index(extra[k]));
            Call(nameof(CompiledOps.ExactlyEqual));
            _il.Emit(OpCodes.Brtrue, L(extra[k + 1]));
        }
        _il.Emit(OpCodes.Br, L(i.B));
    }

    /// <summary>The loader's jump table: Extra holds the lowest value, then one label per value.</summary>
    private void EmitJumpTable(ref Instr i)
    {
        var extra = _module.Extra;
        EmitGet(i.A);
        St(_term);
        Ld(_term);
        Call(nameof(CompiledOps.IsSmall));
        _il.Emit(OpCodes.Brfalse, L(i.B));
        Ld(_term);
        Call(nameof(CompiledOps.SmallValue));
        _il.Emit(OpCodes.Ldc_I8, (long)extra[i.C]);
        _il.Emit(OpCodes.Sub);
        St(_long);
        Ld(_long);
        _il.Emit(OpCodes.Ldc_I8, (long)i.D);
        _il.Emit(OpCodes.Bge_Un, L(i.B));
        Ld(_long);
        _il.Emit(OpCodes.Conv_I4);
        _il.Emit(OpCodes.Switch, Enumerable.Range(i.C + 1, i.D).Select(k => L(extra[k])).ToArray());
        _il.Emit(OpCodes.Br, L(i.B));
    }

    /// <summary>select_tuple_arity: (arity, label) pairs; the arities are constants known now.</summary>
    private void EmitSelectArity(ref Instr i)
    {
        EmitGet(i.A);
        St(_term);
        Ld(_term);
        Call(nameof(CompiledOps.IsTuple));
        _il.Emit(OpCodes.Brfalse, L(i.B));
        Ld(_term);
        Call(nameof(CompiledOps.TupleArity));
        St(_int);
        var extra = _module.Extra;
        for (var k = i.C; k < i.C + i.D; k += 2)
        {
            Ld(_int);
            Ldc((int)_module.Constants[Operand.Index(extra[k])].SmallValue);
            _il.Emit(OpCodes.Beq, L(extra[k + 1]));
        }
        _il.Emit(OpCodes.Br, L(i.B));
    }

    /// <summary>The list cell on the IL stack: head to one register, tail to another.</summary>
    private void EmitSplitList(int head, int tail)
    {
        St(_cell);
        Ld(_cell);
        Call(nameof(CompiledOps.Head));
        EmitStore(head);
        Ld(_cell);
        Call(nameof(CompiledOps.Tail));
        EmitStore(tail);
    }

    private void EmitCons(int head, int tail, int destination)
    {
        Ld(_heap);
        EmitGet(head);
        EmitGet(tail);
        Call(nameof(CompiledOps.Cons));
        EmitStore(destination);
    }

    /// <summary>
    /// An instruction of the interpreter's cold path run in place; then a jump to where it went
    /// (the next instruction or one of its labels), or out of compiled code.
    /// </summary>
    private void EmitSlow(int pc, ref Instr i)
    {
        var ok = _il.DefineLabel();
        Arg(ArgInterp);
        Arg(ArgProcess);
        Ld(_moduleLocal);
        Ldc(pc);
        Ld(_x);
        Ld(_sp);
        Call(nameof(CompiledOps.Slow));
        St(_int);
        Ld(_int);
        Ldc(0);
        _il.Emit(OpCodes.Bge, ok);
        EmitRaised(pc);
        _il.MarkLabel(ok);
        EmitReload();
        int[] fields = [i.A, i.B, i.C, i.D, i.E, i.F, i.G];
        foreach (var target in fields.Prepend(pc + 1).Distinct().Where(t => t >= _unit.Start && t < _unit.End))
        {
            Ld(_int);
            Ldc(target);
            _il.Emit(OpCodes.Beq, L(target));
        }
        Arg(ArgProcess);
        Ld(_sp);
        Ld(_moduleLocal);
        Ld(_int);
        Ldc((int)Exit.Jump);
        Call(nameof(CompiledOps.Leave));
        _il.Emit(OpCodes.Ret);
    }
}
