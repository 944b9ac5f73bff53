using System.Collections.Concurrent;
using Enigma.Runtime.Code;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime;

/// <summary>
/// One Erlang node: its export table, its code, its BIFs, its processes and the
/// schedulers that run them (Node.Scheduling.cs).
/// </summary>
public sealed partial class Node
{
    private readonly ProcessTable _processes = new();
    private readonly ConcurrentDictionary<int, Process> _registered = new();
    private long _nextRef;

    /// <param name="compiler">The compiling tier's settings (default: on).</param>
    /// <param name="schedulers">Scheduler threads (erl's +S; default: one per core).</param>
    public Node(IReadOnlyList<string> codePath, TextWriter stdout, bool specialize = true, TextWriter? stderr = null,
        Compiler.CompilerSettings? compiler = null, int schedulers = 0)
    {
        compiler ??= Compiler.CompilerSettings.Default;
        var tier = compiler.Enabled ? new Compiler.CompilingTier(compiler) : null;
        _schedulers = [.. Enumerable.Range(0, schedulers > 0 ? schedulers : Environment.ProcessorCount).Select(k => new Scheduler(k, new Interpreter(tier)))];
        // Processes on several schedulers write: each write holds the writer's lock, which
        // erlang:display and put_chars take too (a StreamWriter stays itself: put_chars writes
        // bytes to its stream under that lock).
        Stderr = TextWriter.Synchronized(stderr ?? TextWriter.Null);
        Exports = new ExportTable();
        Code = new CodeServer(Exports, codePath, specialize);
        Stdout = stdout is StreamWriter ? stdout : TextWriter.Synchronized(stdout);
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

    /// <summary>erlang:system_flag(system_logger): who gets the emulator's log events (logger, undefined or a pid).</summary>
    internal Term SystemLogger { get; set; } = Atoms.Intern("logger");

    public int ProcessCount => _processes.Count;

    /// <summary>erlang:system_info(process_limit): spawning past it raises system_limit.</summary>
    public int ProcessLimit { get; init; } = Configuration.EnigmaSettings.DefaultProcessLimit;

    internal bool AtProcessLimit => ProcessCount >= ProcessLimit;

    /// <summary>persistent_term's store.</summary>
    internal ConcurrentDictionary<TermKey, (Term Key, Term Value)> PersistentTerms { get; } = new();

    /// <summary>The node's ETS tables.</summary>
    internal Ets.EtsRegistry Tables { get; } = new();

    /// <summary>
    /// Starts the runtime's own servers (src/Enigma.Runtime/Erlang, shipped compiled) that stand
    /// in for OTP's until OTP boots for real: the standard I/O server (registered user, the group
    /// leader of processes spawned from now on), init, code_server, the file server
    /// (file_server_2), and enigma_kernel: ac_tab and the logger.
    /// </summary>
    public void StartSystemProcesses()
    {
        var io = StartServer("enigma_stdio", "user", _ => []);
        GroupLeader = io.Pid;
        StartServer("enigma_code_server", "code_server", _ => []);
        StartServer("enigma_init", "init", heap => [InitArguments(heap)]);
        LoadEmbedded("enigma_logger_h");
        LoadEmbedded("enigma_kernel");
        // Programs may log from their first instruction: the logger is up before they start.
        RunUntilExit(Spawn(Exports.Get(Atoms.Intern("enigma_kernel"), Atoms.Intern("start"), 0), _ => []));
    }

    private Process StartServer(string module, string name, Func<Heap, Term[]> args)
    {
        LoadEmbedded(module);
        var arity = args(new Heap(16)).Length;
        var server = Spawn(Exports.Get(Atoms.Intern(module), Atoms.Intern("start"), arity), args);
        Register(Atoms.Intern(name), server);
        return server;
    }

    /// <summary>Loads one of the runtime's own modules (src/Enigma.Runtime/Erlang, shipped compiled).</summary>
    private void LoadEmbedded(string module)
    {
        using var resource = typeof(Node).Assembly.GetManifestResourceStream(module + ".beam")!;
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        Code.Load(Beam.BeamReader.Read(bytes.ToArray(), module + ".beam"));
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

    /// <summary>
    /// A new process that will run M:F(Args), queued to run; <paramref name="setup"/> (links,
    /// monitors, flags of spawn_opt) runs before any scheduler can start it.
    /// </summary>
    public Process Spawn(Export entry, Func<Heap, Term[]> args, Term? groupLeader = null, Action<Process>? setup = null)
    {
        var process = NewProcess(entry, groupLeader);
        Start(process, args(process.Heap), setup);
        return process;
    }

    /// <summary>
    /// A process that runs a fun of arity 0 (spawn/1): its free variables are copied first.
    /// Without the delegates of <see cref="Spawn"/>: a million spawns should leave no garbage.
    /// </summary>
    public Process SpawnFun(Term fun, Term? groupLeader = null)
    {
        var process = NewProcess(Apply2, groupLeader);
        Start(process, [TermCopier.Copy(fun, process.Heap), Term.Nil]);
        return process;
    }

    /// <summary>erlang:apply/2, the initial call of spawn/1's processes and of the program's first one.</summary>
    internal Export Apply2 => _apply2 ??= Exports.Get(Atoms.Erlang, Atoms.Intern("apply"), 2);

    private Export? _apply2;

    private Process NewProcess(Export entry, Term? groupLeader)
    {
        var process = _processes.Add(this);
        process.InitialCall = entry;
        if ((groupLeader ?? GroupLeader) is { IsPid: true } leader)
            process.GroupLeader = leader;
        return process;
    }

    /// <summary>Queues it to run; <paramref name="args"/> become its x registers (the array is kept).</summary>
    private void Start(Process process, Term[] args, Action<Process>? setup = null)
    {
        Interpreter.Prepare(process, process.InitialCall!, args);
        setup?.Invoke(process);
        Enqueue(process);
    }

    /// <summary>The pids of the live processes, in creation order (as erl lists them).</summary>
    public IEnumerable<Term> Processes() => _processes.Numbers().Select(Term.Pid);

    public IEnumerable<Term> RegisteredNames() => _registered.Keys.Select(Term.Atom);

    public Process? Find(Term pid) => pid.IsPid ? _processes.Find(pid.ImmediateId) : null;

    public Term MakeRef() => Term.Ref(Interlocked.Increment(ref _nextRef));

    public Process? Whereis(Term name) => _registered.TryGetValue(name.AtomIndex, out var p) ? p : null;

    /// <summary>Under the signal lock: a process that is ending loses its names, it gets no new one.</summary>
    public bool Register(Term name, Process process)
    {
        lock (_signalLock)
            return process.Status != ProcessStatus.Exited && process.RegisteredName.IsNonValue && _registered.TryAdd(name.AtomIndex, process) && process.SetName(name);
    }

    public bool Unregister(Term name)
    {
        lock (_signalLock)
        {
            if (!_registered.TryRemove(name.AtomIndex, out var p))
                return false;
            p.SetName(Term.NonValue);
            return true;
        }
    }

    /// <summary>
    /// '!': to a pid, a registered name, {Name, Node} or an alias. False (badarg) for a name
    /// nobody has or something that is not an address.
    /// </summary>
    public bool Send(Term destination, Term message)
    {
        if (destination.IsRef)
        {
            SendToAlias(destination, message);
            return true;
        }
        // {Name, node()}: like a send to another node, a name nobody has is no error.
        var byNodeName = destination is { IsTuple: true, TupleArity: 2 } && destination.Element(1).IsAtom && destination.Element(2).IsSameAs(Atoms.Nonode);
        if (byNodeName)
            destination = destination.Element(1);
        Process? target;
        if (destination.IsPid)
            target = Find(destination);
        else if (destination.IsAtom)
            target = Whereis(destination);
        else
            return false;
        if (destination.IsAtom && target is null && !byNodeName)
            return false;
        if (target is not null)
            Deliver(target, TermCopier.CopyToFragment(message));
        return true;
    }

    /// <summary>A message (already copied) into a mailbox; wakes the process if it waits. Dropped if it has ended.</summary>
    private void Deliver(Process target, MessageFragment message)
    {
        if (target.Status == ProcessStatus.Exited)
            return;
        target.Mailbox.Deliver(message);
        if (target.Status == ProcessStatus.Waiting)
            Wake(target);
    }

    /// <summary>The exit reason of an uncaught exception: exit's reason; {Reason, Stack} for error; {{nocatch, V}, Stack} for throw.</summary>
    private static Term CrashReason(Process p)
    {
        if (p.ErrorClass == ErrorClass.Exit)
            return p.ErrorReason;
        var heap = p.Heap;
        var reason = p.ErrorClass == ErrorClass.Throw ? heap.Tuple([Atoms.Intern("nocatch"), p.ErrorReason]) : p.ErrorReason;
        return heap.Tuple([reason, Interpreter.BuildStacktrace(p, p.Trace)]);
    }
}
