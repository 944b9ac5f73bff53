using System.Collections.Concurrent;

namespace Enigma.Runtime.Terms;

/// <summary>
/// Atom names by index and indices by name, for any number of threads: a name is looked
/// up without a lock; adding one takes the lock, so concurrent interning of one new name
/// gives one index, and no more than <c>limit</c> names are ever added.
/// </summary>
internal sealed class AtomTable(int limit)
{
    private readonly ConcurrentDictionary<string, int> _indices = new(StringComparer.Ordinal);
    private readonly Lock _addLock = new();
    private string[] _names = new string[Math.Min(limit, 4096)];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>The index of this name, added if new; -1 when the table is full.</summary>
    public int Intern(string name)
    {
        if (_indices.TryGetValue(name, out var index))
            return index;
        lock (_addLock)
        {
            if (_indices.TryGetValue(name, out index))
                return index;
            if (_count == limit)
                return -1;
            if (_count == _names.Length)
            {
                // Published whole: a reader that finds the new array finds every name in it.
                var grown = new string[Math.Min(limit, _names.Length * 2)];
                _names.CopyTo(grown, 0);
                Volatile.Write(ref _names, grown);
            }
            index = _count;
            _names[index] = name;
            Volatile.Write(ref _count, index + 1);
            // Last: whoever finds the index finds its name.
            _indices[name] = index;
            return index;
        }
    }

    /// <summary>The index of this name if it is in the table, else -1.</summary>
    public int Find(string name) => _indices.TryGetValue(name, out var index) ? index : -1;

    public string Name(int index) => Volatile.Read(ref _names)[index];
}
