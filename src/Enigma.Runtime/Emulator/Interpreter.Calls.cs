using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>Calls that leave the current module: exports, BIFs, funs, apply.</summary>
public sealed partial class Interpreter
{
    private readonly Term[] _bifArgs = new Term[3];

    /// <summary>Free variables of a fun being made: at most 255.</summary>
    private readonly Term[] _freeVars = new Term[256];

    /// <summary>
    /// Continues at M:F/A (the return address, if any, is already on the stack). Loads
    /// the module on first call; a BIF runs at once and returns to that address.
    /// False when the call raised (undef, or the BIF's error).
    /// </summary>
    internal static bool CallExport(Process p, Term[] x, Export export, int arity)
    {
        p.CurrentPc = -1; // the caller's frame is the return address on the stack
        if (export.Bif is { } bif)
        {
            var result = bif(p, x.AsSpan(0, arity));
            if (result.IsNonValue)
            {
                BifFailed(p, export, x.AsSpan(0, arity));
                return false;
            }
            if (result.IsTrap)
                return DispatchTrap(p, x);
            x[0] = result;
            var cp = p.Stack[p.Sp++];
            p.Module = (LoadedModule)cp.Box!;
            p.Pc = (int)cp.SpecialPayload;
            return true;
        }
        var code = export.Code;
        if (code is null && p.Node.Code.EnsureLoaded(export.Module) is not null)
            code = export.Code;
        if (code is null && p.Node.Code.Pending(export.Module) is not null
            && p.Node.Exports.Get(Atoms.Intern("enigma_code_server"), Atoms.Intern("on_load_call"), 3) is { Code: not null } onLoadCall)
            return CallAfterOnLoad(p, x, export, arity, onLoadCall);
        if (code is null)
        {
            p.Raise(ErrorClass.Error, Atoms.Undef);
            p.ErrorBif = export;
            p.ErrorArgs = MakeArgList(p, x.AsSpan(0, arity));
            return false;
        }
        p.Module = code.Module;
        p.Pc = code.Index;
        return true;
    }

    /// <summary>
    /// A call into a module whose on_load function has not finished: enigma_code_server:on_load_call(M, F, Args)
    /// runs that function first (where BEAM's error_handler would ask the code server).
    /// </summary>
    private static bool CallAfterOnLoad(Process p, Term[] x, Export export, int arity, Export onLoadCall)
    {
        x[2] = MakeArgList(p, x.AsSpan(0, arity));
        x[0] = export.Module;
        x[1] = export.Function;
        return CallExport(p, x, onLoadCall, 3);
    }

    /// <summary>
    /// call_ext to a BIF (CallBif, CallBifLast, CallBifOnly): its result, or NonValue with the
    /// error recorded. The BIF sees this instruction as the current one.
    /// </summary>
    internal static Term CallBif(Process p, Term[] x, Export export, int arity, int sp, int pc, LoadedModule module)
    {
        p.Sp = sp;
        p.CurrentPc = pc;
        p.CurrentModule = module;
        var result = export.Bif!(p, x.AsSpan(0, arity));
        if (result.IsNonValue)
            BifFailed(p, export, x.AsSpan(0, arity));
        return result;
    }

    /// <summary>
    /// A BIF called by <paramref name="i"/> (at p.Sp) trapped: the call it asked for runs from
    /// that call site, as a call, a last call or an only call; false when it raised.
    /// </summary>
    internal static bool ContinueTrap(Process p, Term[] x, ref Instr i, int pc, LoadedModule module)
    {
        if (i.Op == Op.CallBif)
        {
            p.EnsureStack(1);
            p.Stack[--p.Sp] = Term.Special(SpecialKind.CodePointer, (ulong)(pc + 1), module);
        }
        else if (i.Op == Op.CallBifLast)
        {
            p.Sp += i.C;
        }
        return DispatchTrap(p, x);
    }

    /// <summary>The call a BIF trapped to (see <see cref="Process.CallInstead"/>), the return address already in place.</summary>
    private static bool DispatchTrap(Process p, Term[] x)
    {
        var (callee, export, args) = p.TrapCall;
        p.TrapCall = default;
        var arity = 0;
        for (; args.IsCons; args = args.Tail)
            x[arity++] = args.Head;
        return export is not null
            ? CallExport(p, x, export, arity)
            : CallFunTerm(p, x, callee, arity);
    }

    /// <summary>Calls a fun with its arguments in x0.., the return address already pushed.</summary>
    internal static bool CallFunTerm(Process p, Term[] x, Term fun, int arity)
    {
        p.CurrentPc = -1;
        if (fun.Tag == TermTag.Fun)
        {
            var block = fun.Block;
            var entry = (FunEntry)block[fun.Offset + 1].Box!;
            var free = entry.FreeCount;
            if (entry.Arity - free != arity)
                return RaiseBadarity(p, x, fun, arity);
            for (var k = 0; k < free; k++)
                x[arity + k] = block[fun.Offset + 2 + k];
            p.Module = entry.Module;
            p.Pc = entry.Entry;
            return true;
        }
        if (fun.Tag == TermTag.Other && fun.Box is ExportFun exportFun)
        {
            return exportFun.Export.Arity == arity
                ? CallExport(p, x, exportFun.Export, arity)
                : RaiseBadarity(p, x, fun, arity);
        }
        RaiseTagged(p, Atoms.Badfun, fun);
        return false;
    }

    /// <summary>
    /// A BIF raised: its own frame {M, F, Args, []} heads the trace, unless it raised on
    /// behalf of its caller (error/1 and friends).
    /// </summary>
    private static void BifFailed(Process p, Export export, ReadOnlySpan<Term> args)
    {
        if (p.RaisedByCode)
        {
            p.RaisedByCode = false;
            return;
        }
        p.ErrorBif = export;
        p.ErrorArgs = MakeArgList(p, args);
    }

    private static bool RaiseBadarity(Process p, Term[] x, Term fun, int arity)
    {
        var args = MakeArgList(p, x.AsSpan(0, arity));
        RaiseTagged(p, Atoms.Badarity, p.Heap.Tuple([fun, args]));
        return false;
    }

    /// <summary>apply/3 as an instruction: x(Arity) is the module, x(Arity+1) the function.</summary>
    private static bool Apply(Process p, Term[] x, Term moduleName, Term function, int arity)
    {
        if (!moduleName.IsAtom || !function.IsAtom)
        {
            p.Badarg();
            p.ErrorBif = p.Node.Exports.Get(Atoms.Erlang, Atoms.Intern("apply"), 3);
            p.ErrorArgs = p.Heap.List([moduleName, function, MakeArgList(p, x.AsSpan(0, arity))]);
            p.CurrentPc = -1;
            return false;
        }
        return CallExport(p, x, p.Node.Exports.Get(moduleName, function, arity), arity);
    }

    /// <summary>bif0/1/2 and gc_bif1/2/3: gathers the arguments and calls the BIF.</summary>
    internal Term CallGuardBif(Process p, ref Instr i, LoadedModule module, Term[] x, Term[] stack, int sp)
    {
        var args = _bifArgs;
        var consts = module.Constants;
        (int import, int count) = i.Op switch
        {
            Op.Bif0 => (i.A, 0),
            Op.Bif1 => (i.B, Gather(args, consts, x, stack, sp, i.C)),
            Op.Bif2 => (i.B, Gather(args, consts, x, stack, sp, i.C, i.D)),
            Op.GcBif1 => (i.C, Gather(args, consts, x, stack, sp, i.D)),
            Op.GcBif2 or (>= Op.Add and <= Op.Remainder) => (i.C, Gather(args, consts, x, stack, sp, i.D, i.E)),
            _ => (i.C, Gather(args, consts, x, stack, sp, i.D, i.E, i.F)),
        };
        // gc_bif: a collection point, as in BEAM. The live x registers and the arguments survive it.
        if (i.Op is not (Op.Bif0 or Op.Bif1 or Op.Bif2))
            MaybeCollect(p, x, i.B, GcBifReserve, sp, args.AsMemory(0, count));
        var export = module.Imports[import];
        var bif = export.Bif;
        var result = bif is null ? p.Raise(ErrorClass.Error, Atoms.Undef) : bif(p, args.AsSpan(0, count));
        if (result.IsNonValue)
            BifFailed(p, export, args.AsSpan(0, count));
        return result;
    }

    /// <summary>Words a gc_bif keeps free for its result (a float, a small bignum or tuple).</summary>
    private const int GcBifReserve = 16;

    private static int Gather(Term[] args, Term[] consts, Term[] x, Term[] stack, int sp, params ReadOnlySpan<int> operands)
    {
        for (var k = 0; k < operands.Length; k++)
            args[k] = Get(operands[k], x, stack, sp, consts);
        return operands.Length;
    }

    internal static int BifDestination(ref Instr i) => i.Op switch
    {
        Op.Bif0 => i.B,
        Op.Bif1 => i.D,
        Op.Bif2 or Op.GcBif1 => i.E,
        Op.GcBif2 or (>= Op.Add and <= Op.Remainder) => i.F,
        _ => i.G,
    };

    /// <summary>make_fun3 Lambda Dst FreeList: a closure over the listed values.</summary>
    internal Term MakeFun(Memory.Heap heap, LoadedModule module, int lambda, int start, int count,
        Term[] x, Term[] stack, int sp, Term[] consts)
    {
        var free = _freeVars.AsSpan(0, count);
        for (var k = 0; k < count; k++)
            free[k] = Get(module.Extra[start + k], x, stack, sp, consts);
        return heap.Fun(module.Funs[lambda], free);
    }

    /// <summary>How many x registers hold arguments at a call where the process may yield.</summary>
    private static int LiveAtYield(ref Instr i) => i.Op switch
    {
        Op.CallFun => i.A + 1,
        Op.CallFun2 => Operand.Kind(i.C) == Operand.X ? Math.Max(i.B, Operand.Index(i.C) + 1) : i.B,
        Op.Apply or Op.ApplyLast => i.A + 2,
        _ => i.A,
    };
}
