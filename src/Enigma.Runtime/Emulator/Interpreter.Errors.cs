using Enigma.Runtime.Code;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>Raising, catching and describing exceptions, with BEAM's protocol.</summary>
public sealed partial class Interpreter
{
    private static void RaiseTagged(Process p, Term tag, Term value) =>
        p.Raise(ErrorClass.Error, p.Heap.Tuple([tag, value]));

    /// <summary>The raw trace of the exception being raised; resets the per-raise fields.</summary>
    private static Term CaptureTrace(Process p, Term[] stack, int sp)
    {
        if (p.PresetTrace is { } preset)
        {
            p.ForgetError();
            p.CurrentPc = -1;
            p.CurrentModule = null;
            return preset;
        }
        // A raw trace is a .NET object the collector does not look into: the argument list
        // and error info it keeps are copied out of the process heap.
        var frames = new List<RawFrame>(RawTrace.Depth);
        if (p.ErrorBif is { } bif)
            frames.Add(new RawFrame(bif, OffHeap(p.ErrorArgs), null, -1, OffHeap(p.ErrorInfo)));
        if (p.CurrentPc >= 0 && p.CurrentModule is { File: not null } current)
        {
            bool own = p.ErrorBif is null;
            frames.Add(new RawFrame(null, own ? OffHeap(p.ErrorArgs) : Term.NonValue, current, p.CurrentPc, own ? OffHeap(p.ErrorInfo) : Term.NonValue));
        }
        AddReturnFrames(stack, sp, frames);
        p.ForgetError();
        p.CurrentPc = -1;
        p.CurrentModule = null;
        return Term.Other(new RawTrace(p.ErrorClass, [.. frames]));
    }

    private static Term OffHeap(Term t) => t.IsNonValue ? t : TermCopier.CopyToFragment(t).Message;

    /// <summary>process_info(self(), current_stacktrace): the calling function, then the return addresses.</summary>
    internal static Term CurrentStacktrace(Process p)
    {
        var frames = new List<RawFrame>(RawTrace.Depth);
        if (p.CurrentPc >= 0 && p.CurrentModule is { File: not null } current)
            frames.Add(new RawFrame(null, Term.NonValue, current, p.CurrentPc, Term.NonValue));
        AddReturnFrames(p.Stack, p.Sp, frames);
        return BuildStacktrace(p, Term.Other(new RawTrace(ErrorClass.Error, [.. frames])));
    }

    private static void AddReturnFrames(Term[] stack, int sp, List<RawFrame> frames)
    {
        for (var k = sp; k < stack.Length && frames.Count < RawTrace.Depth; k++)
        {
            var word = stack[k];
            if (word.Tag == TermTag.Special && word.SpecialKind == SpecialKind.CodePointer
                && word.Box is LoadedModule { File: not null } caller)
                frames.Add(new RawFrame(null, Term.NonValue, caller, (int)word.SpecialPayload - 1, Term.NonValue));
        }
    }

    /// <summary>
    /// Finds the nearest catch or try frame on the stack. The stack is cut back to the
    /// frame that holds it and x0..x3 get BEAM's values (non-value, class, reason, trace).
    /// </summary>
    private static bool Unwind(Process p, Term[] x)
    {
        if (p.Stop != StopRequest.None)
            return false; // an exit signal or hibernate: no catch applies
        var stack = p.Stack;
        var frameStart = p.Sp;
        for (var k = p.Sp; k < stack.Length; k++)
        {
            var word = stack[k];
            if (word.Tag != TermTag.Special)
                continue;
            if (word.SpecialKind == SpecialKind.CodePointer)
            {
                frameStart = k + 1;
            }
            else if (word.SpecialKind == SpecialKind.Catch)
            {
                p.Sp = frameStart;
                p.Module = (LoadedModule)word.Box!;
                p.Pc = (int)word.SpecialPayload;
                x[0] = Term.NonValue;
                x[1] = ClassAtom(p.ErrorClass);
                x[2] = p.ErrorReason;
                x[3] = p.Trace;
                return true;
            }
        }
        return false;
    }

    private static Term ClassAtom(ErrorClass c) => c switch
    {
        ErrorClass.Error => Atoms.Error,
        ErrorClass.Exit => Atoms.Exit,
        _ => Atoms.Throw,
    };

    /// <summary>What <c>catch Expr</c> gives for the exception in x1..x3.</summary>
    internal static Term CatchValue(Process p, Term[] x)
    {
        var heap = p.Heap;
        if (x[1].IsSameAs(Atoms.Throw))
            return x[2];
        if (x[1].IsSameAs(Atoms.Exit))
            return heap.Tuple([Atoms.ExitTag, x[2]]);
        return heap.Tuple([Atoms.ExitTag, heap.Tuple([x[2], BuildStacktrace(p, x[3])])]);
    }

    /// <summary>
    /// raise Trace Value (a rethrow) and raw_raise Class Value Trace. False when the class is
    /// not error/exit/throw (raw_raise then leaves badarg in x0 and goes on).
    /// </summary>
    private static bool RaiseFromTerms(Process p, Term trace, Term value) =>
        RaiseFromTerms(p, trace.Box is RawTrace raw ? ClassAtom(raw.Class) : Atoms.Error, value, trace);

    private static bool RaiseFromTerms(Process p, Term errorClass, Term value, Term trace)
    {
        ErrorClass c;
        if (errorClass.IsSameAs(Atoms.Error))
            c = ErrorClass.Error;
        else if (errorClass.IsSameAs(Atoms.Exit))
            c = ErrorClass.Exit;
        else if (errorClass.IsSameAs(Atoms.Throw))
            c = ErrorClass.Throw;
        else
            return false;
        p.Raise(c, value);
        p.Trace = trace.Box is RawTrace raw ? Term.Other(new RawTrace(c, raw.Frames)) : trace;
        return true;
    }

    /// <summary>The trace as Erlang terms: [{M, F, Arity | Args, Location}].</summary>
    internal static Term BuildStacktrace(Process p, Term trace)
    {
        if (trace.Box is not RawTrace raw)
            return trace;
        var heap = p.Heap;
        var frames = new Term[raw.Frames.Length];
        for (var k = 0; k < frames.Length; k++)
            frames[k] = BuildFrame(heap, raw.Frames[k]);
        return heap.List(frames);
    }

    private static Term BuildFrame(Heap heap, RawFrame frame)
    {
        if (frame.Bif is { } bif)
        {
            // A BIF may say how to explain its error (ETS does); those of the erlang module
            // explain theirs through erl_erts_errors.
            var info = !frame.ErrorInfo.IsNonValue ? heap.List([frame.ErrorInfo])
                : bif.Module.IsSameAs(Atoms.Erlang)
                ? heap.List([heap.Tuple([Atoms.ErrorInfo, heap.FlatMap([Atoms.Intern("module")], [Atoms.Intern("erl_erts_errors")])])])
                : Term.Nil;
            return heap.Tuple([bif.Module, bif.Function, frame.Args, info]);
        }
        var module = frame.Module!;
        var (function, arity) = module.Lines.FunctionAt(frame.Pc) ?? (Atoms.Undefined, 0);
        var items = new List<Term>(3);
        if (module.Lines.LocationAt(frame.Pc) is var (file, line))
        {
            items.Add(heap.Tuple([Atoms.File, heap.String(file)]));
            items.Add(heap.Tuple([Atoms.Line, Term.Small(line)]));
        }
        if (!frame.ErrorInfo.IsNonValue)
            items.Add(frame.ErrorInfo);
        var location = heap.List([.. items]);
        var arityOrArgs = frame.Args.IsNonValue ? Term.Small(arity) : frame.Args;
        return heap.Tuple([module.Name, function, arityOrArgs, location]);
    }
}
