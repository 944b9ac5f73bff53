using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// process_info/2 for the items code commonly asks for; other items are badarg (listed in conformance.md).
/// </summary>
internal static class ProcessInfoBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "process_info", 1, (p, a) => ProcessInfo(p, a[0], AllItems(p, a[0]))),
        new("erlang", "process_info", 2, (p, a) => ProcessInfo(p, a[0], a[1])),
    ];

    /// <summary>What process_info/1 gives, in erl's order; registered_name first when the process has a name.</summary>
    private static readonly Term[] Items = [.. new[]
    {
        "current_function", "initial_call", "status", "message_queue_len", "links", "dictionary", "trap_exit",
        "error_handler", "priority", "group_leader", "total_heap_size", "heap_size", "stack_size", "reductions",
        "garbage_collection", "suspending",
    }.Select(Atoms.Intern)];

    private static Term AllItems(Process p, Term pid) =>
        p.Node.Find(pid) is { RegisteredName.IsNonValue: false } ? p.Heap.List([RegisteredName, .. Items]) : p.Heap.List(Items);

    /// <summary>
    /// Another process is read while no scheduler runs it (<see cref="Node.Inspect"/>); if it
    /// runs on another scheduler and does not stop soon, the caller yields and asks again.
    /// </summary>
    private static Term ProcessInfo(Process p, Term pid, Term items)
    {
        if (!pid.IsPid)
            return p.Badarg();
        var target = pid.IsSameAs(p.Pid) ? p : p.Node.Find(pid);
        if (target is null)
            return Atoms.Undefined;
        if (target == p)
            return Answer(p, p, items);
        // Asked alone, the status needs no stop: a process running on another scheduler is running.
        if (items.IsSameAs(Status))
            return target.Status == ProcessStatus.Exited ? Atoms.Undefined : p.Heap.Tuple([Status, StatusOf(target)]);
        var answer = Term.NonValue;
        return Node.Inspect(target, () => answer = Answer(p, target, items)) ? answer : AskAgainLater(p, pid, items);
    }

    private static Term Answer(Process p, Process target, Term items)
    {
        if (items.IsAtom)
        {
            if (Item(p, target, items) is not { } answer)
                return p.Badarg();
            // Asked alone, the name of a process without one is [], not {registered_name, []}.
            return answer.IsNil && items.IsSameAs(RegisteredName) ? Term.Nil : p.Heap.Tuple([items, answer]);
        }
        var list = ListBifs.Elements(items);
        if (list is null)
            return p.Badarg();
        var answers = new Term[list.Count];
        for (var k = 0; k < answers.Length; k++)
        {
            if (!list[k].IsAtom || Item(p, target, list[k]) is not { } answer)
                return p.Badarg();
            answers[k] = p.Heap.Tuple([list[k], answer]);
        }
        return p.Heap.List(answers);
    }

    /// <summary>Traps to process_info/2 behind a yield: the call runs again in the caller's next slice.</summary>
    private static Term AskAgainLater(Process p, Term pid, Term items)
    {
        p.YieldLive = 2;
        var self = p.Node.Exports.Get(Atoms.Erlang, Atoms.Intern("process_info"), 2);
        var again = new Code.Export(self.Module, self.Function, 2) { Code = new Code.CodeAddress(BootModule.For(self), 0) };
        return p.CallInstead(Term.NonValue, again, p.Heap.List([pid, items]));
    }

    private static readonly Term RegisteredName = Atoms.Intern("registered_name");

    private static readonly Term Status = Atoms.Intern("status");

    private static Term StatusOf(Process target) => Atoms.Intern(target.Status switch
    {
        ProcessStatus.Running => "running",
        ProcessStatus.Waiting => "waiting",
        _ => "runnable",
    });

    /// <summary>A term of another process, copied to the caller's heap.</summary>
    private static Term Copy(Process caller, Process target, Term t) => target == caller ? t : Memory.TermCopier.Copy(t, caller.Heap);

    private static Term Mfa(Memory.Heap heap, Term module, Term function, int arity) =>
        heap.Tuple([module, function, Term.Small(arity)]);

    /// <summary>
    /// {M, F, A} of the function the process is in: for the caller, the one that called
    /// process_info (the instruction calling it, else the return address on the stack);
    /// for another process, where it will continue; its initial call before it ran.
    /// </summary>
    private static Term CurrentFunction(Process caller, Process target)
    {
        var (module, pc) = target == caller ? CallSite(caller) : (target.Module, target.Pc);
        if (module?.Lines.FunctionAt(pc) is { } function)
            return Mfa(caller.Heap, module.Name, function.Name, function.Arity);
        return target.InitialCall is { } call ? Mfa(caller.Heap, call.Module, call.Function, call.Arity) : Atoms.Undefined;
    }

    private static (Code.LoadedModule? Module, int Pc) CallSite(Process p)
    {
        if (p.CurrentPc >= 0)
            return (p.CurrentModule, p.CurrentPc);
        for (var k = p.Sp; k < p.Stack.Length; k++)
        {
            if (p.Stack[k] is { Tag: TermTag.Special, Box: Code.LoadedModule module } word && word.SpecialKind == SpecialKind.CodePointer)
                return (module, (int)word.SpecialPayload - 1);
        }
        return (null, 0);
    }

    /// <summary>An entry of monitors: {process, Pid}, or {process, {Name, Node}} when monitored by name.</summary>
    private static Term Monitored(Memory.Heap heap, ProcessMonitor m) =>
        heap.Tuple([Atoms.Process, m.Name.IsNonValue ? m.Target.Pid : heap.Tuple([m.Name, Atoms.Nonode])]);

    /// <summary>The value of one item, built on the caller's heap; null for an item not supported.</summary>
    private static Term? Item(Process caller, Process target, Term item)
    {
        var heap = caller.Heap;
        return Atoms.Name(item) switch
        {
            "current_stacktrace" when target == caller => Interpreter.CurrentStacktrace(caller),
            "message_queue_len" => Term.Small(target.Mailbox.Length),
            "registered_name" => target.RegisteredName.IsNonValue ? Term.Nil : target.RegisteredName,
            "group_leader" => target.GroupLeader,
            "status" => StatusOf(target),
            "trap_exit" => Term.Boolean(target.TrapExit),
            "links" => heap.List(caller.Node.LinkedPids(target)),
            "monitors" => heap.List([.. caller.Node.MonitorsOf(target).Monitors.Select(m => Monitored(heap, m))]),
            "monitored_by" => heap.List([.. caller.Node.MonitorsOf(target).MonitoredBy.Select(m => m.Watcher.Pid)]),
            "heap_size" => Term.Small(target.Heap.SizeWords),
            "total_heap_size" => Term.Small(target.Heap.SizeWords + target.Stack.Length),
            "stack_size" => Term.Small(target.Stack.Length - target.Sp),
            "reductions" => Term.Small(target.Reductions),
            "dictionary" => heap.List([.. target.Dictionary.Entries().Select(e => heap.Tuple([Copy(caller, target, e.Key), Copy(caller, target, e.Value)]))]),
            "messages" => heap.List([.. target.Mailbox.Messages().Select(m => Copy(caller, target, m))]),
            "current_function" => CurrentFunction(caller, target),
            "initial_call" => target.InitialCall is { } call ? Mfa(heap, call.Module, call.Function, call.Arity) : Atoms.Undefined,
            // The words of the heap and stack, 16 bytes each here.
            "memory" => Term.Small(16 * (target.Heap.SizeWords + target.Stack.Length)),
            "priority" or "min_heap_size" or "min_bin_vheap_size" or "max_heap_size" or "message_queue_data" or "fullsweep_after"
                or "error_handler" => ProcessFlags.Get(target, item),
            // Collections are not generational here: every one counts as minor.
            "garbage_collection" => heap.List([.. new[] { "max_heap_size", "min_bin_vheap_size", "min_heap_size", "fullsweep_after" }
                .Select(flag => heap.Tuple([Atoms.Intern(flag), ProcessFlags.Get(target, Atoms.Intern(flag))])),
                heap.Tuple([Atoms.Intern("minor_gcs"), Term.Small(target.Heap.Collections)])]),
            // Nothing suspends processes (suspend_process is not there).
            "suspending" => Term.Nil,
            _ => null,
        };
    }
}
