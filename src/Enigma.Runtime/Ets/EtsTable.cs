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
/// One ETS table. Its entries are an immutable sorted set: a reader takes the current one
/// and works on it without a lock (readers never block anyone, and see every write whole);
/// writers take the table's lock and either publish a new set (a key added or removed) or
/// replace a key's objects in its entry (see <see cref="EtsEntry"/>), so each write, even an
/// insert of a list, is atomic and isolated.
/// </summary>
internal sealed class EtsTable
{
    private readonly object _writeLock = new();
    private ImmutableSortedSet<EtsEntry> _entries;
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
        _entries = ImmutableSortedSet.Create<EtsEntry>(
            options.Type == TableType.OrderedSet ? OrderedKeyComparer.Instance : HashedKeyComparer.Instance);
    }

    /// <summary>The reference every table has (ets:whereis/1).</summary>
    public Term Tid { get; }

    public Term Name { get; set; }

    public TableOptions Options { get; }

    public TableType Type => Options.Type;

    public bool IsBag => Options.Type is TableType.Bag or TableType.DuplicateBag;

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

    /// <summary>The entries as they are now: a snapshot no writer will change.</summary>
    public ImmutableSortedSet<EtsEntry> Snapshot => Volatile.Read(ref _entries);

    public long ObjectCount
    {
        get
        {
            var entries = Snapshot;
            return IsBag ? entries.Sum(e => (long)e.Objects.Length) : entries.Count;
        }
    }

    public long MemoryWords => Snapshot.Sum(e => e.Objects.Sum(o => o.Words)) + 100;

    /// <summary>The entry of <paramref name="key"/> (== for ordered_set, =:= otherwise), or null.</summary>
    public EtsEntry? Find(Term key) =>
        Snapshot.TryGetValue(Probe(key), out var entry) ? entry : null;

    /// <summary>A key alone, to search this table's entries with.</summary>
    public EtsEntry Probe(Term key) => EtsEntry.Probe(key, hashed: Type != TableType.OrderedSet);

    /// <summary>
    /// Runs <paramref name="change"/> on the entries under the write lock and publishes what it
    /// returns: the one way a table changes.
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

    /// <summary>The entry after (or before) where <paramref name="key"/> is or would be, in table order.</summary>
    public EtsEntry? Neighbour(ImmutableSortedSet<EtsEntry> entries, Term key, bool forward)
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
            int count = _fixations.GetValueOrDefault(id) + (on ? 1 : -1);
            if (count > 0)
                _fixations[id] = count;
            else
                _fixations.Remove(id);
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
