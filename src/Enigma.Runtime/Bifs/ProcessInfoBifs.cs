using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// process_info/2 for the items sequential code asks for. Items that need links, timers or
/// other parts of the processes issue are not answered yet: badarg (listed in conformance.md).
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

    /// <summary>The value of one item, built on the caller's heap; null for an item not supported.</summary>
    private static Term? Item(Process caller, Process target, Term item)
    {
        var heap = caller.Heap;
        return Atoms.Name(item) switch
        {
            "current_stacktrace" when target == caller => Interpreter.CurrentStacktrace(caller),
            "message_queue_len" => Term.Small(target.Mailbox.Count),
            "registered_name" => target.RegisteredName.IsNonValue ? Term.Nil : target.RegisteredName,
            "group_leader" => target.GroupLeader,
            "status" => Atoms.Intern(target == caller ? "running" : target.Status == ProcessStatus.Waiting ? "waiting" : "runnable"),
            "trap_exit" => Atoms.False,
            "links" => Term.Nil,
            "heap_size" => Term.Small(target.Heap.SizeWords),
            "total_heap_size" => Term.Small(target.Heap.SizeWords + target.Stack.Length),
            "stack_size" => Term.Small(target.Stack.Length - target.Sp),
            "reductions" => Term.Small(target.Reductions),
            "dictionary" when target == caller => heap.List([.. target.Dictionary.Entries().Select(e => heap.Tuple([e.Key, e.Value]))]),
            "priority" => Atoms.Intern("normal"),
            _ => null,
        };
    }
}
