using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>
/// A process's messages. Senders (any thread) push copies onto the inbox; the owner
/// moves them into its own queue, adopting each copy into its heap, when it receives.
/// The queue's terms are collection roots. <see cref="Save"/> is the receive's position.
/// </summary>
/// <remarks>
/// The inbox is a chain of fragments, newest first: a sender links its message in with one
/// compare-and-swap and the owner takes the whole chain with one exchange: no queue object
/// per mailbox (a ConcurrentQueue takes 2.8 KB from its first message on). The queue is a
/// window [head, head + Count) of an array, so taking the oldest message (the usual
/// receive) is O(1); it is made on first use. A struct kept in its process (a field, never
/// copied), so a process that waits costs one object less.
/// </remarks>
internal struct Mailbox
{
    public Mailbox()
    {
    }

    private MessageFragment? _inbox;
    // Messages in the inbox, for message_queue_len.
    private int _incoming;
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
    public int Length => Count + Volatile.Read(ref _incoming);

    /// <summary>The message the next loop_rec looks at.</summary>
    public int Save { get; set; }

    public bool HasIncoming => Volatile.Read(ref _inbox) is not null;

    /// <summary>The queued messages, for the collector to update in place.</summary>
    public Memory<Term> Slots => _queue.AsMemory(_head, Count);

    /// <summary>
    /// Every message in arrival order, queued or still in the inbox (process_info's messages).
    /// While the owner does not run: senders only link new fragments in front, the owner is
    /// the one that takes and relinks them.
    /// </summary>
    public List<Term> Messages()
    {
        var incoming = new List<Term>();
        for (var f = Volatile.Read(ref _inbox); f is not null; f = f.Next)
            incoming.Add(f.Message);
        incoming.Reverse();
        return [.. _queue.AsSpan(_head, Count), .. incoming];
    }

    /// <summary>From any thread.</summary>
    public void Deliver(MessageFragment message)
    {
        // Counted first: the owner may take the message as soon as it is linked in.
        Interlocked.Increment(ref _incoming);
        while (true)
        {
            var newest = Volatile.Read(ref _inbox);
            message.Next = newest;
            if (Interlocked.CompareExchange(ref _inbox, message, newest) == newest)
                return;
        }
    }

    /// <summary>Owner only: moves what has arrived into the queue and the heap, oldest first.</summary>
    public void Drain(Heap heap)
    {
        if (Volatile.Read(ref _inbox) is null)
            return;
        MessageFragment? oldest = null;
        var taken = 0;
        for (var f = Interlocked.Exchange(ref _inbox, null); f is not null; taken++)
        {
            var newer = f;
            f = f.Next;
            newer.Next = oldest;
            oldest = newer;
        }
        Interlocked.Add(ref _incoming, -taken);
        while (oldest is not null)
        {
            heap.Adopt(oldest);
            if (_head + Count == _queue.Length)
                MakeRoom();
            _queue[_head + Count++] = oldest.Message;
            var next = oldest.Next;
            oldest.Next = null;
            oldest = next;
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
