using System.Collections.Immutable;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Ets;

internal enum TableType
{
    Set,
    OrderedSet,
    Bag,
    DuplicateBag,
}

internal enum TableAccess
{
    Public,
    Protected,
    Private,
}

/// <summary>What ets:new/2 was asked for.</summary>
internal sealed record TableOptions(
    TableType Type = TableType.Set,
    TableAccess Access = TableAccess.Protected,
    int KeyPos = 1,
    bool Named = false,
    bool Compressed = false,
    bool ReadConcurrency = false,
    Term WriteConcurrency = default, // true, false or auto
    bool DecentralizedCounters = false,
    Term Heir = default,
    Term HeirData = default);

/// <summary>
/// One ETS table. A set or bag keeps its objects in a <see cref="HashStore"/> (erl's hash
/// table). An ordered_set keeps them in an immutable sorted set of entries: a reader takes
/// the current one and works on it without a lock; writers take the table's lock and either
/// publish a new set (a key added or removed) or replace a key's object in its entry. Each
/// write, even an insert of a list, is atomic and isolated.
/// </summary>
internal sealed class EtsTable
{
    private readonly object _writeLock = new();
    private ImmutableSortedSet<EtsEntry> _entries = ImmutableSortedSet.Create<EtsEntry>(OrderedKeyComparer.Instance);
    private readonly Dictionary<long, int> _fixations = [];

    public EtsTable(Term tid, Term name, Term owner, TableOptions options)
    {
        Tid = tid;
        Name = name;
        Owner = owner;
        Options = options;
        Access = options.Access;
        Heir = options.Heir;
        HeirData = options.HeirData;
        if (options.Type != TableType.OrderedSet)
        {
            // erl's fine-locked tables (write_concurrency) have 64 locks, and walk their buckets by lock.
            bool fineLocked = !options.WriteConcurrency.IsSameAs(Atoms.False);
            Hash = new HashStore(options.Type, options.KeyPos, fineLocked ? 64 : 1, options.DecentralizedCounters);
        }
    }

    /// <summary>The reference every table has (ets:whereis/1).</summary>
    public Term Tid { get; }

    public Term Name { get; set; }

    public TableOptions Options { get; }

    public TableType Type => Options.Type;

    public bool IsBag => Options.Type is TableType.Bag or TableType.DuplicateBag;

    /// <summary>A set's or bag's objects; null for an ordered_set.</summary>
    public HashStore? Hash { get; }

    /// <summary>How the program names the table: its name when named_table, else its reference.</summary>
    public Term Id => Options.Named ? Name : Tid;

    public Term Owner { get; set; }

    /// <summary>public, protected or private; setopts/2 may change it.</summary>
    public TableAccess Access { get; set; }

    /// <summary>A pid or the atom none.</summary>
    public Term Heir { get; set; }

    /// <summary>Outside every process heap.</summary>
    public Term HeirData { get; set; }

    /// <summary>Set once by ets:delete or the owner's exit: operations on the table fail from then on.</summary>
    public volatile bool Deleted;

    /// <summary>An ordered_set's entries as they are now: a snapshot no writer will change.</summary>
    public ImmutableSortedSet<EtsEntry> Snapshot => Volatile.Read(ref _entries);

    public long ObjectCount => Hash?.Count ?? Snapshot.Count;

    public long MemoryWords => (Hash?.Words ?? Snapshot.Sum(e => StoredObject.Words(e.Objects[0]))) + 100;

    /// <summary>The key of a stored object.</summary>
    public Term KeyOf(object stored) => StoredObject.Key(stored, Options.KeyPos);

    // ---- single keys ----

    /// <summary>The key's objects in lookup order, or null.</summary>
    public object[]? Lookup(Term key) => Hash is { } h ? h.Lookup(key) : Find(key)?.Objects;

    /// <summary>insert/2 and insert_new/2 (false: a key was there, nothing is written).</summary>
    public bool Insert(object[] items, bool onlyNew)
    {
        if (Hash is { } h)
            return h.Insert(items, onlyNew);
        return Write(b =>
        {
            if (onlyNew && items.Any(i => b.Contains(Probe(KeyOf(i)))))
                return false;
            foreach (var item in items)
                Put(b, item);
            return true;
        });
    }

    /// <summary>Removes a key; its objects in lookup order, or null.</summary>
    public object[]? Take(Term key) =>
        Hash is { } h ? h.Take(key) : Write(b => b.TryGetValue(Probe(key), out var old) && b.Remove(old) ? old.Objects : null);

    /// <summary>delete_object/2.</summary>
    public void DeleteObject(Term key, object stored)
    {
        if (Hash is { } h)
        {
            h.DeleteObject(key, stored);
            return;
        }
        Write(b => b.TryGetValue(Probe(key), out var old) && StoredObject.SameAs(old.Objects[0], stored) && b.Remove(old));
    }

    /// <summary>Empties the table; how many objects it held.</summary>
    public long DeleteAll() => Hash is { } h ? h.DeleteAll() : Write(b =>
    {
        long count = b.Count;
        b.Clear();
        return count;
    });

    /// <summary>
    /// Read, change and write one key of a set or ordered_set, atomically: <paramref name="change"/>
    /// gets the key's object (null when there is none) and returns its replacement or null.
    /// </summary>
    public void Update(Term key, Func<object?, object?> change)
    {
        if (Hash is { } h)
        {
            h.Update(key, change);
            return;
        }
        Write(b =>
        {
            bool found = b.TryGetValue(Probe(key), out var old);
            if (change(found ? old!.Objects[0] : null) is { } replacement)
                Put(b, replacement);
            return true;
        });
    }

    // ---- ordered_set ----

    /// <summary>The entry of <paramref name="key"/> (==), or null.</summary>
    public EtsEntry? Find(Term key) =>
        Snapshot.TryGetValue(Probe(key), out var entry) ? entry : null;

    /// <summary>A key alone, to search this table's entries with.</summary>
    public static EtsEntry Probe(Term key) => EtsEntry.Probe(key);

    /// <summary>
    /// Runs <paramref name="change"/> on the entries under the write lock and publishes what it
    /// returns: the one way an ordered_set changes.
    /// </summary>
    public T Write<T>(Func<ImmutableSortedSet<EtsEntry>.Builder, T> change)
    {
        lock (_writeLock)
        {
            var builder = _entries.ToBuilder();
            var result = change(builder);
            Volatile.Write(ref _entries, builder.ToImmutable());
            return result;
        }
    }

    /// <summary>Adds a key or replaces its object; the entry keeps its place when the key changes between equal keys (1 to 1.0).</summary>
    private void Put(ImmutableSortedSet<EtsEntry>.Builder entries, object stored)
    {
        var key = KeyOf(stored);
        if (entries.TryGetValue(Probe(key), out var old))
            old.Replace(key, [stored]);
        else
            entries.Add(EtsEntry.Single(key, stored));
    }

    /// <summary>The entry after (or before) where <paramref name="key"/> is or would be, in term order.</summary>
    public static EtsEntry? Neighbour(ImmutableSortedSet<EtsEntry> entries, Term key, bool forward)
    {
        int at = entries.IndexOf(Probe(key));
        int next = at >= 0 ? (forward ? at + 1 : at - 1) : (forward ? ~at : ~at - 1);
        return next >= 0 && next < entries.Count ? entries[next] : null;
    }

    // ---- safe_fixtable ----

    public void Fix(Term pid, bool on)
    {
        lock (_fixations)
        {
            long id = pid.ImmediateId;
            int was = _fixations.GetValueOrDefault(id);
            if (!on && was == 0)
                return;
            if (was + (on ? 1 : -1) > 0)
                _fixations[id] = was + (on ? 1 : -1);
            else
                _fixations.Remove(id);
            Hash?.Fix(on);
        }
    }

    public bool IsFixed
    {
        get
        {
            lock (_fixations)
                return _fixations.Count > 0;
        }
    }

    public (Term Pid, int Count)[] Fixations
    {
        get
        {
            lock (_fixations)
                return [.. _fixations.Select(f => (Term.Pid(f.Key), f.Value))];
        }
    }
}
