using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Memory;

/// <summary>
/// The slots a collection starts from and rewrites in place: x registers 0..live-1,
/// the part of the stack in use, the process dictionary, the message being handled ...
/// Slots that are not heap terms (small integers, stack frame words) are left as they are.
/// Reuse one instance: <see cref="Clear"/> it and add the ranges before each collection.
/// </summary>
public sealed class RootSet
{
    private readonly List<Memory<Term>> _ranges = [];

    public int Count => _ranges.Count;

    public RootSet Clear()
    {
        _ranges.Clear();
        return this;
    }

    /// <summary>The first <paramref name="count"/> slots of <paramref name="slots"/>.</summary>
    public RootSet Add(Term[] slots, int count) => Add(slots.AsMemory(0, count));

    public RootSet Add(Term[] slots, int start, int count) => Add(slots.AsMemory(start, count));

    public RootSet Add(Memory<Term> slots)
    {
        if (!slots.IsEmpty)
            _ranges.Add(slots);
        return this;
    }

    internal Memory<Term> this[int index] => _ranges[index];
}
