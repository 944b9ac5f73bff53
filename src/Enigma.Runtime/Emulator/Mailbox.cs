using System.Collections.Concurrent;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>
/// A process's messages. Senders (any thread) append copies to the inbox; the owner
/// moves them into its own queue, adopting each copy into its heap, when it receives.
/// The queue's terms are collection roots. <see cref="Save"/> is the receive's position.
/// </summary>
/// <remarks>
/// The queue is a window [head, head + Count) of an array, so taking the oldest message
/// (the usual receive) is O(1). Both parts are made on first use: a process that never
/// gets a message pays for neither, which matters with a million processes.
/// </remarks>
internal sealed class Mailbox
{
    private ConcurrentQueue<MessageFragment>? _inbox;
    private Term[] _queue = [];
    private int _head;

    /// <summary>
    /// The receive marker (recv_marker_*; one at a time, as the compiler nests none): the queue
    /// position of the first message that came after it was reserved, and the reference bound
    /// to it. A message queued before a reference was made cannot hold it, so a receive for
    /// that reference starts at the marker: a gen_server call is O(1) in the queue's length.
    /// </summary>
    private int _markerId;
    private int _markerPosition;
    private ulong _markerRef;

    public int Count { get; private set; }

    /// <summary>Every message, arrived or queued (message_queue_len).</summary>
    public int Length => Count + (_inbox?.Count ?? 0);

    /// <summary>The message the next loop_rec looks at.</summary>
    public int Save { get; set; }

    public bool HasIncoming => _inbox is { IsEmpty: false };

    /// <summary>The queued messages, for the collector to update in place.</summary>
    public Memory<Term> Slots => _queue.AsMemory(_head, Count);

    /// <summary>Every message in arrival order, queued or still in the inbox (process_info's messages).</summary>
    public IEnumerable<Term> Messages()
    {
        for (var k = 0; k < Count; k++)
            yield return _queue[_head + k];
        foreach (var fragment in _inbox ?? [])
            yield return fragment.Message;
    }

    /// <summary>From any thread.</summary>
    public void Deliver(MessageFragment message)
    {
        var inbox = Volatile.Read(ref _inbox);
        if (inbox is null)
        {
            Interlocked.CompareExchange(ref _inbox, new ConcurrentQueue<MessageFragment>(), null);
            inbox = _inbox;
        }
        inbox.Enqueue(message);
    }

    /// <summary>Owner only: moves what has arrived into the queue and the heap.</summary>
    public void Drain(Heap heap)
    {
        var inbox = _inbox;
        if (inbox is null)
            return;
        while (inbox.TryDequeue(out var fragment))
        {
            heap.Adopt(fragment);
            if (_head + Count == _queue.Length)
                MakeRoom();
            _queue[_head + Count++] = fragment.Message;
        }
    }

    /// <summary>The message at the save position, if any (after draining new arrivals).</summary>
    public bool TryPeek(Heap heap, out Term message)
    {
        if (Save >= Count)
            Drain(heap);
        message = Save < Count ? _queue[_head + Save] : default;
        return Save < Count;
    }

    /// <summary>demonitor(Ref, [flush]): drops the {_, Ref, _, _, _} message if it came (the tag may be user-defined).</summary>
    public void RemoveDown(Heap heap, Term reference)
    {
        Drain(heap);
        for (var k = 0; k < Count; k++)
        {
            var m = _queue[_head + k];
            if (m.IsTuple && m.TupleArity == 5 && m.Element(2).IsSameAs(reference))
            {
                RemoveAt(k);
                return;
            }
        }
    }

    /// <summary>recv_marker_reserve: a new marker after every message there is now; its id for the register.</summary>
    public int ReserveMarker(Heap heap)
    {
        Drain(heap);
        _markerPosition = Count;
        _markerRef = 0;
        return ++_markerId;
    }

    /// <summary>recv_marker_bind: the reference just made belongs to the marker, if it is still the current one.</summary>
    public void BindMarker(Term marker, Term reference)
    {
        if (marker.IsSmall && marker.SmallValue == _markerId && reference.IsRef)
            _markerRef = reference.Raw;
    }

    /// <summary>recv_marker_use: a receive for the bound reference skips the messages before the marker.</summary>
    public void UseMarker(Term reference)
    {
        if (_markerRef != 0 && reference.Raw == _markerRef && Save < _markerPosition)
            Save = _markerPosition;
    }

    /// <summary>recv_marker_clear: the receive is over.</summary>
    public void ClearMarker(Term reference)
    {
        if (reference.Raw == _markerRef)
            _markerRef = 0;
    }

    /// <summary>remove_message: takes the message at the save position out; the next receive starts over.</summary>
    public void RemoveCurrent()
    {
        RemoveAt(Save);
        Save = 0;
    }

    /// <summary>Closes the gap from the shorter side: the oldest message costs nothing to take.</summary>
    private void RemoveAt(int k)
    {
        if (k < _markerPosition)
            _markerPosition--;
        var at = _head + k;
        if (k < Count - k - 1)
        {
            Array.Copy(_queue, _head, _queue, _head + 1, k);
            _queue[_head++] = default;
        }
        else
        {
            Array.Copy(_queue, at + 1, _queue, at, Count - k - 1);
            _queue[_head + Count - 1] = default;
        }
        if (--Count == 0)
            _head = 0;
    }

    /// <summary>The array is full to its end: move the window to the start, or double the array.</summary>
    private void MakeRoom()
    {
        var target = Count < _queue.Length / 2 ? _queue : new Term[Math.Max(8, _queue.Length * 2)];
        Array.Copy(_queue, _head, target, 0, Count);
        if (ReferenceEquals(target, _queue))
            Array.Clear(_queue, Count, _head);
        _queue = target;
        _head = 0;
    }
}
