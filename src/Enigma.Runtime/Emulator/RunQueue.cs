using System.Collections.Concurrent;

namespace Enigma.Runtime.Emulator;

/// <summary>
/// One scheduler's runnable processes, a queue per priority as in BEAM: max before high
/// before normal and low; low shares normal's queue but is put back behind the normal
/// processes 8 times before it runs. Any thread may add; other schedulers steal from it.
/// </summary>
internal sealed class RunQueue
{
    public const int Max = 0;
    public const int High = 1;
    public const int Normal = 2;
    public const int Low = 3;

    /// <summary>BEAM's RESCHEDULE_LOW: how often a low process gives way to normal ones.</summary>
    private const int LowSkipLimit = 8;

    private readonly ConcurrentQueue<Process> _max = new();
    private readonly ConcurrentQueue<Process> _high = new();
    private readonly ConcurrentQueue<Process> _normal = new();
    private int _count;

    /// <summary>Processes queued (a snapshot: other threads add and take at the same time).</summary>
    public int Count => Volatile.Read(ref _count);

    public void Add(Process p)
    {
        (p.Priority switch { Max => _max, High => _high, _ => _normal }).Enqueue(p);
        Interlocked.Increment(ref _count);
    }

    /// <summary>The next process to run, or null when the queue is empty.</summary>
    public Process? Take()
    {
        while (true)
        {
            if (!_max.TryDequeue(out var p) && !_high.TryDequeue(out p) && !_normal.TryDequeue(out p))
                return null;
            // A low process waits behind normal ones, unless it is alone.
            if (p.Priority == Low && p.LowSkips < LowSkipLimit && !_normal.IsEmpty)
            {
                p.LowSkips++;
                _normal.Enqueue(p);
                continue;
            }
            p.LowSkips = 0;
            Interlocked.Decrement(ref _count);
            return p;
        }
    }
}
