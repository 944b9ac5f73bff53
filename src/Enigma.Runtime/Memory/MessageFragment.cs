using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Memory;

/// <summary>
/// A message copied out of the sender's heap into a block of its own (the sender's
/// thread does the copy, as BEAM copies into a heap fragment). The receiver
/// <see cref="Heap.Adopt"/>s it, after which its next collection moves the message in.
/// Until then the block's mark belongs to no heap, so no collection touches it.
/// </summary>
public sealed class MessageFragment
{
    private Term[]? _block;
    private bool _adopted;

    internal MessageFragment(Term message, Term[]? block)
    {
        Message = message;
        _block = block;
        UsedWords = block is null ? 0 : block.Length - 1;
    }

    public Term Message { get; }

    /// <summary>The fragment sent before it, while both wait in a mailbox's inbox (see Mailbox).</summary>
    internal MessageFragment? Next;

    /// <summary>Words the copy takes; the block is exactly this big.</summary>
    public long UsedWords { get; }

    public long SizeWords => UsedWords;

    internal Term[]? TakeBlock()
    {
        if (_adopted)
            throw new InvalidOperationException("this message fragment was already adopted by a heap");
        _adopted = true;
        var block = _block;
        _block = null;
        return block;
    }
}
