using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>
/// The live processes by pid number, as BEAM keeps them: a process sits in slot
/// number mod capacity, so finding one is one array read and a million of them cost a
/// reference each. A new process takes the next number whose slot is free (a number is
/// skipped only when the process of that slot, spawned capacity numbers earlier, still
/// lives). The table doubles when half full, so a free slot is always near.
/// </summary>
internal sealed class ProcessTable
{
    private const int InitialCapacity = 1024;

    private readonly Lock _lock = new();
    // Replaced whole when it grows; readers take whichever array is current.
    private volatile Process?[] _slots = new Process?[InitialCapacity];
    private long _lastNumber;
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Makes a process of <paramref name="node"/> with the next free pid and lists it.</summary>
    public Process Add(Node node)
    {
        lock (_lock)
        {
            if (2 * (_count + 1) > _slots.Length)
                Grow();
            var slots = _slots;
            var mask = slots.Length - 1;
            long number;
            do
                number = ++_lastNumber;
            while (slots[number & mask] is not null);
            var process = new Process(node, Term.Pid(number));
            slots[number & mask] = process;
            _count++;
            return process;
        }
    }

    public void Remove(Process process)
    {
        lock (_lock)
        {
            var slots = _slots;
            ref var slot = ref slots[process.Pid.ImmediateId & (slots.Length - 1)];
            if (slot != process)
                return;
            slot = null;
            _count--;
        }
    }

    public Process? Find(long number)
    {
        var slots = _slots;
        return slots[number & (slots.Length - 1)] is { } p && p.Pid.ImmediateId == number ? p : null;
    }

    /// <summary>The pid numbers of the live processes, in creation order.</summary>
    public List<long> Numbers()
    {
        var numbers = new List<long>();
        foreach (var p in _slots)
        {
            if (p is not null)
                numbers.Add(p.Pid.ImmediateId);
        }
        numbers.Sort();
        return numbers;
    }

    // Numbers that differ modulo the old capacity differ modulo the new one: no two collide.
    private void Grow()
    {
        var grown = new Process?[_slots.Length * 2];
        foreach (var p in _slots)
        {
            if (p is not null)
                grown[p.Pid.ImmediateId & (grown.Length - 1)] = p;
        }
        _slots = grown;
    }
}
