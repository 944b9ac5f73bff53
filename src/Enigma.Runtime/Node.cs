using System.Collections.Concurrent;
using Enigma.Runtime.Code;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime;

/// <summary>
/// One Erlang node: its export table, its code, its BIFs, its processes and the
/// scheduler that runs them. For now one scheduler thread runs everything; the
/// processes issue brings several, with work stealing.
/// </summary>
public sealed class Node
{
    /// <summary>BEAM's reduction budget per time slice.</summary>
    private const int Slice = 4000;

    private readonly ConcurrentDictionary<long, Process> _processes = new();
    private readonly ConcurrentDictionary<int, Process> _registered = new();
    private readonly Queue<Process> _runQueue = new();
    private readonly Interpreter _interpreter = new();
    private long _nextPid;
    private long _nextRef;

    public Node(IReadOnlyList<string> codePath, TextWriter stdout, bool specialize = true, TextWriter? stderr = null)
    {
        Stderr = stderr ?? TextWriter.Null;
        Exports = new ExportTable();
        Code = new CodeServer(Exports, codePath, specialize);
        Stdout = stdout;
        Bifs.BifTable.Register(Exports);
    }

    public ExportTable Exports { get; }

    public CodeServer Code { get; }

    /// <summary>Where erlang:display and the standard_io group leader write.</summary>
    public TextWriter Stdout { get; }

    /// <summary>Where reports of crashed processes go (as BEAM's error logger writes them).</summary>
    public TextWriter Stderr { get; }

    /// <summary>The group leader new processes get, once the standard I/O server runs.</summary>
    public Term GroupLeader { get; internal set; } = Term.Nil;

    public int ProcessCount => _processes.Count;

    /// <summary>The node's ETS tables.</summary>
    internal Ets.EtsRegistry Tables { get; } = new();

    /// <summary>
    /// Starts the runtime's own servers (src/Enigma.Runtime/Erlang, shipped compiled) that stand
    /// in for OTP's until OTP boots for real: the standard I/O server (registered user, the group
    /// leader of processes spawned from now on), init and code_server.
    /// </summary>
    public void StartSystemProcesses()
    {
        var io = StartServer("enigma_stdio", "user", _ => []);
        GroupLeader = io.Pid;
        StartServer("enigma_code_server", "code_server", _ => []);
        StartServer("enigma_init", "init", heap => [InitArguments(heap)]);
    }

    private Process StartServer(string module, string name, Func<Heap, Term[]> args)
    {
        using var resource = typeof(Node).Assembly.GetManifestResourceStream(module + ".beam")!;
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        Code.Load(Beam.BeamReader.Read(bytes.ToArray(), module + ".beam"));
        var arity = args(new Heap(16)).Length;
        var server = Spawn(Exports.Get(Atoms.Intern(module), Atoms.Intern("start"), arity), args);
        Register(Atoms.Intern(name), server);
        return server;
    }

    /// <summary>What init:get_arguments/0 gives under erl -noshell: root, progname, home, noshell.</summary>
    private Term InitArguments(Heap heap)
    {
        var arguments = new List<Term>();
        // The code path's kernel ebin is ROOT/lib/kernel-VSN/ebin.
        var kernel = Code.CodePath.FirstOrDefault(d => Path.GetFileName(Path.GetDirectoryName(d))?.StartsWith("kernel-", StringComparison.Ordinal) == true);
        if (kernel is not null)
            arguments.Add(Flag(heap, "root", Path.GetFullPath(Path.Combine(kernel, "..", "..", ".."))));
        arguments.Add(Flag(heap, "progname", "erl"));
        if (Environment.GetEnvironmentVariable("HOME") is { } home)
            arguments.Add(Flag(heap, "home", home));
        arguments.Add(heap.Tuple([Atoms.Intern("noshell"), Term.Nil]));
        return heap.List([.. arguments]);
    }

    private static Term Flag(Heap heap, string name, string value) =>
        heap.Tuple([Atoms.Intern(name), heap.List([heap.String(value)])]);

    /// <summary>A new process that will run M:F(Args), queued to run.</summary>
    public Process Spawn(Export entry, Func<Heap, Term[]> args, Term? groupLeader = null)
    {
        var process = new Process(this, Term.Pid(Interlocked.Increment(ref _nextPid)));
        if ((groupLeader ?? GroupLeader) is { IsPid: true } leader)
            process.GroupLeader = leader;
        Interpreter.Prepare(process, entry, args(process.Heap));
        _processes[process.Pid.ImmediateId] = process;
        Enqueue(process);
        return process;
    }

    /// <summary>A process that runs a fun of arity 0 (spawn/1): its free variables are copied first.</summary>
    public Process SpawnFun(Term fun, Term? groupLeader = null) =>
        Spawn(Exports.Get(Atoms.Erlang, Atoms.Intern("apply"), 2),
            heap => [TermCopier.Copy(fun, heap), Term.Nil], groupLeader);

    public Process? Find(Term pid) => pid.IsPid && _processes.TryGetValue(pid.ImmediateId, out var p) ? p : null;

    public Term MakeRef() => Term.Ref(Interlocked.Increment(ref _nextRef));

    public Process? Whereis(Term name) => _registered.TryGetValue(name.AtomIndex, out var p) ? p : null;

    public bool Register(Term name, Process process) =>
        process.RegisteredName.IsNonValue && _registered.TryAdd(name.AtomIndex, process) && process.SetName(name);

    public bool Unregister(Term name)
    {
        if (!_registered.TryRemove(name.AtomIndex, out var p))
            return false;
        p.SetName(Term.NonValue);
        return true;
    }

    /// <summary>'!': to a pid or a registered name. False (badarg) for a name nobody has or a non-address.</summary>
    public bool Send(Term destination, Term message)
    {
        Process? target;
        if (destination.IsPid)
            target = Find(destination);
        else if (destination.IsAtom)
            target = Whereis(destination);
        else
            return false;
        if (destination.IsAtom && target is null)
            return false;
        // A message to a process that has ended is dropped, as in BEAM.
        if (target is { Status: not ProcessStatus.Exited })
            Deliver(target, TermCopier.CopyToFragment(message));
        return true;
    }

    private void Deliver(Process target, MessageFragment message)
    {
        target.Mailbox.Deliver(message);
        if (target.Status == ProcessStatus.Waiting)
            Enqueue(target);
    }

    /// <summary>monitor(process, Target) by <paramref name="watcher"/>: the reference; DOWN at once if the target is gone.</summary>
    public Term Monitor(Process watcher, Term target)
    {
        var reference = MakeRef();
        var process = target.IsAtom ? Whereis(target) : Find(target);
        if (process is { Status: not ProcessStatus.Exited })
            process.MonitoredBy.Add((reference, watcher));
        else
            SendDown(watcher, reference, target, Atoms.Noproc);
        return reference;
    }

    /// <summary>demonitor: forgets the monitor wherever it is.</summary>
    public void Demonitor(Term reference)
    {
        foreach (var p in _processes.Values)
            p.MonitoredBy.RemoveAll(m => m.Ref.IsSameAs(reference));
    }

    private void SendDown(Process watcher, Term reference, Term subject, Term reason)
    {
        var scratch = new Heap(16);
        var down = scratch.Tuple([Atoms.Down, reference, Atoms.Process, subject, reason]);
        Deliver(watcher, TermCopier.CopyToFragment(down));
    }

    private void Enqueue(Process p)
    {
        p.Status = ProcessStatus.Runnable;
        _runQueue.Enqueue(p);
    }

    /// <summary>
    /// Runs processes until <paramref name="main"/> has ended, and gives how: Finished or Crashed.
    /// Like erl, a program whose processes all wait forever waits forever.
    /// </summary>
    public RunResult RunUntilExit(Process main)
    {
        while (true)
        {
            if (_runQueue.Count == 0 && !WaitForTimeout())
                Thread.Sleep(Timeout.Infinite);
            var p = _runQueue.Dequeue();
            if (p.Status == ProcessStatus.Exited)
                continue;
            p.Status = ProcessStatus.Running;
            var result = _interpreter.Run(p, Slice);
            switch (result)
            {
                case RunResult.Yielded:
                    Enqueue(p);
                    break;
                case RunResult.Waiting:
                    p.Status = ProcessStatus.Waiting;
                    if (p.Mailbox.HasIncoming)
                        Enqueue(p);
                    break;
                default:
                    if (result == RunResult.Crashed && p != main)
                        Stderr.WriteLine($"=ERROR REPORT==== process {TermPrinter.Print(p.Pid)} crashed\n{CrashReport.Describe(p)}");
                    Exit(p, result == RunResult.Finished ? Atoms.Normal : p.ErrorReason);
                    if (p == main)
                        return result;
                    break;
            }
        }
    }

    /// <summary>Wakes the waiting process whose deadline comes first, sleeping until then; false if none has one.</summary>
    private bool WaitForTimeout()
    {
        Process? first = null;
        foreach (var p in _processes.Values)
        {
            if (p.Status == ProcessStatus.Waiting && p.Deadline != long.MaxValue && (first is null || p.Deadline < first.Deadline))
                first = p;
        }
        if (first is null)
            return false;
        var delay = first.Deadline - Environment.TickCount64;
        if (delay > 0)
            Thread.Sleep(TimeSpan.FromMilliseconds(delay));
        first.TimedOut = true;
        first.Deadline = long.MaxValue;
        first.Pc = first.TimeoutPc;
        Enqueue(first);
        return true;
    }

    private void Exit(Process p, Term reason)
    {
        p.Status = ProcessStatus.Exited;
        p.ExitReason = reason;
        _processes.TryRemove(p.Pid.ImmediateId, out _);
        if (!p.RegisteredName.IsNonValue)
            Unregister(p.RegisteredName);
        foreach (var (reference, watcher) in p.MonitoredBy)
        {
            if (watcher.Status != ProcessStatus.Exited)
                SendDown(watcher, reference, p.Pid, reason);
        }
        p.MonitoredBy.Clear();
        Tables.OwnerExited(this, p);
    }
}
