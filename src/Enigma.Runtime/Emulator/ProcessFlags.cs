using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>
/// The process flags of process_flag/2, spawn_opt and process_info: priority (which run queue),
/// heap sizes, message_queue_data, save_calls, sensitive, error_handler. Their defaults are
/// erl's. priority, min_heap_size and max_heap_size change behaviour; the rest are kept (notes/conformance.md).
/// </summary>
internal static class ProcessFlags
{
    private static readonly Term Priority = Atoms.Intern("priority");
    private static readonly Term MinHeapSize = Atoms.Intern("min_heap_size");
    private static readonly Term MinBinVheapSize = Atoms.Intern("min_bin_vheap_size");
    private static readonly Term MaxHeapSize = Atoms.Intern("max_heap_size");
    private static readonly Term FullsweepAfter = Atoms.Intern("fullsweep_after");
    private static readonly Term MessageQueueData = Atoms.Intern("message_queue_data");
    private static readonly Term SaveCalls = Atoms.Intern("save_calls");
    private static readonly Term Sensitive = Atoms.Intern("sensitive");
    private static readonly Term ErrorHandler = Atoms.Intern("error_handler");
    private static readonly Term Size = Atoms.Intern("size");
    private static readonly Term Kill = Atoms.Intern("kill");
    private static readonly Term ErrorLogger = Atoms.Intern("error_logger");

    /// <summary>Options spawn_opt takes besides link and monitor.</summary>
    public static bool IsSpawnOption(Term flag) =>
        flag.IsSameAs(Priority) || flag.IsSameAs(MinHeapSize) || flag.IsSameAs(MinBinVheapSize)
        || flag.IsSameAs(MaxHeapSize) || flag.IsSameAs(FullsweepAfter) || flag.IsSameAs(MessageQueueData);

    /// <summary>Whether <paramref name="value"/> is valid for <paramref name="flag"/> (false for an unknown flag).</summary>
    public static bool Check(Term flag, Term value)
    {
        if (flag.IsSameAs(Priority))
            return value.IsAtom && Atoms.Name(value) is "low" or "normal" or "high" or "max";
        if (flag.IsSameAs(MinHeapSize) || flag.IsSameAs(MinBinVheapSize) || flag.IsSameAs(FullsweepAfter))
            return value.IsSmall && value.SmallValue >= 0;
        if (flag.IsSameAs(MaxHeapSize))
            return MaxHeap(value) is not null;
        if (flag.IsSameAs(MessageQueueData))
            return value.IsAtom && Atoms.Name(value) is "on_heap" or "off_heap";
        if (flag.IsSameAs(SaveCalls))
            return value.IsSmall && value.SmallValue is >= 0 and <= 10000;
        if (flag.IsSameAs(Sensitive))
            return value.IsSameAs(Atoms.True) || value.IsSameAs(Atoms.False);
        return flag.IsSameAs(ErrorHandler) && value.IsAtom;
    }

    /// <summary>The current value, built on the process's heap.</summary>
    public static Term Get(Process p, Term flag)
    {
        if (p.Flags.TryGetValue(flag.AtomIndex, out var value))
            return flag.IsSameAs(MaxHeapSize) ? MaxHeapMap(p.Heap, value) : value;
        if (flag.IsSameAs(Priority))
            return Atoms.Intern("normal");
        if (flag.IsSameAs(MinHeapSize))
            return Term.Small(233);
        if (flag.IsSameAs(MinBinVheapSize))
            return Term.Small(46422);
        if (flag.IsSameAs(FullsweepAfter))
            return Term.Small(65535);
        if (flag.IsSameAs(MaxHeapSize))
            return MaxHeapMap(p.Heap, Term.Small(0));
        if (flag.IsSameAs(MessageQueueData))
            return Atoms.Intern("on_heap");
        if (flag.IsSameAs(SaveCalls))
            return Term.Small(0);
        return flag.IsSameAs(Sensitive) ? Atoms.False : ErrorHandler;
    }

    /// <summary>
    /// Stores a checked value (max_heap_size as its {Size, Kill, ErrorLogger} off the heap);
    /// priority picks the run queue; min_heap_size sizes the heap (a new process's at once).
    /// </summary>
    public static void Set(Process p, Term flag, Term value, bool atSpawn = false)
    {
        if (flag.IsSameAs(MinHeapSize))
        {
            p.Heap.SetMinimum(value.SmallValue, now: atSpawn);
            value = Term.Small(p.Heap.MinWords);
        }
        if (flag.IsSameAs(Priority))
            p.Priority = Atoms.Name(value) switch { "max" => RunQueue.Max, "high" => RunQueue.High, "low" => RunQueue.Low, _ => RunQueue.Normal };
        if (!flag.IsSameAs(MaxHeapSize))
        {
            p.Flags[flag.AtomIndex] = value;
            return;
        }
        var limit = MaxHeap(value)!;
        p.MaxHeap = limit[0].SmallValue == 0 ? null : new MaxHeapLimit(limit[0].SmallValue, limit[1].IsSameAs(Atoms.True), limit[2].IsSameAs(Atoms.True));
        p.Flags[flag.AtomIndex] = TermCopier.CopyToFragment(new Heap(8).Tuple(limit)).Message;
    }

    /// <summary>max_heap_size as a size or a map of size, kill, error_logger: the three values, or null if invalid.</summary>
    private static Term[]? MaxHeap(Term value)
    {
        if (value.IsSmall && value.SmallValue >= 0)
            return [value, Atoms.True, Atoms.True];
        if (!value.IsMap || !Maps.TryGet(value, Size, out var size) || !size.IsSmall || size.SmallValue < 0)
            return null;
        var known = 1;
        var kill = Atoms.True;
        var log = Atoms.True;
        if (Maps.TryGet(value, Kill, out var k))
            (kill, known) = (k, known + 1);
        if (Maps.TryGet(value, ErrorLogger, out var l))
            (log, known) = (l, known + 1);
        // Any other key is badarg.
        return IsBool(kill) && IsBool(log) && Maps.Size(value) == known ? [size, kill, log] : null;
    }

    /// <summary>The limit a collection checks: erl's total heap size (heap and stack, in words) against Words.</summary>
    internal sealed record MaxHeapLimit(long Words, bool Kill, bool ErrorLogger);

    private static bool IsBool(Term t) => t.IsSameAs(Atoms.True) || t.IsSameAs(Atoms.False);

    /// <summary>#{error_logger => L, kill => K, size => S} from a stored {S, K, L} or a bare size.</summary>
    private static Term MaxHeapMap(Heap heap, Term stored)
    {
        var (size, kill, log) = stored.IsTuple ? (stored.Element(1), stored.Element(2), stored.Element(3)) : (stored, Atoms.True, Atoms.True);
        return heap.FlatMap([ErrorLogger, Kill, Size], [log, kill, size]);
    }
}
