using System.Numerics;

namespace Enigma.Runtime.Timers;

/// <summary>One timer in a <see cref="TimerWheel"/>: due at <see cref="Due"/> (ms on the node's clock).</summary>
internal abstract class WheelTimer
{
    public long Due { get; internal set; }

    /// <summary>Order of creation: timers due in the same millisecond fire in this order.</summary>
    internal long Seq;

    /// <summary>The slot list it is in (-1: not in the wheel), and its neighbours there.</summary>
    internal int Slot = -1;
    internal WheelTimer? Prev;
    internal WheelTimer? Next;

    public bool IsActive => Slot >= 0;

    /// <summary>Called by <see cref="TimerWheel.Advance"/> when the timer is due; it is already out of the wheel.</summary>
    public abstract void Fire();
}

/// <summary>
/// A hierarchical timer wheel: 11 levels of 64 slots, level L holding timers whose due time
/// differs from the wheel's time first in bits 6L..6L+5. Adding and cancelling are O(1) (a
/// slot is an intrusive doubly-linked list); a timer moves down at most 10 times before it
/// fires. Occupancy bitmaps find the next busy slot without scanning empty ones, so an idle
/// wheel jumps straight to its next deadline. Not thread-safe: the node uses it under its timer lock.
/// </summary>
internal sealed class TimerWheel
{
    private const int Bits = 6;
    private const int SlotsPerLevel = 1 << Bits;
    private const int Levels = 11; // 66 bits: every long due time has a level

    private readonly WheelTimer?[] _slots = new WheelTimer?[Levels * SlotsPerLevel];
    private readonly ulong[] _occupied = new ulong[Levels];
    private readonly List<WheelTimer> _due = [];
    private long _seq;

    /// <param name="now">The wheel's time: every timer due at or before it has fired.</param>
    public TimerWheel(long now) => Now = now;

    public long Now { get; private set; }

    public int Count { get; private set; }

    public void Add(WheelTimer timer)
    {
        if (timer.IsActive)
            throw new InvalidOperationException("timer already in the wheel");
        timer.Seq = _seq++;
        Place(timer);
        Count++;
    }

    /// <summary>Takes the timer out; false if it was not in the wheel (fired or cancelled).</summary>
    public bool Cancel(WheelTimer timer)
    {
        if (!timer.IsActive)
            return false;
        Unlink(timer);
        Count--;
        return true;
    }

    /// <summary>
    /// When the wheel next has work: the due time of its earliest timer, or an earlier time at
    /// which a higher level's slot must be split (advancing to it fires nothing early). Null when empty.
    /// </summary>
    public long? NextWork()
    {
        for (var level = 0; level < Levels; level++)
        {
            if (_occupied[level] != 0)
                return SlotStart(level, NextBusySlot(level));
        }
        return null;
    }

    /// <summary>Fires, in due order, every timer due at or before <paramref name="to"/>.</summary>
    public void Advance(long to)
    {
        while (Count > 0)
        {
            var level = 0;
            while (_occupied[level] == 0)
                level++;
            var slot = NextBusySlot(level);
            var start = SlotStart(level, slot);
            if (start > to)
                break;
            Now = start;
            var index = level * SlotsPerLevel + slot;
            // Take the whole slot: timers due now fire, the rest move to lower levels.
            for (var t = _slots[index]; t is not null;)
            {
                var next = t.Next;
                Unlink(t);
                if (t.Due <= Now)
                    _due.Add(t);
                else
                    Place(t);
                t = next;
            }
            if (_due.Count == 0)
                continue;
            Count -= _due.Count;
            if (_due.Count > 1)
                _due.Sort(static (a, b) => a.Due != b.Due ? a.Due.CompareTo(b.Due) : a.Seq.CompareTo(b.Seq));
            // Fire may add timers: they land after Now, in the wheel, not in this batch.
            var batch = _due.ToArray();
            _due.Clear();
            foreach (var t in batch)
                t.Fire();
        }
        if (to > Now)
            Now = to;
    }

    /// <summary>The first busy slot of a level at or after the wheel's current position in it.</summary>
    private int NextBusySlot(int level)
    {
        var position = (int)((Now >> (level * Bits)) & (SlotsPerLevel - 1));
        var ahead = _occupied[level] & (ulong.MaxValue << position);
        // Busy slots are never behind the current position; the fallback only guards the invariant.
        return BitOperations.TrailingZeroCount(ahead != 0 ? ahead : _occupied[level]);
    }

    /// <summary>The first millisecond a slot of a level covers, in the wheel's current cycle of that level.</summary>
    private long SlotStart(int level, int slot)
    {
        var shift = level * Bits;
        var above = shift + Bits >= 64 ? 0 : Now >> (shift + Bits) << (shift + Bits);
        return above | ((long)slot << shift);
    }

    private void Place(WheelTimer timer)
    {
        // Due now or earlier: the next slot of level 0, so Advance fires it with the next batch.
        var key = Math.Max(timer.Due, Now + 1);
        var level = (63 - BitOperations.LeadingZeroCount((ulong)(key ^ Now))) / Bits;
        var slot = (int)((key >> (level * Bits)) & (SlotsPerLevel - 1));
        var index = level * SlotsPerLevel + slot;
        timer.Slot = index;
        timer.Prev = null;
        timer.Next = _slots[index];
        if (timer.Next is not null)
            timer.Next.Prev = timer;
        _slots[index] = timer;
        _occupied[level] |= 1UL << slot;
    }

    private void Unlink(WheelTimer timer)
    {
        var index = timer.Slot;
        if (timer.Prev is not null)
            timer.Prev.Next = timer.Next;
        else
            _slots[index] = timer.Next;
        if (timer.Next is not null)
            timer.Next.Prev = timer.Prev;
        if (_slots[index] is null)
            _occupied[index / SlotsPerLevel] &= ~(1UL << (index % SlotsPerLevel));
        timer.Slot = -1;
        timer.Prev = timer.Next = null;
    }
}
