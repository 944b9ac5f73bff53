using System.Collections.Concurrent;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>
/// A process's messages. Senders (any thread) append copies to the inbox; the owner
/// moves them into its own queue, adopting each copy into its heap, when it receives.
/// The queue's terms are collection roots. <see cref="Save"/> is the receive's position.
/// </summary>
internal sealed class Mailbox
{
    private readonly ConcurrentQueue<MessageFragment> _inbox = new();
    private Term[] _queue = new Term[8];

    public int Count { get; private set; }

    /// <summary>Every message, arrived or queued (message_queue_len).</summary>
    public int Length => Count + _inbox.Count;

    /// <summary>The message the next loop_rec looks at.</summary>
    public int Save { get; set; }

    public bool HasIncoming => !_inbox.IsEmpty;

    /// <summary>The queued messages, for the collector to update in place.</summary>
    public Memory<Term> Slots => _queue.AsMemory(0, Count);

    /// <summary>From any thread.</summary>
    public void Deliver(MessageFragment message) => _inbox.Enqueue(message);

    /// <summary>Owner only: moves what has arrived into the queue and the heap.</summary>
    public void Drain(Heap heap)
    {
        while (_inbox.TryDequeue(out var fragment))
        {
            heap.Adopt(fragment);
            if (Count == _queue.Length)
                Array.Resize(ref _queue, _queue.Length * 2);
            _queue[Count++] = fragment.Message;
        }
    }

    /// <summary>The message at the save position, if any (after draining new arrivals).</summary>
    public bool TryPeek(Heap heap, out Term message)
    {
        if (Save >= Count)
            Drain(heap);
        message = Save < Count ? _queue[Save] : default;
        return Save < Count;
    }

    /// <summary>demonitor(Ref, [flush]): drops the {_, Ref, _, _, _} message if it came (the tag may be user-defined).</summary>
    public void RemoveDown(Heap heap, Term reference)
    {
        Drain(heap);
        for (var k = 0; k < Count; k++)
        {
            var m = _queue[k];
            if (m.IsTuple && m.TupleArity == 5 && m.Element(2).IsSameAs(reference))
            {
                Array.Copy(_queue, k + 1, _queue, k, Count - k - 1);
                _queue[--Count] = default;
                return;
            }
        }
    }

    /// <summary>remove_message: takes the message at the save position out; the next receive starts over.</summary>
    public void RemoveCurrent()
    {
        Array.Copy(_queue, Save + 1, _queue, Save, Count - Save - 1);
        _queue[--Count] = default;
        Save = 0;
    }
}
