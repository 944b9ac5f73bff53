namespace Enigma.Runtime.Memory;

/// <summary>A growable stack on the .NET heap: the explicit stacks that replace recursion over deep terms.</summary>
internal struct TermStack<T>
{
    private T[] _items;
    private int _count;

    public TermStack(int capacity)
    {
        _items = new T[Math.Max(capacity, 4)];
        _count = 0;
    }

    /// <summary>A stack that starts on <paramref name="items"/> (a buffer kept for reuse; growing leaves it behind).</summary>
    public TermStack(T[] items)
    {
        _items = items;
        _count = 0;
    }

    public readonly int Count => _count;

    public void Push(T item)
    {
        if (_count == _items.Length)
            Array.Resize(ref _items, _items.Length * 2);
        _items[_count++] = item;
    }

    public T Pop()
    {
        var item = _items[--_count];
        _items[_count] = default!;
        return item;
    }
}
