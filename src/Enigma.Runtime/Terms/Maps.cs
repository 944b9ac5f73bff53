using Enigma.Runtime.Memory;

namespace Enigma.Runtime.Terms;

/// <summary>
/// Map operations shared by the map instructions and the map BIFs, on both layouts: flat
/// for at most 32 keys, a hash trie above (<see cref="HashMap"/>), as in erl. The flat
/// layout is [MapHeader(n)] [keys tuple] [value 1..n], keys in the exact term order
/// (<see cref="TermOrder.CompareExact"/>), no duplicates. Lookups match keys with =:=.
/// Operations never modify a map: they build a new one, sharing the keys tuple when
/// the keys stay the same.
/// </summary>
internal static class Maps
{
    /// <summary>Above this many keys, lookups use binary search instead of a linear scan.</summary>
    private const int LinearSearchLimit = 8;

    /// <summary>The same for an immediate key, whose scan compares bits only (erl's flat map limit).</summary>
    private const int ImmediateScanLimit = 32;

    /// <summary>Pairs sorted by insertion sort up to this count; above it, by an index sort.</summary>
    private const int InsertionSortLimit = 16;

    public static int Size(Term map) => IsFlat(map) ? FlatSize(map) : HashMap.Size(map);

    public static bool IsFlat(Term map) => map.Block[map.Offset].SpecialKind == SpecialKind.MapHeader;

    private static int FlatSize(Term map) => (int)map.Block[map.Offset].SpecialPayload;

    /// <summary>The tuple of keys of a flat map, in key order.</summary>
    public static Term KeysTuple(Term map) => map.Block[map.Offset + 1];

    /// <summary>The keys of a flat map, in key order.</summary>
    public static ReadOnlySpan<Term> FlatKeys(Term map)
    {
        var keys = KeysTuple(map);
        return keys.Block.AsSpan(keys.Offset + 1, FlatSize(map));
    }

    /// <summary>The values of a flat map, in key order.</summary>
    public static ReadOnlySpan<Term> FlatValues(Term map) => map.Block.AsSpan(map.Offset + 2, FlatSize(map));

    /// <summary>Words a flat map of <paramref name="size"/> keys takes with a keys tuple of its own.</summary>
    public static int Words(int size) => 3 + 2 * size;

    /// <summary>Heap words that adding <paramref name="pairs"/> pairs to <paramref name="map"/> may take (a collection hint).</summary>
    public static int PutWords(Term map, int pairs)
    {
        int n = Size(map) + pairs;
        // A trie takes about a leaf and a third of a node per key; an insert copies a path.
        return n <= HashMap.FlatLimit ? Words(n) : IsFlat(map) ? 4 * n : 40 * pairs;
    }

    /// <summary>
    /// The keys and values, in the order erl iterates them (maps:iterator/1, maps:fold/3):
    /// key order for a flat map, trie order for a hash trie.
    /// </summary>
    public static (Term[] Keys, Term[] Values) Pairs(Term map)
    {
        if (IsFlat(map))
            return (FlatKeys(map).ToArray(), FlatValues(map).ToArray());
        int n = HashMap.Size(map);
        var keys = new Term[n];
        var values = new Term[n];
        int k = 0;
        for (var leaves = new HashMapCursor(map); !leaves.Done; leaves.Advance(), k++)
        {
            keys[k] = leaves.Leaf.Head;
            values[k] = leaves.Leaf.Tail;
        }
        return (keys, values);
    }

    /// <summary>The keys and values in the exact term order of the keys: how maps compare.</summary>
    public static (Term[] Keys, Term[] Values) SortedPairs(Term map)
    {
        var (keys, values) = Pairs(map);
        if (!IsFlat(map))
            Array.Sort(keys, values, Comparer<Term>.Create(TermOrder.CompareExact));
        return (keys, values);
    }

    public static bool ContainsKey(Term map, Term key) =>
        IsFlat(map) ? IndexOf(map, key) >= 0 : HashMap.TryGet(map, key, out _);

    public static bool TryGet(Term map, Term key, out Term value)
    {
        if (!IsFlat(map))
            return HashMap.TryGet(map, key, out value);
        int k = IndexOf(map, key);
        value = k >= 0 ? map.Block[map.Offset + 2 + k] : default;
        return k >= 0;
    }

    /// <summary>The position of <paramref name="key"/> in a flat map (matched with =:=), or -1.</summary>
    private static int IndexOf(Term map, Term key)
    {
        var keys = FlatKeys(map);
        if (IsImmediate(key) && keys.Length <= ImmediateScanLimit)
        {
            // An immediate is =:= only to a term with the same bits.
            for (int k = 0; k < keys.Length; k++)
            {
                if (keys[k].Raw == key.Raw)
                    return k;
            }
            return -1;
        }

        if (keys.Length <= LinearSearchLimit)
        {
            for (int k = 0; k < keys.Length; k++)
            {
                if (TermOrder.ExactlyEqual(keys[k], key))
                    return k;
            }
            return -1;
        }

        int found = Search(keys, key);
        return found >= 0 ? found : -1;
    }

    /// <summary>A map with <paramref name="key"/> associated with <paramref name="value"/>.</summary>
    public static Term Put(Heap heap, Term map, Term key, Term value)
    {
        if (!IsFlat(map))
            return HashMap.Insert(heap.Allocator, map, key, value, HashPut.Put);
        var keys = FlatKeys(map);
        int k = Search(keys, key);
        if (k >= 0)
        {
            var result = WithKeysOf(heap, map);
            result.Block[result.Offset + 2 + k] = value;
            return result;
        }

        int at = ~k;
        int n = keys.Length;
        var values = FlatValues(map);
        if (n == HashMap.FlatLimit)
            return HashMap.FromPairs(heap, [.. keys, key], [.. values, value]);
        var (block, keysAt, valuesAt, made) = New(heap, n + 1);
        keys[..at].CopyTo(block.AsSpan(keysAt));
        block[keysAt + at] = key;
        keys[at..].CopyTo(block.AsSpan(keysAt + at + 1));
        values[..at].CopyTo(block.AsSpan(valuesAt));
        block[valuesAt + at] = value;
        values[at..].CopyTo(block.AsSpan(valuesAt + at + 1));
        return made;
    }

    /// <summary>maps:update/3: a new value for a key the map has; <see cref="Term.NonValue"/> when it lacks the key.</summary>
    public static Term Update(Heap heap, Term map, Term key, Term value)
    {
        if (!IsFlat(map))
            return HashMap.Insert(heap.Allocator, map, key, value, HashPut.Update);
        return IndexOf(map, key) >= 0 ? Put(heap, map, key, value) : Term.NonValue;
    }

    /// <summary>The map without <paramref name="key"/>; the same map when the key is absent.</summary>
    public static Term Remove(Heap heap, Term map, Term key)
    {
        if (!IsFlat(map))
            return HashMap.Remove(heap, map, key, out _);
        int k = IndexOf(map, key);
        if (k < 0)
            return map;
        var keys = FlatKeys(map);
        var values = FlatValues(map);
        var (block, keysAt, valuesAt, made) = New(heap, keys.Length - 1);
        keys[..k].CopyTo(block.AsSpan(keysAt));
        keys[(k + 1)..].CopyTo(block.AsSpan(keysAt + k));
        values[..k].CopyTo(block.AsSpan(valuesAt));
        values[(k + 1)..].CopyTo(block.AsSpan(valuesAt + k));
        return made;
    }

    /// <summary>maps:merge/2: the keys of both, with <paramref name="b"/>'s value where both have a key.</summary>
    public static Term Merge(Heap heap, Term a, Term b)
    {
        if (!IsFlat(a) || !IsFlat(b))
        {
            // Add the smaller map's pairs to the larger one.
            bool intoA = Size(a) >= Size(b);
            var (keys, values) = Pairs(intoA ? b : a);
            var result = intoA ? a : b;
            for (int k = 0; k < keys.Length; k++)
                result = Put(heap, result, keys[k], values[k], intoA ? HashPut.Put : HashPut.IfAbsent);
            return result;
        }

        var ak = FlatKeys(a);
        var bk = FlatKeys(b);
        if (bk.Length == 0)
            return a;
        if (ak.Length == 0)
            return b;
        int n = MergedCount(ak, bk);
        if (n == bk.Length)
            return b; // a's keys are all in b, whose values win
        var av = FlatValues(a);
        var bv = FlatValues(b);
        if (n > HashMap.FlatLimit)
            return HashMap.FromPairs(heap, [.. ak, .. bk], [.. av, .. bv]);
        if (n == ak.Length && !HasFloatZero(bk))
        {
            // b's keys are all in a: keep a's keys tuple (erl keeps b's keys, which are the
            // same terms unless one is 0.0 where the other is -0.0).
            var result = WithKeysOf(heap, a);
            var values = result.Block.AsSpan(result.Offset + 2, n);
            int i = 0;
            for (int j = 0; j < bk.Length; j++)
            {
                while (TermOrder.CompareExact(ak[i], bk[j]) != 0)
                    i++;
                values[i] = bv[j];
            }
            return result;
        }

        var (block, keysAt, valuesAt, made) = New(heap, n);
        MergeInto(block, keysAt, valuesAt, ak, av, bk, bv, keepKeysOfA: false);
        return made;
    }

    /// <summary>One pair into a map of either layout, as <paramref name="mode"/> says (never <see cref="HashPut.Update"/>).</summary>
    private static Term Put(Heap heap, Term map, Term key, Term value, HashPut mode)
    {
        if (!IsFlat(map))
            return HashMap.Insert(heap.Allocator, map, key, value, mode);
        return mode == HashPut.IfAbsent && ContainsKey(map, key) ? map : Put(heap, map, key, value);
    }

    /// <summary>
    /// put_map_assoc: <paramref name="map"/> with the pairs added, later pairs winning over
    /// earlier ones; a key already in the map stays as it was (matters for 0.0 and -0.0).
    /// <paramref name="keys"/> and <paramref name="values"/> are reordered in place.
    /// </summary>
    public static Term PutAll(Heap heap, Term map, Span<Term> keys, Span<Term> values)
    {
        int count = SortPairs(keys, values);
        keys = keys[..count];
        values = values[..count];
        if (!IsFlat(map))
        {
            for (int k = 0; k < count; k++)
                map = HashMap.Insert(heap.Allocator, map, keys[k], values[k], HashPut.Put);
            return map;
        }
        var mk = FlatKeys(map);
        var mv = FlatValues(map);
        int n = MergedCount(mk, keys);
        if (n > HashMap.FlatLimit)
            return HashMap.FromPairs(heap, [.. mk, .. keys], [.. mv, .. values]);
        if (n == mk.Length)
        {
            // Every key exists: only values change.
            var result = WithKeysOf(heap, map);
            var slots = result.Block.AsSpan(result.Offset + 2, n);
            int i = 0;
            for (int j = 0; j < keys.Length; j++)
            {
                while (TermOrder.CompareExact(mk[i], keys[j]) != 0)
                    i++;
                slots[i] = values[j];
            }
            return result;
        }

        var (block, keysAt, valuesAt, made) = New(heap, n);
        MergeInto(block, keysAt, valuesAt, mk, mv, keys, values, keepKeysOfA: true);
        return made;
    }

    /// <summary>
    /// put_map_exact: <paramref name="map"/> with new values for keys it has. When a key is
    /// missing, returns false with the first missing key in key order (as erl reports it).
    /// <paramref name="keys"/> and <paramref name="values"/> are reordered in place.
    /// </summary>
    public static bool TryUpdateAll(Heap heap, Term map, Span<Term> keys, Span<Term> values, out Term result)
    {
        int count = SortPairs(keys, values);
        if (!IsFlat(map))
        {
            result = map;
            for (int k = 0; k < count; k++)
            {
                var updated = HashMap.Insert(heap.Allocator, result, keys[k], values[k], HashPut.Update);
                if (updated.IsNonValue)
                {
                    result = keys[k];
                    return false;
                }
                result = updated;
            }
            return true;
        }
        var mk = FlatKeys(map);
        int[]? positions = count <= 64 ? null : new int[count];
        Span<int> at = positions ?? stackalloc int[count];
        int i = 0;
        for (int j = 0; j < count; j++)
        {
            int c = -1;
            while (i < mk.Length && (c = TermOrder.CompareExact(mk[i], keys[j])) < 0)
                i++;
            if (c != 0)
            {
                result = keys[j];
                return false;
            }
            at[j] = i;
        }

        result = WithKeysOf(heap, map);
        for (int j = 0; j < count; j++)
            result.Block[result.Offset + 2 + at[j]] = values[j];
        return true;
    }

    /// <summary>A map from unsorted pairs; later pairs win. The spans are reordered in place.</summary>
    public static Term FromPairs(Heap heap, Span<Term> keys, Span<Term> values)
    {
        if (keys.Length > HashMap.FlatLimit)
            return HashMap.FromPairs(heap, keys, values);
        int count = SortPairs(keys, values);
        var (block, keysAt, valuesAt, made) = New(heap, count);
        keys[..count].CopyTo(block.AsSpan(keysAt));
        values[..count].CopyTo(block.AsSpan(valuesAt));
        return made;
    }

    /// <summary>
    /// Sorts the pairs by key in the exact term order, stably, and keeps only the last pair
    /// of each run of equal keys. Returns how many pairs remain (at the front).
    /// </summary>
    public static int SortPairs(Span<Term> keys, Span<Term> values)
    {
        int n = keys.Length;
        if (n <= 1)
            return n;
        if (n <= InsertionSortLimit)
        {
            for (int k = 1; k < n; k++)
            {
                var key = keys[k];
                var value = values[k];
                int j = k - 1;
                while (j >= 0 && TermOrder.CompareExact(keys[j], key) > 0)
                {
                    keys[j + 1] = keys[j];
                    values[j + 1] = values[j];
                    j--;
                }
                keys[j + 1] = key;
                values[j + 1] = value;
            }
        }
        else
        {
            var order = new int[n];
            for (int k = 0; k < n; k++)
                order[k] = k;
            var keyCopy = keys.ToArray();
            var valueCopy = values.ToArray();
            Array.Sort(order, (x, y) =>
            {
                int c = TermOrder.CompareExact(keyCopy[x], keyCopy[y]);
                return c != 0 ? c : x.CompareTo(y);
            });
            for (int k = 0; k < n; k++)
            {
                keys[k] = keyCopy[order[k]];
                values[k] = valueCopy[order[k]];
            }
        }

        // Keep the last of equal keys.
        int count = 0;
        for (int k = 0; k < n; k++)
        {
            if (k + 1 < n && TermOrder.CompareExact(keys[k], keys[k + 1]) == 0)
                continue;
            keys[count] = keys[k];
            values[count] = values[k];
            count++;
        }
        return count;
    }

    /// <summary>
    /// The position of <paramref name="key"/> among sorted <paramref name="keys"/>, or the
    /// bitwise complement of where it would go.
    /// </summary>
    private static int Search(ReadOnlySpan<Term> keys, Term key)
    {
        int lo = 0;
        int hi = keys.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = TermOrder.CompareExact(keys[mid], key);
            if (c == 0)
                return mid;
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return ~lo;
    }

    private static bool HasFloatZero(ReadOnlySpan<Term> keys)
    {
        foreach (var key in keys)
        {
            if (key.IsFloat && key.FloatValue == 0)
                return true;
        }
        return false;
    }

    // Small integers, atoms, [] and local pids, ports and references.
    private static bool IsImmediate(Term t) => t.Tag is > TermTag.Special and < TermTag.Cons;

    /// <summary>Keys in the union of two sorted, duplicate-free key runs.</summary>
    private static int MergedCount(ReadOnlySpan<Term> a, ReadOnlySpan<Term> b)
    {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.Length && j < b.Length)
        {
            int c = TermOrder.CompareExact(a[i], b[j]);
            if (c <= 0)
                i++;
            if (c >= 0)
                j++;
            n++;
        }
        return n + (a.Length - i) + (b.Length - j);
    }

    /// <summary>
    /// Writes the union of two sorted runs; on equal keys the value from b wins, and the key
    /// from a when <paramref name="keepKeysOfA"/> (map update) or from b (maps:merge/2): they
    /// differ only for 0.0 and -0.0, which are one key in OTP 25.
    /// </summary>
    private static void MergeInto(Term[] block, int keysAt, int valuesAt,
        ReadOnlySpan<Term> ak, ReadOnlySpan<Term> av, ReadOnlySpan<Term> bk, ReadOnlySpan<Term> bv, bool keepKeysOfA)
    {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ak.Length && j < bk.Length)
        {
            int c = TermOrder.CompareExact(ak[i], bk[j]);
            if (c < 0)
            {
                block[keysAt + n] = ak[i];
                block[valuesAt + n] = av[i++];
            }
            else
            {
                block[keysAt + n] = c == 0 && keepKeysOfA ? ak[i] : bk[j];
                if (c == 0)
                    i++;
                block[valuesAt + n] = bv[j++];
            }
            n++;
        }

        for (; i < ak.Length; i++, n++)
        {
            block[keysAt + n] = ak[i];
            block[valuesAt + n] = av[i];
        }

        for (; j < bk.Length; j++, n++)
        {
            block[keysAt + n] = bk[j];
            block[valuesAt + n] = bv[j];
        }
    }

    /// <summary>A copy of <paramref name="map"/> sharing its keys tuple; the caller changes values.</summary>
    private static Term WithKeysOf(Heap heap, Term map)
    {
        int n = FlatSize(map);
        var (block, at) = heap.Allocate(2 + n);
        block[at] = Term.Special(SpecialKind.MapHeader, (ulong)n);
        block[at + 1] = KeysTuple(map);
        FlatValues(map).CopyTo(block.AsSpan(at + 2));
        return Term.Pointer(TermTag.Map, block, at);
    }

    /// <summary>
    /// Space for a map of <paramref name="n"/> keys with its own keys tuple: the caller fills
    /// the keys (sorted) at <c>KeysAt</c> and the values at <c>ValuesAt</c>.
    /// </summary>
    private static (Term[] Block, int KeysAt, int ValuesAt, Term Map) New(Heap heap, int n)
    {
        var (block, at) = heap.Allocate(Words(n));
        block[at] = Term.Special(SpecialKind.TupleHeader, (ulong)n);
        int map = at + 1 + n;
        block[map] = Term.Special(SpecialKind.MapHeader, (ulong)n);
        block[map + 1] = Term.Pointer(TermTag.Tuple, block, at);
        return (block, at + 1, map + 2, Term.Pointer(TermTag.Map, block, map));
    }
}
