using System.Runtime.CompilerServices;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Ets;

/// <summary>
/// The objects of a set, bag or duplicate_bag: erl_db_hash.c's linear hash table, so that
/// traversals (first/next, select, match, tab2list) come out in erl's order. 256 buckets at
/// first; one more bucket split off per insert while there are more objects than buckets, one
/// joined back per delete under the shrink limit; a new key goes last in its bucket, a bag's
/// new object first among its key's; iteration walks the buckets upwards, stride erl's lock
/// count. A bucket is null, one stored object, or an array of them in chain order.
/// Writers hold the table's lock and never change a published array, only swap a bucket's
/// reference, so a reader needs no lock: it rereads when a resize (the only thing that moves
/// objects between buckets) ran meanwhile, seen by an odd or changed <see cref="_version"/>.
/// A traversal pins the table, which holds resizes off until it is done (as erl fixes it).
/// </summary>
internal sealed class HashStore
{
    private const int FirstSegment = 256;
    private const int ExtSegment = 2048;
    private const int ResizeSteps = 5; // erl's loop_limit: buckets split or joined per operation

    private readonly object _lock = new();
    private readonly int _keyPos;
    private readonly bool _set;
    private readonly bool _bag;
    private readonly int _stride;
    private readonly bool _decentralized;
    private readonly List<int> _tombstoneSlots = [];
    private object?[] _buckets = [];
    private int _nactive;
    private int _szm;
    private int _nslots;
    private int _shrinkLimit;
    private long _count;
    private long _words;
    private int _version;
    private int _pins;
    private int _fixes;

    /// <param name="stride">erl's lock count: 1 unless the table is fine-locked (write_concurrency).</param>
    public HashStore(TableType type, int keyPos, int stride, bool decentralized)
    {
        _keyPos = keyPos;
        _set = type == TableType.Set;
        _bag = type == TableType.Bag;
        _stride = stride;
        _decentralized = decentralized;
        Reset();
    }

    public long Count => Volatile.Read(ref _count);

    public long Words => Volatile.Read(ref _words);

    /// <summary>Buckets in use (ets:slot/2 ranges over them).</summary>
    public int Slots => Volatile.Read(ref _nactive);

    /// <summary>What a delete under safe_fixtable leaves in its place: next/2 still finds the key.</summary>
    private sealed class Tombstone(object item)
    {
        public object Item { get; } = item;
    }

    // ---- reading ----

    /// <summary>The key's objects in lookup order (a bag's oldest first), or null.</summary>
    public object[]? Lookup(Term key)
    {
        var bucket = ReadBucket(EtsKeyHash.Of(key));
        if (AsArray(bucket) is not { } chain)
            return bucket is not null && bucket is not Tombstone && Holds(bucket, key) ? [bucket] : null;
        int first = Find(chain, key);
        if (first < 0)
            return null;
        if (_set)
            return chain[first] is Tombstone ? null : [chain[first]];
        var found = new List<object>();
        for (int i = first; i < chain.Length && Holds(chain[i], key); i++)
        {
            if (chain[i] is not Tombstone)
                found.Add(chain[i]);
        }
        found.Reverse();
        return found.Count == 0 ? null : [.. found];
    }

    /// <summary>One live object of the key (a set's only one), or null: member/2 and a set's lookup/2 make no array.</summary>
    public object? AnyObject(Term key)
    {
        var chain = ReadBucket(EtsKeyHash.Of(key));
        int at = LiveIndex(chain, key);
        return at < 0 ? null : At(chain!, at);
    }

    /// <summary>Slot <paramref name="slot"/>'s objects as ets:slot/2 lists them (last in chain first).</summary>
    public object[] Slot(int slot)
    {
        Pin(out var buckets, out int active);
        try
        {
            var live = Live(slot < active ? buckets[slot] : null);
            live.Reverse();
            return [.. live];
        }
        finally
        {
            Unpin();
        }
    }

    /// <summary>The first key in erl's order, or NonValue when the table is empty.</summary>
    public Term First()
    {
        Pin(out var buckets, out int active);
        try
        {
            return NextLive(buckets, active, 0, 0) is { } item ? KeyOf(item) : Term.NonValue;
        }
        finally
        {
            Unpin();
        }
    }

    /// <summary>The key after <paramref name="key"/> (NonValue at the end), or null when the key is not in the table.</summary>
    public Term? Next(Term key)
    {
        Pin(out var buckets, out int active);
        try
        {
            int ix = Index(EtsKeyHash.Of(key), Volatile.Read(ref _szm), active);
            var chain = buckets[ix];
            int at = Find(chain, key);
            if (at < 0)
                return null;
            int n = Length(chain);
            while (at < n && Holds(At(chain!, at), key))
                at++;
            return NextLive(buckets, active, ix, at) is { } item ? KeyOf(item) : Term.NonValue;
        }
        finally
        {
            Unpin();
        }
    }

    /// <summary>
    /// Shows <paramref name="visit"/> the live objects from bucket <paramref name="slot"/> on, in
    /// erl's order, asking <paramref name="enough"/> after each bucket. The bucket to go on from,
    /// -1 at the end of the table, or -2 when the slot is past the table (it shrank).
    /// </summary>
    public int Walk(int slot, Action<object> visit, Func<bool> enough)
    {
        Pin(out var buckets, out int active);
        try
        {
            if (slot >= active)
                return -2;
            while (true)
            {
                var chain = buckets[slot];
                for (int i = 0, n = Length(chain); i < n; i++)
                {
                    if (At(chain!, i) is not Tombstone and var item)
                        visit(item);
                }
                slot = NextSlot(slot, active);
                if (slot == 0)
                    return -1;
                if (enough())
                    return slot;
            }
        }
        finally
        {
            Unpin();
        }
    }

    // ---- writing ----

    /// <summary>insert/2 and insert_new/2 of stored objects, all or (insert_new, a key present) none.</summary>
    public bool Insert(object[] items, bool onlyNew)
    {
        lock (_lock)
        {
            if (onlyNew && items.Any(item => LiveIndex(_buckets[IndexOf(KeyOf(item))], KeyOf(item)) >= 0))
                return false;
            foreach (var item in items)
                Put(item);
            return true;
        }
    }

    /// <summary>Removes the key's objects; what was there, in lookup order, or null.</summary>
    public object[]? Take(Term key) => Remove(key, null);

    /// <summary>delete_object/2: the key's objects =:= <paramref name="stored"/> go.</summary>
    public void DeleteObject(Term key, object stored) => Remove(key, stored);

    /// <summary>Empties the table; how many objects it held.</summary>
    public long DeleteAll()
    {
        lock (_lock)
        {
            long count = _count;
            Interlocked.Increment(ref _version);
            Reset();
            Interlocked.Increment(ref _version);
            return count;
        }
    }

    /// <summary>
    /// Read, change and write one key of a set: <paramref name="change"/> gets the key's object
    /// (null when there is none) and returns its replacement, or null to change nothing.
    /// </summary>
    public void Update(Term key, Func<object?, object?> change)
    {
        lock (_lock)
        {
            int ix = IndexOf(key);
            var chain = _buckets[ix];
            int at = LiveIndex(chain, key);
            var replacement = change(at < 0 ? null : At(chain!, at));
            if (replacement is null)
                return;
            if (at < 0)
            {
                Put(replacement);
                return;
            }
            _words += StoredObject.Words(replacement) - StoredObject.Words(At(chain!, at));
            Publish(ix, With(chain!, at, replacement));
        }
    }

    /// <summary>select_delete: every live object <paramref name="delete"/> picks goes; how many did.</summary>
    public long DeleteWhere(Func<object, bool> delete)
    {
        lock (_lock)
        {
            long deleted = 0;
            for (int ix = 0; ix < _nactive; ix++)
            {
                var chain = _buckets[ix];
                if (chain is null)
                    continue;
                var items = ToList(chain);
                bool changed = false;
                for (int i = items.Count - 1; i >= 0; i--)
                {
                    if (items[i] is Tombstone || !delete(items[i]))
                        continue;
                    Removed(items, i, ix);
                    deleted++;
                    changed = true;
                }
                if (changed)
                    Publish(ix, Chain(items));
            }
            Shrink();
            return deleted;
        }
    }

    /// <summary>
    /// select_replace: <paramref name="replace"/> gives each live object's replacement (null: keep
    /// it), or Ok false to refuse; then all are written, or none. How many were (null: refused).
    /// </summary>
    public long? ReplaceWhere(Func<object, (bool Ok, object? With)> replace)
    {
        lock (_lock)
        {
            var changes = new List<(int Slot, int At, object With)>();
            for (int ix = 0; ix < _nactive; ix++)
            {
                for (int i = 0, n = Length(_buckets[ix]); i < n; i++)
                {
                    if (At(_buckets[ix]!, i) is Tombstone)
                        continue;
                    var (ok, with) = replace(At(_buckets[ix]!, i));
                    if (!ok)
                        return null;
                    if (with is not null)
                        changes.Add((ix, i, with));
                }
            }
            foreach (var (slot, at, with) in changes)
            {
                _words += StoredObject.Words(with) - StoredObject.Words(At(_buckets[slot]!, at));
                Publish(slot, With(_buckets[slot]!, at, with));
            }
            return changes.Count;
        }
    }

    /// <summary>safe_fixtable: while fixed, deletes leave tombstones and the table neither grows nor shrinks.</summary>
    public void Fix(bool on)
    {
        lock (_lock)
        {
            _fixes += on ? 1 : -1;
            if (_fixes > 0)
                return;
            _fixes = 0;
            foreach (int ix in _tombstoneSlots)
            {
                if (ix < _nactive && _buckets[ix] is { } chain)
                    Publish(ix, Chain(Live(chain)));
            }
            _tombstoneSlots.Clear();
        }
    }

    // ---- erl's table, under the lock ----

    private void Reset()
    {
        _buckets = new object?[FirstSegment];
        _nactive = FirstSegment;
        _szm = FirstSegment - 1;
        _nslots = FirstSegment;
        _shrinkLimit = 0;
        _count = 0;
        _words = 0;
    }

    /// <summary>db_put_hash: a new key goes last in its bucket; a set replaces in place; a bag adds first among its key's.</summary>
    private void Put(object add)
    {
        var key = KeyOf(add);
        int ix = IndexOf(key);
        var chain = _buckets[ix];
        int first = Find(chain, key);
        if (first < 0)
        {
            Publish(ix, chain is null ? add : With(chain, Length(chain), add, insert: true));
            Added(add);
            Grow();
            return;
        }
        var old = At(chain!, first);
        if (_set)
        {
            if (old is Tombstone)
                Volatile.Write(ref _count, _count + 1);
            else
                _words -= StoredObject.Words(old);
            _words += StoredObject.Words(add);
            Publish(ix, With(chain!, first, add));
            return;
        }
        if (_bag)
        {
            for (int i = first, n = Length(chain); i < n && Holds(At(chain!, i), key); i++)
            {
                var q = At(chain!, i);
                if (!StoredObject.SameAs(q is Tombstone t ? t.Item : q, add))
                    continue;
                if (q is Tombstone dead)
                {
                    // A revived object moves to the front of its key's, as erl keeps insertion order.
                    var items = ToList(chain!);
                    items.RemoveAt(i);
                    items.Insert(first, dead.Item);
                    Publish(ix, Chain(items));
                    Volatile.Write(ref _count, _count + 1);
                }
                return;
            }
        }
        Publish(ix, With(chain!, first, add, insert: true));
        Added(add);
        Grow();
    }

    private object[]? Remove(Term key, object? only)
    {
        lock (_lock)
        {
            int ix = IndexOf(key);
            var chain = _buckets[ix];
            int first = Find(chain, key);
            if (first < 0)
                return null;
            if (AsArray(chain) is null && _fixes == 0 && chain is not Tombstone && (only is null || StoredObject.SameAs(chain!, only)))
            {
                // The bucket's lone object goes: no lists to build.
                Publish(ix, null);
                Volatile.Write(ref _count, _count - 1);
                _words -= StoredObject.Words(chain!);
                Shrink();
                return [chain!];
            }
            var items = ToList(chain!);
            var taken = new List<object>();
            for (int i = first; i < items.Count && Holds(items[i], key);)
            {
                if (items[i] is Tombstone || (only is not null && !StoredObject.SameAs(items[i], only)))
                {
                    i++;
                    continue;
                }
                taken.Add(items[i]);
                if (Removed(items, i, ix))
                    i++;
            }
            if (taken.Count == 0)
                return null;
            Publish(ix, Chain(items));
            Shrink();
            taken.Reverse();
            return [.. taken];
        }
    }

    /// <summary>Takes items[i] out of the count; a tombstone stays in its place when fixed (true), else it goes.</summary>
    private bool Removed(List<object> items, int i, int ix)
    {
        Volatile.Write(ref _count, _count - 1);
        _words -= StoredObject.Words(items[i]);
        if (_fixes > 0)
        {
            items[i] = new Tombstone(items[i]);
            _tombstoneSlots.Add(ix);
            return true;
        }
        items.RemoveAt(i);
        return false;
    }

    private void Added(object add)
    {
        Volatile.Write(ref _count, _count + 1);
        _words += StoredObject.Words(add);
    }

    /// <summary>erl's grow: while there are more objects than buckets, split bucket (nactive &amp; szm/2) into a new one.</summary>
    private void Grow()
    {
        Span<bool> scratch = stackalloc bool[64];
        for (int step = 0; step < ResizeSteps && _count > _nactive && _fixes == 0; step++)
        {
            if (!BeginResize())
                return;
            if (_nactive == _nslots)
            {
                _nslots += ExtSegment;
                CalcShrinkLimit();
            }
            int szm = _szm;
            int from;
            if (_nactive <= szm)
                from = _nactive & (szm >> 1);
            else
            {
                from = 0;
                szm = (szm << 1) | 1;
            }
            int to = _nactive;
            if (to == _buckets.Length)
            {
                var larger = new object?[_buckets.Length * 2];
                Array.Copy(_buckets, larger, _buckets.Length);
                Volatile.Write(ref _buckets, larger);
            }
            var chain = _buckets[from];
            int n = Length(chain);
            var moves = n <= scratch.Length ? scratch[..n] : new bool[n];
            int moving = 0;
            for (int i = 0; i < n; i++)
            {
                moves[i] = (EtsKeyHash.Of(KeyOf(At(chain!, i))) & (uint)szm) != from;
                moving += moves[i] ? 1 : 0;
            }
            Volatile.Write(ref _buckets[to], Part(chain, moves, moving, true));
            Volatile.Write(ref _buckets[from], Part(chain, moves, n - moving, false));
            Volatile.Write(ref _szm, szm);
            Volatile.Write(ref _nactive, to + 1);
            Interlocked.Increment(ref _version);
        }
    }

    /// <summary>erl's shrink: under the shrink limit, the top bucket joins (in front of) its buddy below.</summary>
    private void Shrink()
    {
        for (int step = 0; step < ResizeSteps && _count < _shrinkLimit && _fixes == 0; step++)
        {
            if (!BeginResize())
                return;
            int src = _nactive - 1;
            int low = _szm >> 1;
            int dst = src & low;
            var joined = Live(_buckets[src]);
            joined.AddRange(Live(_buckets[dst]));
            Volatile.Write(ref _buckets[dst], Chain(joined));
            Volatile.Write(ref _nactive, src);
            if (dst == 0)
                Volatile.Write(ref _szm, low);
            _buckets[src] = null;
            if (_nslots - src >= ExtSegment)
            {
                _nslots -= ExtSegment;
                CalcShrinkLimit();
            }
            Interlocked.Increment(ref _version);
        }
    }

    private void CalcShrinkLimit()
    {
        // With decentralized counters erl waits for 100 buckets per counter before it trusts its estimate.
        bool enough = !_decentralized || _nslots >= 100 * 64;
        _shrinkLimit = enough && _nslots >= Math.Max(_stride + ExtSegment, FirstSegment + 2 * ExtSegment)
            ? (_nslots - ExtSegment) / 2
            : 0;
    }

    /// <summary>Makes the version odd so readers wait, unless a traversal has the table pinned (then false).</summary>
    private bool BeginResize()
    {
        Interlocked.Increment(ref _version);
        if (Volatile.Read(ref _pins) == 0)
            return true;
        Interlocked.Increment(ref _version);
        return false;
    }

    private void Publish(int ix, object? chain) => Volatile.Write(ref _buckets[ix], chain);

    // ---- readers ----

    private void Pin(out object?[] buckets, out int active)
    {
        Interlocked.Increment(ref _pins);
        var spin = new SpinWait();
        while (true)
        {
            int v = Volatile.Read(ref _version);
            if ((v & 1) == 0)
            {
                buckets = Volatile.Read(ref _buckets);
                active = Volatile.Read(ref _nactive);
                if (Volatile.Read(ref _version) == v && active <= buckets.Length)
                    return;
            }
            spin.SpinOnce();
        }
    }

    private void Unpin() => Interlocked.Decrement(ref _pins);

    private object? ReadBucket(uint hash)
    {
        var spin = new SpinWait();
        while (true)
        {
            int v = Volatile.Read(ref _version);
            if ((v & 1) == 0)
            {
                var buckets = Volatile.Read(ref _buckets);
                int ix = Index(hash, Volatile.Read(ref _szm), Volatile.Read(ref _nactive));
                var chain = ix < buckets.Length ? Volatile.Read(ref buckets[ix]) : null;
                if (Volatile.Read(ref _version) == v)
                    return chain;
            }
            spin.SpinOnce();
        }
    }

    /// <summary>The first live object at or after position <paramref name="at"/> of bucket <paramref name="ix"/>, in erl's order.</summary>
    private object? NextLive(object?[] buckets, int active, int ix, int at)
    {
        while (true)
        {
            var chain = buckets[ix];
            for (int n = Length(chain); at < n; at++)
            {
                if (At(chain!, at) is not Tombstone and var item)
                    return item;
            }
            ix = NextSlot(ix, active);
            if (ix == 0)
                return null;
            at = 0;
        }
    }

    /// <summary>erl's next_slot: up by the lock count, then on to the next lock's first bucket; 0 at the end.</summary>
    private int NextSlot(int ix, int active)
    {
        ix += _stride;
        return ix < active ? ix : (ix + 1) & (_stride - 1);
    }

    // ---- buckets ----

    /// <summary>hash_to_ix.</summary>
    private static int Index(uint hash, int szm, int active)
    {
        int ix = (int)(hash & (uint)szm);
        return ix >= active ? ix & (szm >> 1) : ix;
    }

    private int IndexOf(Term key) => Index(EtsKeyHash.Of(key), _szm, _nactive);

    private Term KeyOf(object item) => StoredObject.Key(item is Tombstone t ? t.Item : item, _keyPos);

    private bool Holds(object item, Term key) => TermOrder.ExactlyEqual(KeyOf(item), key);

    /// <summary>Where the key's first object (live or not) is in the bucket, or -1.</summary>
    private int Find(object? chain, Term key)
    {
        for (int i = 0, n = Length(chain); i < n; i++)
        {
            if (Holds(At(chain!, i), key))
                return i;
        }
        return -1;
    }

    private int LiveIndex(object? chain, Term key)
    {
        for (int i = 0, n = Length(chain); i < n; i++)
        {
            if (At(chain!, i) is not Tombstone and var item && Holds(item, key))
                return i;
        }
        return -1;
    }

    /// <summary>A bucket's array, or null for an empty bucket or a lone object (an exact type test: `is object[]` pays for array covariance).</summary>
    private static object[]? AsArray(object? chain) =>
        chain is not null && chain.GetType() == typeof(object[]) ? Unsafe.As<object[]>(chain) : null;

    private static int Length(object? chain) => chain is null ? 0 : AsArray(chain) is { } items ? items.Length : 1;

    private static object At(object chain, int i) => AsArray(chain) is { } items ? items[i] : chain;

    private static List<object> ToList(object chain) => AsArray(chain) is { } items ? [.. items] : [chain];

    private static object? Chain(List<object> items) => items.Count switch
    {
        0 => null,
        1 => items[0],
        _ => items.ToArray(),
    };

    /// <summary>The <paramref name="count"/> objects of a bucket whose mark is <paramref name="which"/>, in order, as a bucket (the old one when all are).</summary>
    private static object? Part(object? chain, ReadOnlySpan<bool> marks, int count, bool which)
    {
        if (count == 0)
            return null;
        if (count == marks.Length)
            return chain; // published arrays never change, so it can be shared
        var items = count == 1 ? null : new object[count];
        for (int i = 0, k = 0; i < marks.Length; i++)
        {
            if (marks[i] != which)
                continue;
            if (items is null)
                return At(chain!, i);
            items[k++] = At(chain!, i);
        }
        return items;
    }

    private static List<object> Live(object? chain)
    {
        var live = new List<object>();
        for (int i = 0, n = Length(chain); i < n; i++)
        {
            if (At(chain!, i) is not Tombstone and var item)
                live.Add(item);
        }
        return live;
    }

    /// <summary>A copy of the bucket with position <paramref name="at"/> replaced (or, with insert, a new item there).</summary>
    private static object With(object chain, int at, object item, bool insert = false)
    {
        int n = Length(chain);
        if (n == 1 && !insert)
            return item;
        var items = new object[insert ? n + 1 : n];
        for (int i = 0; i < n; i++)
            items[insert && i >= at ? i + 1 : i] = At(chain, i);
        items[at] = item;
        return items;
    }
}
