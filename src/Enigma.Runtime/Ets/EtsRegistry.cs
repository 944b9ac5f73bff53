using System.Collections.Concurrent;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Ets;

/// <summary>The tables of one node, by reference and by name; and what happens to them when their owner exits.</summary>
internal sealed class EtsRegistry
{
    private static readonly Term EtsTransfer = Atoms.Intern("ETS-TRANSFER");

    private readonly ConcurrentDictionary<long, EtsTable> _byRef = new();
    private readonly ConcurrentDictionary<int, EtsTable> _byName = new();
    // How many live tables each process owns, so that most exits cost one lookup.
    private readonly Dictionary<long, int> _owned = [];
    // Creating, renaming, deleting and handing over tables change these maps together.
    private readonly object _lock = new();

    public IEnumerable<EtsTable> All => _byRef.Values;

    /// <summary>The live table a reference or a name stands for, or null.</summary>
    public EtsTable? Find(Term id)
    {
        EtsTable? table = null;
        if (id.IsRef)
            _byRef.TryGetValue(id.ImmediateId, out table);
        else if (id.IsAtom)
            _byName.TryGetValue(id.AtomIndex, out table);
        return table is { Deleted: false } ? table : null;
    }

    /// <summary>A new table, or null when it is named and the name is taken.</summary>
    public EtsTable? Create(Node node, Term name, Term owner, TableOptions options)
    {
        var table = new EtsTable(node.MakeRef(), name, owner, options);
        lock (_lock)
        {
            if (options.Named && !_byName.TryAdd(name.AtomIndex, table))
                return null;
            _byRef[table.Tid.ImmediateId] = table;
            CountOwned(owner, 1);
        }
        return table;
    }

    public void Delete(EtsTable table)
    {
        lock (_lock)
        {
            if (table.Deleted)
                return;
            table.Deleted = true;
            CountOwned(table.Owner, -1);
            _byRef.TryRemove(table.Tid.ImmediateId, out _);
            if (table.Options.Named)
                _byName.TryRemove(new KeyValuePair<int, EtsTable>(table.Name.AtomIndex, table));
        }
    }

    /// <summary>rename/2: false when another table has the name.</summary>
    public bool Rename(EtsTable table, Term name)
    {
        lock (_lock)
        {
            if (table.Options.Named)
            {
                if (!name.IsSameAs(table.Name) && !_byName.TryAdd(name.AtomIndex, table))
                    return false;
                if (!name.IsSameAs(table.Name))
                    _byName.TryRemove(table.Name.AtomIndex, out _);
            }
            table.Name = name;
            return true;
        }
    }

    /// <summary>
    /// Hands a table to <paramref name="to"/> and tells it with {'ETS-TRANSFER', Id, From, Data}
    /// (give_away/3, and the heir when the owner exits).
    /// </summary>
    public void Transfer(Node node, EtsTable table, Term from, Process to, Term data)
    {
        lock (_lock)
        {
            CountOwned(table.Owner, -1);
            table.Owner = to.Pid;
            CountOwned(to.Pid, 1);
        }
        var scratch = new Heap(16);
        node.Send(to.Pid, scratch.Tuple([EtsTransfer, table.Id, from, data]));
    }

    /// <summary>The owner exited: each of its tables goes to its heir when the heir is alive, else is deleted.</summary>
    public void OwnerExited(Node node, Process owner)
    {
        lock (_lock)
        {
            if (!_owned.ContainsKey(owner.Pid.ImmediateId))
                return;
        }
        foreach (var table in _byRef.Values)
        {
            if (table.Deleted || !table.Owner.IsSameAs(owner.Pid))
                continue;
            if (table.Heir.IsPid && !table.Heir.IsSameAs(owner.Pid) && node.Find(table.Heir) is { Status: not ProcessStatus.Exited } heir)
                Transfer(node, table, owner.Pid, heir, table.HeirData);
            else
                Delete(table);
        }
    }

    private void CountOwned(Term owner, int change)
    {
        long id = owner.ImmediateId;
        int count = _owned.GetValueOrDefault(id) + change;
        if (count > 0)
            _owned[id] = count;
        else
            _owned.Remove(id);
    }
}
