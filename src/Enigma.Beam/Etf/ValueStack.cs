namespace Enigma.Beam.Etf;

/// <summary>A growable stack of structs with in-place access to the top, for the
/// explicit stacks that replace recursion over deep terms.</summary>
internal struct ValueStack<T>
{
    private T[] _items;
    private int _count;

    public ValueStack(int capacity)
    {
        _items = new T[Math.Max(capacity, 4)];
        _count = 0;
    }

    public readonly int Count => _count;

    public readonly ref T Top => ref _items[_count - 1];

    public void Push(T item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = item;
    }

    public T Pop()
    {
        T item = _items[--_count];
        _items[_count] = default!;
        return item;
    }
}
