using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Ets;

/// <summary>
/// The objects of an ordered_set: a B-tree keyed in term order (1 and 1.0 are one key), each
/// node counting the objects under it, so that lookup, insert, delete, first/next/last/prev
/// and slot/2 cost O(log n), and a walk from a key or over a key range O(log n + k). Readers
/// share a read lock (they never block each other), writers take it alone; a stored object
/// never changes, so what a reader got stays valid once the lock is gone.
/// </summary>
internal sealed class OrderedStore(int keyPos)
{
    private const int MaxKeys = 31; // a node holds MinKeys to MaxKeys objects, the root fewer
    private const int MinKeys = MaxKeys / 2;

    private sealed class Node(bool leaf)
    {
        // One slot more than MaxKeys: an insert overflows a node before it is split.
        public readonly Term[] Keys = new Term[MaxKeys + 1];
        public readonly object[] Items = new object[MaxKeys + 1];
        public readonly Node[]? Children = leaf ? null : new Node[MaxKeys + 2];
        public int Count;
        public long Size; // objects in this node and under it

        public bool IsLeaf => Children is null;

        /// <summary>The first position whose key is not below <paramref name="key"/>; found: it is ==.</summary>
        public int Search(Term key, out bool found)
        {
            int lo = 0, hi = Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                int c = Compare(Keys[mid], key);
                if (c == 0)
                {
                    found = true;
                    return mid;
                }
                if (c < 0)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            found = false;
            return lo;
        }

        public void InsertAt(int i, Term key, object item, Node? right)
        {
            Array.Copy(Keys, i, Keys, i + 1, Count - i);
            Array.Copy(Items, i, Items, i + 1, Count - i);
            Keys[i] = key;
            Items[i] = item;
            if (Children is { } c)
            {
                Array.Copy(c, i + 1, c, i + 2, Count - i);
                c[i + 1] = right!;
            }
            Count++;
        }

        /// <summary>Puts a key in front, with (internal nodes) the child left of it.</summary>
        public void InsertFirst(Term key, object item, Node? left)
        {
            Array.Copy(Keys, 0, Keys, 1, Count);
            Array.Copy(Items, 0, Items, 1, Count);
            Keys[0] = key;
            Items[0] = item;
            if (Children is { } c)
            {
                Array.Copy(c, 0, c, 1, Count + 1);
                c[0] = left!;
            }
            Count++;
        }

        /// <summary>Takes out the first key and (internal nodes) the child left of it.</summary>
        public void RemoveFirst()
        {
            if (Children is { } c)
            {
                Array.Copy(c, 1, c, 0, Count);
                c[Count] = null!;
            }
            Array.Copy(Keys, 1, Keys, 0, Count - 1);
            Array.Copy(Items, 1, Items, 0, Count - 1);
            Count--;
            Keys[Count] = default;
            Items[Count] = null!;
        }

        /// <summary>Takes out position i and (internal nodes) the child right of it.</summary>
        public void RemoveAt(int i)
        {
            Array.Copy(Keys, i + 1, Keys, i, Count - i - 1);
            Array.Copy(Items, i + 1, Items, i, Count - i - 1);
            if (Children is { } c)
            {
                Array.Copy(c, i + 2, c, i + 1, Count - i - 1);
                c[Count] = null!;
            }
            Count--;
            Keys[Count] = default;
            Items[Count] = null!;
        }
    }

    private readonly ReaderWriterLockSlim _lock = new();
    private Node _root = new(leaf: true);
    private long _words;

    public long Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _root.Size;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    public long Words => Volatile.Read(ref _words);

    /// <summary>Term order, two small integers compared inline (most keys are).</summary>
    private static int Compare(Term a, Term b) =>
        a.IsSmall && b.IsSmall ? a.SmallValue.CompareTo(b.SmallValue) : TermOrder.Compare(a, b);

    // ---- reading ----

    /// <summary>The object whose key is == <paramref name="key"/>, or null.</summary>
    public object? Lookup(Term key)
    {
        _lock.EnterReadLock();
        try
        {
            return Find(key);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The first (or last) key, or NonValue when the table is empty.</summary>
    public Term First(bool forward)
    {
        _lock.EnterReadLock();
        try
        {
            var node = _root;
            if (node.Count == 0)
                return Term.NonValue;
            while (node.Children is { } c)
                node = c[forward ? 0 : node.Count];
            return node.Keys[forward ? 0 : node.Count - 1];
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The key after (or before) <paramref name="key"/>, which need not be in the table; NonValue at the end.</summary>
    public Term Next(Term key, bool forward)
    {
        _lock.EnterReadLock();
        try
        {
            var found = Term.NonValue;
            var node = _root;
            while (true)
            {
                // Keys[i] is the first key not below the one asked for: the nearest key on the way
                // down is kept, a deeper one is nearer still.
                int i = node.Search(key, out bool hit);
                int nearest = forward ? (hit ? i + 1 : i) : i - 1;
                if (nearest >= 0 && nearest < node.Count)
                    found = node.Keys[nearest];
                if (node.Children is not { } c)
                    return found;
                node = c[forward && hit ? i + 1 : i];
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The object at position <paramref name="index"/> in term order (ets:slot/2), or null past the end.</summary>
    public object? At(long index)
    {
        _lock.EnterReadLock();
        try
        {
            if (index < 0 || index >= _root.Size)
                return null;
            var node = _root;
            while (node.Children is { } c)
            {
                int i = 0;
                for (; index >= c[i].Size; i++)
                {
                    index -= c[i].Size;
                    if (index == 0)
                        return node.Items[i];
                    index--;
                }
                node = c[i];
            }
            return node.Items[index];
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Shows <paramref name="visit"/> the objects in term order (backwards when <paramref name="reverse"/>)
    /// whose keys <paramref name="range"/> (a key pattern: see <see cref="KeyRange"/>) allows, after the key
    /// <paramref name="after"/> when given, until visit returns false.
    /// </summary>
    public void Walk(Term? range, Term? after, bool reverse, Func<object, bool> visit)
    {
        _lock.EnterReadLock();
        try
        {
            new Traversal(range, after, reverse, visit).Run(_root);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private object? Find(Term key) => Locate(key, out int i)?.Items[i];

    /// <summary>The node holding the key (==) and its position there, or null.</summary>
    private Node? Locate(Term key, out int i)
    {
        var node = _root;
        while (true)
        {
            i = node.Search(key, out bool hit);
            if (hit)
                return node;
            if (node.Children is not { } c)
                return null;
            node = c[i];
        }
    }

    /// <summary>
    /// One walk: it seeks its first object down one path (binary search in each node, the keys
    /// allowed forming one run in term order), then goes on in order until the run ends.
    /// </summary>
    private sealed class Traversal(Term? range, Term? after, bool reverse, Func<object, bool> visit)
    {
        /// <summary>Whether the key is at or past where the walk starts.</summary>
        private bool Started(Term key)
        {
            if (reverse)
                return (range is not { } r || KeyRange.Compare(key, r) <= 0) && (after is not { } a || Compare(key, a) < 0);
            return (range is not { } rf || KeyRange.Compare(key, rf) >= 0) && (after is not { } af || Compare(key, af) > 0);
        }

        private bool Ended(Term key) => range is { } r && (reverse ? KeyRange.Compare(key, r) < 0 : KeyRange.Compare(key, r) > 0);

        public void Run(Node root) => Walk(root, seek: range is not null || after is not null);

        /// <summary>False once the walk is over.</summary>
        private bool Walk(Node node, bool seek)
        {
            int n = node.Count;
            // In walking order, position j is key (reverse ? n-1-j : j), child (reverse ? n-j : j) precedes it.
            int start = seek ? FirstStarted(node) : 0;
            if (node.Children is { } c && !Walk(c[reverse ? n - start : start], seek))
                return false;
            for (int j = start; j < n; j++)
            {
                int k = reverse ? n - 1 - j : j;
                if (Ended(node.Keys[k]) || !visit(node.Items[k]))
                    return false;
                if (node.Children is { } cc && !Walk(cc[reverse ? k : k + 1], seek: false))
                    return false;
            }
            return true;
        }

        /// <summary>How many of the node's keys, in walking order, come before the start.</summary>
        private int FirstStarted(Node node)
        {
            int lo = 0, hi = node.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Started(node.Keys[reverse ? node.Count - 1 - mid : mid]))
                    hi = mid;
                else
                    lo = mid + 1;
            }
            return lo;
        }
    }

    // ---- writing ----

    /// <summary>insert/2 and insert_new/2 of stored objects, all or (insert_new, a key present) none.</summary>
    public bool Insert(object[] items, bool onlyNew)
    {
        _lock.EnterWriteLock();
        try
        {
            if (onlyNew && items.Any(item => Find(KeyOf(item)) is not null))
                return false;
            foreach (var item in items)
                Put(item);
            return true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes the key's object; it, or null.</summary>
    public object? Take(Term key)
    {
        _lock.EnterWriteLock();
        try
        {
            return Remove(key);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>delete_object/2: the key's object goes if it is =:= <paramref name="stored"/>.</summary>
    public void DeleteObject(Term key, object stored)
    {
        _lock.EnterWriteLock();
        try
        {
            if (Find(key) is { } old && StoredObject.SameAs(old, stored))
                Remove(key);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Empties the table; how many objects it held.</summary>
    public long DeleteAll()
    {
        _lock.EnterWriteLock();
        try
        {
            long count = _root.Size;
            _root = new Node(leaf: true);
            Volatile.Write(ref _words, 0);
            return count;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Read, change and write one key: <paramref name="change"/> gets the key's object (null when
    /// there is none) and returns its replacement, or null to change nothing.
    /// </summary>
    public void Update(Term key, Func<object?, object?> change)
    {
        _lock.EnterWriteLock();
        try
        {
            var node = Locate(key, out int i);
            if (change(node?.Items[i]) is not { } replacement)
                return;
            if (node is null)
            {
                Put(replacement);
                return;
            }
            // In place: the key is == the old one, so the object keeps its position.
            Volatile.Write(ref _words, _words + StoredObject.Words(replacement) - StoredObject.Words(node.Items[i]));
            node.Keys[i] = KeyOf(replacement);
            node.Items[i] = replacement;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>select_delete: the objects in <paramref name="range"/> that <paramref name="delete"/> picks go; how many did.</summary>
    public long DeleteWhere(Term? range, Func<object, bool> delete)
    {
        _lock.EnterWriteLock();
        try
        {
            var doomed = new List<Term>();
            new Traversal(range, null, false, item =>
            {
                if (delete(item))
                    doomed.Add(KeyOf(item));
                return true;
            }).Run(_root);
            foreach (var key in doomed)
                Remove(key);
            return doomed.Count;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// select_replace: <paramref name="replace"/> gives each object's replacement (null: keep it), or
    /// Ok false to refuse; then all are written, or none. How many were (null: refused).
    /// </summary>
    public long? ReplaceWhere(Term? range, Func<object, (bool Ok, object? With)> replace)
    {
        _lock.EnterWriteLock();
        try
        {
            var changes = new List<object>();
            bool refused = false;
            new Traversal(range, null, false, item =>
            {
                var (ok, with) = replace(item);
                refused = !ok;
                if (with is not null)
                    changes.Add(with);
                return ok;
            }).Run(_root);
            if (refused)
                return null;
            foreach (var with in changes)
                Put(with);
            return changes.Count;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    // ---- the tree, under the write lock ----

    private Term KeyOf(object item) => StoredObject.Key(item, keyPos);

    /// <summary>Adds an object or replaces its key's; the key changes to the new one's (1 to 1.0) in its place.</summary>
    private void Put(object item)
    {
        var key = KeyOf(item);
        if (Insert(_root, key, item) is not { } old)
        {
            Volatile.Write(ref _words, _words + StoredObject.Words(item));
            if (_root.Count > MaxKeys)
            {
                var root = new Node(leaf: false) { Size = _root.Size };
                root.Children![0] = _root;
                Split(root, 0);
                _root = root;
            }
            return;
        }
        Volatile.Write(ref _words, _words + StoredObject.Words(item) - StoredObject.Words(old));
    }

    /// <summary>Puts the object under <paramref name="node"/>; the object it replaced, or null when it was added (the node may overflow by one).</summary>
    private static object? Insert(Node node, Term key, object item)
    {
        int i = node.Search(key, out bool hit);
        if (hit)
        {
            var old = node.Items[i];
            node.Keys[i] = key;
            node.Items[i] = item;
            return old;
        }
        if (node.Children is { } c)
        {
            if (Insert(c[i], key, item) is { } old)
                return old;
            if (c[i].Count > MaxKeys)
                Split(node, i);
        }
        else
            node.InsertAt(i, key, item, null);
        node.Size++;
        return null;
    }

    /// <summary>Splits the parent's overfull child i in two around its middle object, which moves up.</summary>
    private static void Split(Node parent, int i)
    {
        var left = parent.Children![i];
        var right = new Node(left.IsLeaf);
        int mid = left.Count / 2;
        int moved = left.Count - mid - 1;
        Array.Copy(left.Keys, mid + 1, right.Keys, 0, moved);
        Array.Copy(left.Items, mid + 1, right.Items, 0, moved);
        right.Count = moved;
        right.Size = moved;
        if (left.Children is { } lc)
        {
            Array.Copy(lc, mid + 1, right.Children!, 0, moved + 1);
            Array.Clear(lc, mid + 1, moved + 1);
            for (int k = 0; k <= moved; k++)
                right.Size += right.Children![k].Size;
        }
        parent.InsertAt(i, left.Keys[mid], left.Items[mid], right);
        Array.Clear(left.Keys, mid, moved + 1);
        Array.Clear(left.Items, mid, moved + 1);
        left.Count = mid;
        left.Size -= right.Size + 1;
    }

    private object? Remove(Term key)
    {
        var removed = Remove(_root, key);
        if (removed is null)
            return null;
        if (_root.Count == 0 && _root.Children is { } c)
            _root = c[0];
        Volatile.Write(ref _words, _words - StoredObject.Words(removed));
        return removed;
    }

    /// <summary>Takes the key's object out from under <paramref name="node"/> (which may underflow by one); it, or null.</summary>
    private static object? Remove(Node node, Term key)
    {
        int i = node.Search(key, out bool hit);
        object? removed;
        if (node.Children is not { } c)
        {
            if (!hit)
                return null;
            removed = node.Items[i];
            node.RemoveAt(i);
        }
        else if (hit)
        {
            // An inner object is replaced by its predecessor, the last object of the subtree left of it.
            removed = node.Items[i];
            (node.Keys[i], node.Items[i]) = RemoveLast(c[i]);
            Refill(node, i);
        }
        else
        {
            removed = Remove(c[i], key);
            if (removed is null)
                return null;
            Refill(node, i);
        }
        node.Size--;
        return removed;
    }

    private static (Term, object) RemoveLast(Node node)
    {
        (Term, object) last;
        if (node.Children is { } c)
        {
            last = RemoveLast(c[node.Count]);
            Refill(node, node.Count);
        }
        else
        {
            last = (node.Keys[node.Count - 1], node.Items[node.Count - 1]);
            node.RemoveAt(node.Count - 1);
        }
        node.Size--;
        return last;
    }

    /// <summary>Brings child i back to MinKeys: borrows through the parent from a sibling with some to spare, else merges with one.</summary>
    private static void Refill(Node parent, int i)
    {
        var c = parent.Children!;
        var child = c[i];
        if (child.Count >= MinKeys)
            return;
        if (i > 0 && c[i - 1].Count > MinKeys)
        {
            // Right rotation: the separator comes down to the child's front, the left sibling's last goes up.
            var left = c[i - 1];
            var moved = left.Children?[left.Count];
            child.InsertFirst(parent.Keys[i - 1], parent.Items[i - 1], moved);
            parent.Keys[i - 1] = left.Keys[left.Count - 1];
            parent.Items[i - 1] = left.Items[left.Count - 1];
            left.RemoveAt(left.Count - 1);
            long shift = 1 + (moved?.Size ?? 0);
            child.Size += shift;
            left.Size -= shift;
        }
        else if (i < parent.Count && c[i + 1].Count > MinKeys)
        {
            // Left rotation: the separator goes to the child's end, the right sibling's first goes up.
            var right = c[i + 1];
            var moved = right.Children?[0];
            child.InsertAt(child.Count, parent.Keys[i], parent.Items[i], moved);
            parent.Keys[i] = right.Keys[0];
            parent.Items[i] = right.Items[0];
            right.RemoveFirst();
            long shift = 1 + (moved?.Size ?? 0);
            child.Size += shift;
            right.Size -= shift;
        }
        else
            Merge(parent, i > 0 ? i - 1 : i);
    }

    /// <summary>Joins child i+1 and the separator between them onto child i.</summary>
    private static void Merge(Node parent, int i)
    {
        var left = parent.Children![i];
        var right = parent.Children[i + 1];
        left.Keys[left.Count] = parent.Keys[i];
        left.Items[left.Count] = parent.Items[i];
        Array.Copy(right.Keys, 0, left.Keys, left.Count + 1, right.Count);
        Array.Copy(right.Items, 0, left.Items, left.Count + 1, right.Count);
        if (left.Children is { } lc)
            Array.Copy(right.Children!, 0, lc, left.Count + 1, right.Count + 1);
        left.Count += 1 + right.Count;
        left.Size += 1 + right.Size;
        parent.RemoveAt(i);
    }
}
