using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Ets;

/// <summary>
/// The objects of one key (one for set and ordered_set; bags keep theirs in the order erl
/// returns them). A writer replaces the key's objects in place, under the table's lock, so
/// overwriting or counting up a key leaves the sorted set untouched; a reader sees the old
/// objects or the new ones, never a mix.
/// </summary>
internal sealed class EtsEntry
{
    private sealed record Contents(Term Key, StoredObject[] Objects);

    private Contents _contents;

    private EtsEntry(Term key, uint hash, StoredObject[] objects)
    {
        _contents = new Contents(key, objects);
        Hash = hash;
    }

    /// <summary>The key, outside every process heap.</summary>
    public Term Key => Volatile.Read(ref _contents).Key;

    public StoredObject[] Objects => Volatile.Read(ref _contents).Objects;

    /// <summary>phash2 of the key: sets and bags are ordered by it first (0 in an ordered_set, which does not use it).</summary>
    public uint Hash { get; }

    /// <summary>An entry of one object; <paramref name="hashed"/>: for a set or bag, whose order needs the key's hash.</summary>
    public static EtsEntry Single(Term key, StoredObject obj, bool hashed) => new(key, hashed ? TermHash.Hash2(key) : 0, [obj]);

    /// <summary>A key alone, to search with.</summary>
    public static EtsEntry Probe(Term key, bool hashed) => new(key, hashed ? TermHash.Hash2(key) : 0, []);

    /// <summary>
    /// New objects for this key (writers only, holding the table's lock). An ordered_set's
    /// key may change between equal keys (1 to 1.0): the entry keeps its place.
    /// </summary>
    public void Replace(Term key, StoredObject[] objects) => Volatile.Write(ref _contents, new Contents(key, objects));

    public void Replace(StoredObject[] objects) => Replace(Key, objects);

    /// <summary>The key copied out of a process heap, unless it is already in the stored object.</summary>
    public static Term OwnKey(Term key) => TermCopier.CopyToFragment(key).Message;
}

/// <summary>ordered_set: erl's term order, where 1 and 1.0 are one key.</summary>
internal sealed class OrderedKeyComparer : IComparer<EtsEntry>
{
    public static readonly OrderedKeyComparer Instance = new();

    public int Compare(EtsEntry? x, EtsEntry? y) => TermOrder.Compare(x!.Key, y!.Key);
}

/// <summary>set and bags: keys are =:=-distinct; ordered by hash, so a key's successor is found in O(log n) even after it is deleted.</summary>
internal sealed class HashedKeyComparer : IComparer<EtsEntry>
{
    public static readonly HashedKeyComparer Instance = new();

    public int Compare(EtsEntry? x, EtsEntry? y)
    {
        int c = x!.Hash.CompareTo(y!.Hash);
        return c != 0 ? c : TermOrder.CompareExact(x.Key, y.Key);
    }
}
