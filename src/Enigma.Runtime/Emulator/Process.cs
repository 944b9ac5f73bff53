using Enigma.Runtime.Code;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>Where a process is in its life.</summary>
internal enum ProcessStatus
{
    /// <summary>In a run queue (or about to be).</summary>
    Runnable,
    Running,
    /// <summary>In a receive with nothing to match: runs again when a message arrives or the deadline passes.</summary>
    Waiting,
    Exited,
}

/// <summary>Why a running process stops inside a BIF, past every catch.</summary>
internal enum StopRequest
{
    None,
    /// <summary>An exit signal ended it: <see cref="Process.PendingExit"/> is the reason.</summary>
    Exit,
    /// <summary>erlang:hibernate/3: it waits for a message, then calls <see cref="Process.Hibernation"/>.</summary>
    Hibernate,
}

/// <summary>
/// An Erlang process: its heap, its stack (y registers and return addresses, growing
/// down), where it continues, and the exception it is raising. x registers belong to
/// the interpreter that runs it; the live ones are saved here when it stops.
/// A process is its own <see cref="Heap"/> (a subclass, not a field): with a million
/// waiting, one .NET object less each is a quarter less for the collector to trace.
/// </summary>
public sealed class Process : Heap
{
    /// <summary>
    /// Small, for a million waiting processes, but room for the frame of the function a process
    /// waits in (2 y registers) above the return address; it doubles as a process recurses.
    /// </summary>
    private const int InitialStack = 4;

    internal Process(Node node, Term pid)
    {
        Node = node;
        Pid = pid;
        GroupLeader = pid;
    }

    public Node Node { get; }

    public Term Pid { get; }

    public Term GroupLeader { get; internal set; }

    /// <summary>The function the process was spawned in (process_info's initial_call).</summary>
    internal Export? InitialCall { get; set; }

    /// <summary>The process's heap: the process itself (see the class comment); use this name for it.</summary>
    internal Heap Heap => this;

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

    /// <summary>A field: the mailbox is a struct that its methods change in place.</summary>
    internal Mailbox Mailbox = new();

    /// <summary>
    /// Changed with compare-and-swap (<see cref="TrySetStatus"/>): a scheduler takes a process
    /// Runnable to Running, a sender wakes it Waiting to Runnable, and whoever moves it to
    /// Exited signals its end; each of these happens once.
    /// </summary>
    private int _status;

    internal ProcessStatus Status
    {
        get => (ProcessStatus)Volatile.Read(ref _status);
        // A full fence: what the setter's thread reads next (the inbox, the exit flag) is read after it.
        set => Interlocked.Exchange(ref _status, (int)value);
    }

    internal bool TrySetStatus(ProcessStatus from, ProcessStatus to) =>
        Interlocked.CompareExchange(ref _status, (int)to, (int)from) == (int)from;

    /// <summary>process_flag(priority): 0 max, 1 high, 2 normal, 3 low (the run queue it goes to).</summary>
    internal int Priority = RunQueue.Normal;

    /// <summary>Times a low-priority process was put back behind normal ones (BEAM runs it after 8).</summary>
    internal int LowSkips;

    /// <summary>max_heap_size when one is set (a collection checks it).</summary>
    internal ProcessFlags.MaxHeapLimit? MaxHeap;

    /// <summary>
    /// A BIF that trapped asked the slice to end where the trap leaves control (yield/0, a
    /// call to be made again later): how many x registers are live there; -1 when none asked.
    /// </summary>
    internal int YieldLive = -1;

    /// <summary>When a receive ... after T gives up (on <see cref="Node.Clock"/>), or long.MaxValue.</summary>
    internal long Deadline = long.MaxValue;

    /// <summary>
    /// Set when the deadline passed: as in BEAM the receive still looks at the messages that
    /// came, then wait_timeout takes its timeout branch.
    /// </summary>
    internal bool TimedOut;

    /// <summary>The timer of the receive ... after the process waits in (reused from one receive to the next).</summary>
    internal Timers.ReceiveTimeout? ReceiveTimer;

    /// <summary>process_flag(trap_exit): exit signals (but kill) become {'EXIT', From, Reason} messages.</summary>
    internal bool TrapExit;

    /// <summary>The processes linked to this one (made on first use).</summary>
    internal HashSet<Process> Links => _links ??= [];

    internal bool HasLinks => _links is { Count: > 0 };

    private HashSet<Process>? _links;

    /// <summary>Monitors this process holds, by reference id.</summary>
    internal Dictionary<long, ProcessMonitor> Monitors => _monitors ??= [];

    /// <summary>Monitors others hold on this process, by reference id.</summary>
    internal Dictionary<long, ProcessMonitor> MonitoredBy => _monitoredBy ??= [];

    internal bool HasMonitors => _monitors is { Count: > 0 } || _monitoredBy is { Count: > 0 };

    private Dictionary<long, ProcessMonitor>? _monitors;
    private Dictionary<long, ProcessMonitor>? _monitoredBy;

    /// <summary>Alias references this process owns (alias/0,1 and monitor aliases).</summary>
    internal HashSet<long> Aliases => _aliases ??= [];

    internal bool HasAliases => _aliases is { Count: > 0 };

    private HashSet<long>? _aliases;

    /// <summary>process_flag values that only need to be kept and given back (priority, min_heap_size, ...).</summary>
    internal Dictionary<int, Term> Flags => _flags ??= [];

    private Dictionary<int, Term>? _flags;

    /// <summary>Files this process opened and has not closed: erl closes them when it ends.</summary>
    private List<Files.FileHandle>? _files;

    internal void OwnFile(Files.FileHandle file) => (_files ??= []).Add(file);

    internal void DisownFile(Files.FileHandle file) => _files?.Remove(file);

    internal void CloseFiles()
    {
        if (_files is null)
            return;
        foreach (var file in _files.Where(f => f.IsOpen))
            file.CloseNow();
        _files = null;
    }

    /// <summary>
    /// Set while the process runs when a signal ends it (exit(self(), R), a linked process
    /// dying) or it hibernates: the BIF that noticed stops it, no catch applies.
    /// </summary>
    internal StopRequest Stop;

    /// <summary>The reason of an exit signal that hit the process while it ran, or NonValue (see <see cref="ExitRequested"/>).</summary>
    internal Term PendingExit = Term.NonValue;

    /// <summary>Set (after <see cref="PendingExit"/>) by the thread that sent the signal; read by the one running the process.</summary>
    internal volatile bool ExitRequested;

    internal void RequestExit(Term reason)
    {
        if (ExitRequested)
            return;
        PendingExit = reason;
        ExitRequested = true;
    }

    /// <summary>erlang:hibernate(M, F, A): what to call once a message comes (a reference: rarely there).</summary>
    internal Tuple<Term, Term, Term>? Hibernation;

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

    // ---- the exception being raised: see RaisedError.cs ----

    private RaisedError? _error;

    private RaisedError Error => _error ??= new();

    internal ErrorClass ErrorClass { get => _error?.Class ?? default; set => Error.Class = value; }

    internal Term ErrorReason { get => _error?.Reason ?? default; set => Error.Reason = value; }

    internal Export? ErrorBif { get => _error?.Bif; set => Error.Bif = value; }

    internal Term ErrorArgs { get => _error?.Args ?? Term.NonValue; set => Error.Args = value; }

    internal Term Trace { get => _error?.Trace ?? Term.Nil; set => Error.Trace = value; }

    internal Term ErrorInfo { get => _error?.Info ?? Term.NonValue; set => Error.Info = value; }

    internal Term? PresetTrace { get => _error?.PresetTrace; set => Error.PresetTrace = value; }

    internal bool RaisedByCode { get => _error?.ByCode ?? false; set => Error.ByCode = value; }

    /// <summary>Where the raising instruction is (-1: the raise happened in a call, see the stack).</summary>
    internal int CurrentPc = -1;

    internal LoadedModule? CurrentModule;

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

    /// <summary>The call a BIF asked for by returning <see cref="Term.Trap"/>: a fun or M:F, and the argument list.</summary>
    internal (Term Callee, Export? Export, Term Args) TrapCall;

    /// <summary>From a BIF: continue by calling <paramref name="fun"/> with <paramref name="args"/> (a proper list).</summary>
    internal Term CallInstead(Term fun, Export? export, Term args)
    {
        TrapCall = (fun, export, args);
        return Term.Trap;
    }

    /// <summary>Drops what a failing BIF recorded when the failure is not raised (a guard's fail label).</summary>
    internal void ForgetError() => _error?.Forget();

    /// <summary>
    /// From a BIF: the process stops now (see <see cref="Stop"/>); the non-value to return.
    /// Raised as an exit so that a crash report of the main process reads as erl's.
    /// </summary>
    internal Term StopNow(StopRequest request, Term reason)
    {
        Stop = request;
        return Raise(ErrorClass.Exit, reason);
    }

    /// <summary>From a BIF that sent signals: stops the process if one of them ended it.</summary>
    internal Term UnlessExiting(Term result) =>
        ExitRequested ? StopNow(StopRequest.Exit, PendingExit) : result;

    /// <summary>Drops the whole stack (hibernate): the process starts over from <see cref="Interpreter.Prepare"/>.</summary>
    internal void ClearStack()
    {
        Stack = new Term[InitialStack];
        Sp = InitialStack;
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
