using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Ets;

/// <summary>
/// The objects of one key of an ordered_set. A writer replaces the key's object in place,
/// under the table's lock, so overwriting or counting up a key leaves the sorted set
/// untouched; a reader sees the old object or the new one, never a mix.
/// </summary>
internal sealed class EtsEntry
{
    private sealed record Contents(Term Key, object[] Objects);

    private Contents _contents;

    private EtsEntry(Term key, object[] objects) => _contents = new Contents(key, objects);

    /// <summary>The key, outside every process heap.</summary>
    public Term Key => Volatile.Read(ref _contents).Key;

    /// <summary>Stored objects (see <see cref="StoredObject"/>).</summary>
    public object[] Objects => Volatile.Read(ref _contents).Objects;

    public static EtsEntry Single(Term key, object stored) => new(key, [stored]);

    /// <summary>A key alone, to search with.</summary>
    public static EtsEntry Probe(Term key) => new(key, []);

    /// <summary>
    /// New objects for this key (writers only, holding the table's lock). The key may change
    /// between equal keys (1 to 1.0): the entry keeps its place.
    /// </summary>
    public void Replace(Term key, object[] objects) => Volatile.Write(ref _contents, new Contents(key, objects));
}

/// <summary>ordered_set: erl's term order, where 1 and 1.0 are one key.</summary>
internal sealed class OrderedKeyComparer : IComparer<EtsEntry>
{
    public static readonly OrderedKeyComparer Instance = new();

    public int Compare(EtsEntry? x, EtsEntry? y) => TermOrder.Compare(x!.Key, y!.Key);
}
