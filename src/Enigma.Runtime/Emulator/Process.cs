using Enigma.Runtime.Code;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>Where a process is in its life.</summary>
internal enum ProcessStatus
{
    Runnable,
    Running,
    /// <summary>In a receive with nothing to match: runs again when a message arrives or the deadline passes.</summary>
    Waiting,
    Exited,
}

/// <summary>
/// An Erlang process: its heap, its stack (y registers and return addresses, growing
/// down), where it continues, and the exception it is raising. x registers belong to
/// the interpreter that runs it; the live ones are saved here when it stops.
/// </summary>
public sealed class Process
{
    private const int InitialStack = 64;

    internal Process(Node node, Term pid)
    {
        Node = node;
        Pid = pid;
        GroupLeader = pid;
    }

    public Node Node { get; }

    public Term Pid { get; }

    public Term GroupLeader { get; internal set; }

    internal Heap Heap { get; } = new();

    /// <summary>The stack: in use from <see cref="Sp"/> to the end.</summary>
    internal Term[] Stack = new Term[InitialStack];

    internal int Sp = InitialStack;

    /// <summary>Where to continue when scheduled again.</summary>
    internal LoadedModule? Module;

    internal int Pc;

    /// <summary>The live x registers while the process is not running (the result once it finished).</summary>
    internal Term[] SavedX = [];

    /// <summary>What the first function returned, once the process has finished.</summary>
    public Term Result => SavedX.Length > 0 ? SavedX[0] : Term.Nil;


    public long Reductions { get; internal set; }

    internal Mailbox Mailbox { get; } = new();

    internal ProcessStatus Status;

    /// <summary>When a receive ... after T gives up (Environment.TickCount64), or long.MaxValue.</summary>
    internal long Deadline = long.MaxValue;

    /// <summary>Set when the deadline passed: the receive continues at its timeout branch.</summary>
    internal bool TimedOut;

    /// <summary>The wait_timeout instruction to resume at when the deadline passes.</summary>
    internal int TimeoutPc;

    /// <summary>Monitors others hold on this process: reference and the watching process.</summary>
    internal List<(Term Ref, Process Watcher)> MonitoredBy { get; } = [];

    /// <summary>The name it is registered under, or NonValue.</summary>
    internal Term RegisteredName { get; private set; } = Term.NonValue;

    internal bool SetName(Term name)
    {
        RegisteredName = name;
        return true;
    }

    /// <summary>Why the process ended: normal, or the exception's reason.</summary>
    internal Term ExitReason = Term.NonValue;

    /// <summary>put/get/erase; made on first use.</summary>
    internal ProcessDictionary Dictionary => _dictionary ??= new ProcessDictionary();

    private ProcessDictionary? _dictionary;

    internal bool HasDictionary => _dictionary is not null;

    // ---- the exception being raised (BEAM's freason / fvalue) ----

    internal ErrorClass ErrorClass;

    internal Term ErrorReason;

    /// <summary>
    /// The function that raised when it is not the current one: a BIF, or an undefined or
    /// clause-less function; its frame comes first in the stack trace, with <see cref="ErrorArgs"/>.
    /// </summary>
    internal Export? ErrorBif;

    /// <summary>The argument list for that first frame (or for function_clause).</summary>
    internal Term ErrorArgs = Term.NonValue;

    /// <summary>Where the raising instruction is (-1: the raise happened in a call, see the stack).</summary>
    internal int CurrentPc = -1;

    internal LoadedModule? CurrentModule;

    /// <summary>The stack trace of the exception being raised (a raw trace, see Emulator/RawTrace.cs).</summary>
    internal Term Trace = Term.Nil;

    /// <summary>Raise an error from a BIF: records it and gives the non-value to return.</summary>
    public Term Raise(ErrorClass errorClass, Term reason)
    {
        ErrorClass = errorClass;
        ErrorReason = reason;
        return Term.NonValue;
    }

    public Term Badarg() => Raise(ErrorClass.Error, Atoms.Badarg);

    /// <summary>
    /// error/1,2, exit/1 and throw/1: raised as if by the calling function itself, so the
    /// BIF gets no frame of its own; with <paramref name="args"/> (error/2) the caller's
    /// frame shows them instead of its arity.
    /// </summary>
    public Term RaiseFromCode(ErrorClass errorClass, Term reason, Term? args = null)
    {
        RaisedByCode = true;
        ErrorArgs = args ?? Term.NonValue;
        return Raise(errorClass, reason);
    }

    /// <summary>The {error_info, Map} erlang:error/3 was given for the raising frame, or NonValue.</summary>
    internal Term ErrorInfo = Term.NonValue;

    /// <summary>A stack trace given by erlang:raise/3, used instead of capturing one.</summary>
    internal Term? PresetTrace;

    /// <summary>Set by <see cref="RaiseFromCode"/>: the failing BIF adds no frame.</summary>
    internal bool RaisedByCode;

    /// <summary>The call a BIF asked for by returning <see cref="Term.Trap"/>: a fun or M:F, and the argument list.</summary>
    internal (Term Callee, Export? Export, Term Args) TrapCall;

    /// <summary>From a BIF: continue by calling <paramref name="fun"/> with <paramref name="args"/> (a proper list).</summary>
    internal Term CallInstead(Term fun, Export? export, Term args)
    {
        TrapCall = (fun, export, args);
        return Term.Trap;
    }

    /// <summary>Drops what a failing BIF recorded when the failure is not raised (a guard's fail label).</summary>
    internal void ForgetError()
    {
        ErrorBif = null;
        ErrorArgs = Term.NonValue;
        ErrorInfo = Term.NonValue;
        RaisedByCode = false;
        PresetTrace = null;
    }

    /// <summary>Room for <paramref name="words"/> more words on the stack; grows it when needed.</summary>
    internal void EnsureStack(int words)
    {
        if (Sp >= words)
            return;
        var used = Stack.Length - Sp;
        var size = Math.Max(Stack.Length * 2, used + words + InitialStack);
        var grown = new Term[size];
        Array.Copy(Stack, Sp, grown, size - used, used);
        Stack = grown;
        Sp = size - used;
    }
}
