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
        new("erlang", "process_info", 2, ProcessInfo),
    ];

    private static Term ProcessInfo(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsPid)
            return p.Badarg();
        var target = a[0].IsSameAs(p.Pid) ? p : p.Node.Find(a[0]);
        if (target is null)
            return Atoms.Undefined;
        if (a[1].IsAtom)
            return Item(p, target, a[1]) is { } answer ? p.Heap.Tuple([a[1], answer]) : p.Badarg();
        var items = ListBifs.Elements(a[1]);
        if (items is null)
            return p.Badarg();
        var answers = new Term[items.Count];
        for (var k = 0; k < answers.Length; k++)
        {
            if (!items[k].IsAtom || Item(p, target, items[k]) is not { } answer)
                return p.Badarg();
            answers[k] = p.Heap.Tuple([items[k], answer]);
        }
        return p.Heap.List(answers);
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
            "status" => Atoms.Intern(target == caller ? "running" : target.Status == ProcessStatus.Waiting ? "waiting" : "runnable"),
            "trap_exit" => Term.Boolean(target.TrapExit),
            "links" => heap.List([.. target.HasLinks ? target.Links.Select(l => l.Pid) : []]),
            "monitors" => heap.List([.. target.HasMonitors ? target.Monitors.Values.Select(m => Monitored(heap, m)) : []]),
            "monitored_by" => heap.List([.. target.HasMonitors ? target.MonitoredBy.Values.Select(m => m.Watcher.Pid) : []]),
            "heap_size" => Term.Small(target.Heap.SizeWords),
            "total_heap_size" => Term.Small(target.Heap.SizeWords + target.Stack.Length),
            "stack_size" => Term.Small(target.Stack.Length - target.Sp),
            "reductions" => Term.Small(target.Reductions),
            "dictionary" when target == caller => heap.List([.. target.Dictionary.Entries().Select(e => heap.Tuple([e.Key, e.Value]))]),
            "priority" or "min_heap_size" or "min_bin_vheap_size" or "max_heap_size" or "message_queue_data" or "fullsweep_after"
                => ProcessFlags.Get(target, item),
            _ => null,
        };
    }
}
