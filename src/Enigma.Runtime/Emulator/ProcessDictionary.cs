using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>
/// The process dictionary (put/get/erase). Keys are compared with =:=; entries keep
/// insertion order. Its terms live on the process heap, so it is a collection root.
/// </summary>
internal sealed class ProcessDictionary
{
    private readonly Dictionary<uint, List<int>> _byHash = [];
    private Term[] _entries = new Term[16]; // key, value, key, value ... (removed: NonValue)
    private int _used;

    public int Count { get; private set; }

    /// <summary>The key and value slots, for the collector to update in place; removed slots hold NonValue.</summary>
    public Memory<Term> Slots => _entries.AsMemory(0, _used);

    public Term? Get(Term key) => Find(key) is var i and >= 0 ? _entries[i + 1] : null;

    /// <summary>Stores the value; gives the old value, or null when the key is new.</summary>
    public Term? Put(Term key, Term value)
    {
        var i = Find(key);
        if (i >= 0)
        {
            var old = _entries[i + 1];
            _entries[i + 1] = value;
            return old;
        }
        if (_used + 2 > _entries.Length)
            Array.Resize(ref _entries, _entries.Length * 2);
        _entries[_used] = key;
        _entries[_used + 1] = value;
        Slot(TermHash.Hash2(key)).Add(_used);
        _used += 2;
        Count++;
        return null;
    }

    public Term? Erase(Term key)
    {
        var i = Find(key);
        if (i < 0)
            return null;
        var old = _entries[i + 1];
        Slot(TermHash.Hash2(key)).Remove(i);
        _entries[i] = Term.NonValue;
        _entries[i + 1] = Term.NonValue;
        Count--;
        return old;
    }

    /// <summary>The live (key, value) pairs in insertion order.</summary>
    public IEnumerable<(Term Key, Term Value)> Entries()
    {
        for (var i = 0; i < _used; i += 2)
        {
            if (!_entries[i].IsNonValue)
                yield return (_entries[i], _entries[i + 1]);
        }
    }

    private int Find(Term key)
    {
        if (!_byHash.TryGetValue(TermHash.Hash2(key), out var candidates))
            return -1;
        foreach (var i in candidates)
        {
            if (TermOrder.ExactlyEqual(_entries[i], key))
                return i;
        }
        return -1;
    }

    private List<int> Slot(uint hash)
    {
        if (!_byHash.TryGetValue(hash, out var list))
            _byHash[hash] = list = [];
        return list;
    }
}
