using System.Runtime.InteropServices;
using System.Text;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// The runtime system: erlang:system_info/1, statistics/1, display/1, display_string/1,
/// display_nl/0, pid_to_list/1, list_to_pid/1, port_to_list/1, ref_to_list/1, list_to_ref/1, list_to_port/1, and the os module's
/// environment BIFs (getenv/0,1, putenv/2, unsetenv/1, env/0).
/// </summary>
internal static class SystemBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "system_info", 1, (p, a) => SystemInfo(p, a[0]) ?? p.Badarg()),
        new("erlang", "system_flag", 2, SystemFlag),
        // Dynamic trace tags: erl built without dtrace answers true.
        new("erlang", "dt_spread_tag", 1, (p, a) => a[0].IsSameAs(Atoms.True) || a[0].IsSameAs(Atoms.False) ? Atoms.True : p.Badarg()),
        new("erlang", "dt_restore_tag", 1, (_, _) => Atoms.True),
        new("erlang", "statistics", 1, (p, a) => Statistics(p, a[0]) ?? p.Badarg()),
        new("erlang", "display", 1, Display),
        new("erlang", "display_string", 1, DisplayString),
        new("erlang", "display_nl", 0, (p, _) => WriteErts(p.Node.Stderr, "\n")),
        new("erlang", "pid_to_list", 1, (p, a) => a[0].IsPid || a[0].Box is Beam.Etf.EPid ? p.Heap.String(TermPrinter.Print(a[0])) : p.Badarg()),
        new("erlang", "port_to_list", 1, (p, a) => a[0].IsPort || a[0].Box is Beam.Etf.EPort ? p.Heap.String(TermPrinter.Print(a[0])) : p.Badarg()),
        new("erlang", "ref_to_list", 1, (p, a) => a[0].IsRef || a[0].Box is Beam.Etf.ERef ? p.Heap.String(TermPrinter.Print(a[0])) : p.Badarg()),
        new("erlang", "list_to_pid", 1, (p, a) => ParsePid(a[0]) ?? p.Badarg()),
        new("erlang", "list_to_ref", 1, (p, a) => ParseRef(a[0]) ?? p.Badarg()),
        new("erlang", "list_to_port", 1, (p, a) => ParsePort(a[0]) ?? p.Badarg()),
        new("os", "getenv", 1, (p, a) => EnvKey(a[0]) is { } key ? (Env.Get(key) is { } v ? p.Heap.String(v) : Atoms.False) : p.Badarg()),
        new("os", "getenv", 0, (p, _) => p.Heap.List([.. Env.All().Select(e => p.Heap.String(e.Key + "=" + e.Value))])),
        new("os", "env", 0, (p, _) => p.Heap.List([.. Env.All().Select(e => p.Heap.Tuple([p.Heap.String(e.Key), p.Heap.String(e.Value)]))])),
        new("os", "putenv", 2, PutEnv),
        new("os", "unsetenv", 1, (p, a) => EnvKey(a[0]) is { } key ? Unset(key) : p.Badarg()),
    ];

    /// <summary>system_flag(Flag, Value): the old value. Only system_logger so far; other flags are badarg.</summary>
    private static Term SystemFlag(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsSameAs(Atoms.Intern("system_logger"))
            || !(a[1].IsPid || a[1].IsSameAs(Atoms.Intern("logger")) || a[1].IsSameAs(Atoms.Undefined)))
            return p.Badarg();
        var old = p.Node.SystemLogger;
        p.Node.SystemLogger = a[1];
        return old;
    }

    // ---- erlang:display/1 and friends: erts writes with erts_printf, which puts "\r\n" for "\n" ----

    private static Term Display(Process p, ReadOnlySpan<Term> a)
    {
        WriteErts(p.Node.Stdout, DisplayPrinter.Print(a[0]) + "\n");
        return Atoms.True;
    }

    /// <summary>display_string/1: a flat list of code points, written to standard error as UTF-8 (erl 25 writes it there).</summary>
    private static Term DisplayString(Process p, ReadOnlySpan<Term> a)
    {
        if (ConversionBifs.Text(a[0]) is not { } text)
            return p.Badarg();
        return WriteErts(p.Node.Stderr, text);
    }

    private static Term WriteErts(TextWriter writer, string text)
    {
        lock (writer)
        {
            writer.Write(text.Replace("\n", "\r\n", StringComparison.Ordinal));
            writer.Flush();
        }
        return Atoms.True;
    }

    // ---- pids ----

    /// <summary>list_to_pid/1: "&lt;0.N.S&gt;" for a pid of this node (N at most 15 bits, S at most 13).</summary>
    private static Term? ParsePid(Term list)
    {
        if (NumberFormatBifs.ListBytes(list) is not { Length: <= 64 } bytes)
            return null;
        int i = 0;
        if (!Expect(bytes, ref i, '<') || Number(bytes, ref i) is not { } node || !Expect(bytes, ref i, '.')
            || Number(bytes, ref i) is not { } number || !Expect(bytes, ref i, '.')
            || Number(bytes, ref i) is not { } serial || !Expect(bytes, ref i, '>') || i != bytes.Length)
            return null;
        if (node != 0 || number > MaxPidNumber || serial > MaxPidSerial)
            return null;
        return Term.Pid((long)((serial << TermReader.PidNumberBits) | number));
    }

    /// <summary>
    /// list_to_ref/1: "#Ref&lt;0.A.B.C&gt;" for a reference of this node, its three words
    /// last first (see <see cref="TermReader.RefWords"/>). A local reference here is one
    /// 60-bit immediate, so A has at most 10 bits (erl allows 32): larger is badarg.
    /// </summary>
    private static Term? ParseRef(Term list)
    {
        if (NumberFormatBifs.ListBytes(list) is not { Length: <= 64 } bytes)
            return null;
        int i = 0;
        if (!Expect(bytes, ref i, "#Ref<") || Number(bytes, ref i) is not { } node || !Expect(bytes, ref i, '.')
            || Number(bytes, ref i) is not { } high || !Expect(bytes, ref i, '.')
            || Number(bytes, ref i) is not { } middle || !Expect(bytes, ref i, '.')
            || Number(bytes, ref i) is not { } low || !Expect(bytes, ref i, '>') || i != bytes.Length)
            return null;
        const int MiddleShift = TermReader.RefFirstWordBits, HighShift = TermReader.RefFirstWordBits + 32;
        if (node != 0 || low >= 1UL << MiddleShift || middle > uint.MaxValue || high >= 1UL << (60 - HighShift))
            return null;
        return Term.Ref((long)(low | (middle << MiddleShift) | (high << HighShift)));
    }

    /// <summary>list_to_port/1: "#Port&lt;0.N&gt;" for a port of this node (N below 2^28, as erl checks).</summary>
    private static Term? ParsePort(Term list)
    {
        if (NumberFormatBifs.ListBytes(list) is not { Length: <= 64 } bytes)
            return null;
        int i = 0;
        if (!Expect(bytes, ref i, "#Port<") || Number(bytes, ref i) is not { } node
            || !Expect(bytes, ref i, '.') || Number(bytes, ref i) is not { } number || !Expect(bytes, ref i, '>') || i != bytes.Length)
            return null;
        return node == 0 && number < 1UL << 28 ? Term.Port((long)number) : null;
    }

    private const ulong MaxPidNumber = (1 << TermReader.PidNumberBits) - 1;
    private const ulong MaxPidSerial = (1 << 13) - 1;

    private static bool Expect(byte[] s, ref int i, char c)
    {
        if (i < s.Length && s[i] == c)
        {
            i++;
            return true;
        }
        return false;
    }

    private static bool Expect(byte[] s, ref int i, string text)
    {
        foreach (var c in text)
        {
            if (!Expect(s, ref i, c))
                return false;
        }
        return true;
    }

    private static ulong? Number(byte[] s, ref int i)
    {
        if (i >= s.Length || s[i] is < (byte)'0' or > (byte)'9')
            return null;
        ulong n = 0;
        while (i < s.Length && s[i] is >= (byte)'0' and <= (byte)'9')
            n = unchecked(n * 10 + (ulong)(s[i++] - '0'));
        return n;
    }

    // ---- the OS environment: a copy the node keeps, as erts does, also passed on to the OS process ----

    private static Term PutEnv(Process p, ReadOnlySpan<Term> a)
    {
        if (EnvKey(a[0]) is not { } key || EnvValue(a[1]) is not { } value)
            return p.Badarg();
        Env.Set(key, value);
        return Atoms.True;
    }

    private static Term Unset(string key)
    {
        Env.Set(key, null);
        return Atoms.True;
    }

    /// <summary>A variable name: a flat list of code points without '=' or NUL.</summary>
    private static string? EnvKey(Term t) => EnvValue(t) is { } s && !s.Contains('=', StringComparison.Ordinal) ? s : null;

    /// <summary>A variable value: a flat list of code points without NUL (atoms and binaries are badarg).</summary>
    private static string? EnvValue(Term t) => ConversionBifs.Text(t) is { } s && !s.Contains('\0', StringComparison.Ordinal) ? s : null;

    private static class Env
    {
        private static readonly Lock Gate = new();
        private static SortedDictionary<string, string>? _vars;

        private static SortedDictionary<string, string> Vars()
        {
            if (_vars is null)
            {
                // Sorted by the UTF-8 bytes of the name, the order os:env/0 lists them in erl.
                _vars = new SortedDictionary<string, string>(Comparer<string>.Create(
                    (x, y) => Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y))));
                foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
                    _vars[(string)e.Key] = (string?)e.Value ?? "";
            }
            return _vars;
        }

        public static string? Get(string key)
        {
            lock (Gate)
                return Vars().GetValueOrDefault(key);
        }

        public static List<KeyValuePair<string, string>> All()
        {
            lock (Gate)
                return [.. Vars()];
        }

        public static void Set(string key, string? value)
        {
            lock (Gate)
            {
                if (value is null)
                    Vars().Remove(key);
                else
                    Vars()[key] = value;
                // .NET takes an empty value as "remove"; the node's copy keeps it, as erl does.
                if (key.Length > 0)
                    Environment.SetEnvironmentVariable(key, value is { Length: 0 } ? null : value);
            }
        }
    }

    // ---- system_info/1 ----

    private static Term? SystemInfo(Process p, Term what)
    {
        int cores = Environment.ProcessorCount;
        if (what.IsTuple && what.TupleArity == 2 && what.Element(1).IsSameAs(Atoms.Intern("wordsize"))
            && what.Element(2).IsAtom && Atoms.Name(what.Element(2)) is "internal" or "external")
            return Term.Small(8);
        if (!what.IsAtom)
            return null;
        var h = p.Heap;
        return Atoms.Name(what) switch
        {
            "otp_release" => h.String("25"),
            "version" => h.String("13.1.5"),
            "system_version" => h.String($"Erlang/OTP 25 [erts-13.1.5] [source] [64-bit] [smp:{cores}:{cores}] [ds:{cores}:{cores}:10] [async-threads:1]\n"),
            "machine" => h.String("BEAM"),
            "system_architecture" => h.String(SystemArchitecture()),
            "os_type" => h.Tuple([Atoms.Intern(OperatingSystem.IsWindows() ? "win32" : "unix"), Atoms.Intern(OsName())]),
            "os_version" => OsVersion(h),
            "wordsize" => Term.Small(8),
            "schedulers" or "schedulers_online" => Term.Small(p.Node.SchedulerCount),
            "logical_processors" or "logical_processors_available"
                or "logical_processors_online" or "dirty_cpu_schedulers" or "dirty_cpu_schedulers_online" => Term.Small(cores),
            "dirty_io_schedulers" => Term.Small(10),
            "thread_pool_size" => Term.Small(1),
            "scheduler_id" => Term.Small(p.Node.CurrentSchedulerId),
            "process_count" => Term.Small(p.Node.ProcessCount),
            "process_limit" => Term.Small(p.Node.ProcessLimit),
            "atom_count" => Term.Small(Atoms.Count),
            "atom_limit" => Term.Small(Atoms.Limit),
            "port_count" => Term.Small(0),
            "port_limit" => Term.Small(65536),
            "ets_count" => Term.Small(0),
            "ets_limit" => Term.Small(8192),
            "smp_support" or "threads" or "kernel_poll" or "time_correction" => Atoms.True,
            "debug_compiled" or "break_ignored" => Atoms.False,
            "hipe_architecture" or "modified_timing_level" => Atoms.Undefined,
            "nif_version" => h.String("2.16"),
            "driver_version" => h.String("3.3"),
            "emu_type" or "build_type" => Atoms.Intern("opt"),
            "emu_flavor" => Atoms.Intern("emu"), // erl says jit on x86-64; this is an interpreter
            "heap_type" => Atoms.Intern("private"),
            "c_compiler_used" => h.Tuple([Atoms.Intern("gnuc"), h.Tuple([Term.Small(12), Term.Small(2), Term.Small(0)])]),
            "compat_rel" => Term.Small(25),
            "creation" => Term.Small(0),
            "start_time" => Term.Integer(TimeBifs.MonotonicStartNs),
            "end_time" => Term.Integer(8646911283000000000),
            "time_offset" => Atoms.Intern("final"),
            "time_warp_mode" => Atoms.Intern("no_time_warp"),
            "tolerant_timeofday" => Atoms.Intern("enabled"),
            "multi_scheduling" => Atoms.Intern("enabled"),
            "scheduler_bind_type" => Atoms.Intern("unbound"),
            "update_cpu_info" => Atoms.Intern("unchanged"),
            "message_queue_data" => Atoms.Intern("on_heap"),
            "dist_ctrl" => Term.Nil,
            "dist_buf_busy_limit" => Term.Small(1048576),
            "trace_control_word" => Term.Small(0),
            "sequential_tracer" => h.Tuple([what, Atoms.False]),
            "min_heap_size" => h.Tuple([what, Term.Small(233)]),
            "min_bin_vheap_size" => h.Tuple([what, Term.Small(46422)]),
            "fullsweep_after" => h.Tuple([what, Term.Small(65535)]),
            "garbage_collection" => h.List([
                h.Tuple([Atoms.Intern("max_heap_size"), Term.Small(0)]),
                h.Tuple([Atoms.Intern("min_bin_vheap_size"), Term.Small(46422)]),
                h.Tuple([Atoms.Intern("min_heap_size"), Term.Small(233)]),
                h.Tuple([Atoms.Intern("fullsweep_after"), Term.Small(65535)]),
            ]),
            "max_heap_size" => Maps(h,
                [Atoms.Intern("error_logger"), Atoms.Intern("kill"), Atoms.Intern("size")],
                [Atoms.True, Atoms.True, Term.Small(0)]),
            _ => null,
        };
    }

    private static Term Maps(Memory.Heap h, Term[] sortedKeys, Term[] values) => h.FlatMap(sortedKeys, values);

    private static string SystemArchitecture()
    {
        var cpu = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => "x86_64",
            Architecture.Arm64 => "aarch64",
            Architecture.X86 => "i686",
            Architecture.Arm => "arm",
            var other => other.ToString().ToLowerInvariant(),
        };
        return OperatingSystem.IsLinux() ? $"{cpu}-pc-linux-gnu"
            : OperatingSystem.IsMacOS() ? $"{cpu}-apple-darwin"
            : OperatingSystem.IsWindows() ? "win32"
            : $"{cpu}-unknown";
    }

    private static string OsName() =>
        OperatingSystem.IsLinux() ? "linux"
        : OperatingSystem.IsMacOS() ? "darwin"
        : OperatingSystem.IsWindows() ? "nt"
        : OperatingSystem.IsFreeBSD() ? "freebsd"
        : "unknown";

    private static Term OsVersion(Memory.Heap h)
    {
        var v = Environment.OSVersion.Version;
        return h.Tuple([Term.Small(v.Major), Term.Small(Math.Max(v.Minor, 0)), Term.Small(Math.Max(v.Build, 0))]);
    }

    // ---- statistics/1 ----

    private static readonly Lock StatisticsGate = new();
    private static long _lastRuntimeMs;
    private static long _lastWallClockMs;
    private static long _lastReductions;

    private static Term? Statistics(Process p, Term what)
    {
        if (!what.IsAtom)
            return null;
        var h = p.Heap;
        switch (Atoms.Name(what))
        {
            case "runtime":
            {
                long total = (long)System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
                return h.Tuple([Term.Small(total), Term.Small(SinceLast(ref _lastRuntimeMs, total))]);
            }
            case "wall_clock":
            {
                long total = (TimeBifs.MonotonicNs() - TimeBifs.MonotonicStartNs) / 1_000_000;
                return h.Tuple([Term.Small(total), Term.Small(SinceLast(ref _lastWallClockMs, total))]);
            }
            case "reductions":
            case "exact_reductions":
            {
                // The node does not add up all processes' reductions yet: the caller's stand in.
                long total = p.Reductions;
                return h.Tuple([Term.Small(total), Term.Small(Math.Max(0, SinceLast(ref _lastReductions, total)))]);
            }
            case "context_switches":
                return h.Tuple([Term.Small(0), Term.Small(0)]);
            case "garbage_collection":
                return h.Tuple([Term.Small(0), Term.Small(0), Term.Small(0)]);
            case "io":
                return h.Tuple([h.Tuple([Atoms.Intern("input"), Term.Small(0)]), h.Tuple([Atoms.Intern("output"), Term.Small(0)])]);
            case "run_queue":
            case "total_run_queue_lengths":
            case "total_run_queue_lengths_all":
            case "total_active_tasks":
            case "total_active_tasks_all":
                return Term.Small(0);
            default:
                return null;
        }
    }

    private static long SinceLast(ref long last, long now)
    {
        lock (StatisticsGate)
        {
            long since = now - last;
            last = now;
            return since;
        }
    }
}
