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
/// table), an ordered_set in an <see cref="OrderedStore"/> (a B-tree in term order). Each
/// write, even an insert of a list, is atomic and isolated.
/// </summary>
internal sealed class EtsTable
{
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
        if (options.Type == TableType.OrderedSet)
        {
            Ordered = new OrderedStore(options.KeyPos);
            return;
        }
        // erl's fine-locked tables (write_concurrency) have 64 locks, and walk their buckets by lock.
        bool fineLocked = !options.WriteConcurrency.IsSameAs(Atoms.False);
        Hash = new HashStore(options.Type, options.KeyPos, fineLocked ? 64 : 1, options.DecentralizedCounters);
    }

    /// <summary>The reference every table has (ets:whereis/1).</summary>
    public Term Tid { get; }

    public Term Name { get; set; }

    public TableOptions Options { get; }

    public TableType Type => Options.Type;

    public bool IsBag => Options.Type is TableType.Bag or TableType.DuplicateBag;

    /// <summary>A set's or bag's objects; null for an ordered_set.</summary>
    public HashStore? Hash { get; }

    /// <summary>An ordered_set's objects; null for the others.</summary>
    public OrderedStore? Ordered { get; }

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

    public long ObjectCount => Hash?.Count ?? Ordered!.Count;

    public long MemoryWords => (Hash?.Words ?? Ordered!.Words) + 100;

    /// <summary>The key of a stored object.</summary>
    public Term KeyOf(object stored) => StoredObject.Key(stored, Options.KeyPos);

    // ---- single keys ----

    /// <summary>The key's objects in lookup order, or null.</summary>
    public object[]? Lookup(Term key) => Hash is { } h ? h.Lookup(key) : Ordered!.Lookup(key) is { } o ? [o] : null;

    /// <summary>One object of the key (a set's or ordered_set's only one), or null.</summary>
    public object? AnyObject(Term key) => Hash is { } h ? h.AnyObject(key) : Ordered!.Lookup(key);

    /// <summary>insert/2 and insert_new/2 (false: a key was there, nothing is written).</summary>
    public bool Insert(object[] items, bool onlyNew) => Hash?.Insert(items, onlyNew) ?? Ordered!.Insert(items, onlyNew);

    /// <summary>Removes a key; its objects in lookup order, or null.</summary>
    public object[]? Take(Term key) => Hash is { } h ? h.Take(key) : Ordered!.Take(key) is { } o ? [o] : null;

    /// <summary>delete_object/2.</summary>
    public void DeleteObject(Term key, object stored)
    {
        if (Hash is { } h)
            h.DeleteObject(key, stored);
        else
            Ordered!.DeleteObject(key, stored);
    }

    /// <summary>Empties the table; how many objects it held.</summary>
    public long DeleteAll() => Hash?.DeleteAll() ?? Ordered!.DeleteAll();

    /// <summary>
    /// Read, change and write one key of a set or ordered_set, atomically: <paramref name="change"/>
    /// gets the key's object (null when there is none) and returns its replacement or null.
    /// </summary>
    public void Update(Term key, Func<object?, object?> change)
    {
        if (Hash is { } h)
            h.Update(key, change);
        else
            Ordered!.Update(key, change);
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
