using System.Runtime.CompilerServices;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// The process dictionary: put/2, get/0,1, get_keys/0,1, erase/0,1. Values live in the
/// process's <see cref="ProcessDictionary"/>; the order get/0, get_keys/0,1 and erase/0
/// list them in is erl's, from a model of erts' linear hash table (erl_process_dict.c) kept
/// beside it (<see cref="ErlOrder"/>).
/// </summary>
internal static class DictionaryBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "put", 2, Put),
        new("erlang", "get", 1, (p, a) => p.HasDictionary && p.Dictionary.Get(a[0]) is { } v ? v : Atoms.Undefined),
        new("erlang", "get", 0, (p, _) => List(p, (k, v) => p.Heap.Tuple([k, v]))),
        new("erlang", "get_keys", 0, (p, _) => List(p, (k, _) => k)),
        new("erlang", "get_keys", 1, GetKeys),
        new("erlang", "erase", 0, EraseAll),
        new("erlang", "erase", 1, Erase),
    ];

    private static readonly ConditionalWeakTable<Process, ErlOrder> Orders = new();

    private static Term Put(Process p, ReadOnlySpan<Term> a)
    {
        var dictionary = p.Dictionary;
        var order = OrderOf(p);
        var slot = order.Find(dictionary, a[0]);
        var old = dictionary.Put(a[0], a[1]);
        if (old is null)
            order.PutNew(dictionary.Slots.Length - 2, Hx(a[0]));
        else if (slot >= 0 && !IsImmediate(a[1]))
            order.MoveToFront(slot, Hx(a[0]));
        return old ?? Atoms.Undefined;
    }

    private static Term GetKeys(Process p, ReadOnlySpan<Term> a)
    {
        var value = a[0];
        return List(p, (k, v) => TermOrder.ExactlyEqual(v, value) ? k : null);
    }

    private static Term Erase(Process p, ReadOnlySpan<Term> a)
    {
        if (!p.HasDictionary)
            return Atoms.Undefined;
        var dictionary = p.Dictionary;
        var order = OrderOf(p);
        var slot = order.Find(dictionary, a[0]);
        var old = dictionary.Erase(a[0]);
        order.Erase(slot, Hx(a[0]));
        return old ?? Atoms.Undefined;
    }

    private static Term EraseAll(Process p, ReadOnlySpan<Term> a)
    {
        var all = List(p, (k, v) => p.Heap.Tuple([k, v]));
        if (p.HasDictionary)
        {
            var dictionary = p.Dictionary;
            foreach (var (key, _) in dictionary.Entries().ToList())
                dictionary.Erase(key);
            OrderOf(p).Clear();
        }
        return all;
    }

    /// <summary>The entries in erl's order, each made into an element (null: left out).</summary>
    private static Term List(Process p, Func<Term, Term, Term?> element)
    {
        if (!p.HasDictionary)
            return Term.Nil;
        var dictionary = p.Dictionary;
        var slots = dictionary.Slots.Span;
        var result = Term.Nil;
        foreach (var slot in OrderOf(p).Traverse(dictionary))
        {
            if (element(slots[slot], slots[slot + 1]) is { } e)
                result = p.Heap.Cons(e, result);
        }
        return result;
    }

    private static ErlOrder OrderOf(Process p) => Orders.GetValue(p, _ => new ErlOrder());

    /// <summary>erts' MAKE_HASH: a small hashes as its value, an atom as its index, anything else by make_internal_hash.</summary>
    private static uint Hx(Term key) => key.Tag switch
    {
        TermTag.Small => unchecked((uint)key.SmallValue),
        TermTag.Atom => (uint)key.AtomIndex,
        _ => InternalHash.Hash(key),
    };

    /// <summary>erts updates an entry in place when the new value is an immediate; otherwise the entry moves.</summary>
    private static bool IsImmediate(Term t) => t.Tag is TermTag.Small or TermTag.Atom or TermTag.Nil or TermTag.Pid or TermTag.Port;

    /// <summary>
    /// Where erts would keep each key: its linear hash table of buckets (a bucket holds one
    /// entry, or a list where new entries go first), grown and shrunk as erts does. Buckets
    /// hold indexes into <see cref="ProcessDictionary.Slots"/>. An atom key hashes by its index,
    /// and our atom indexes are not erl's, so keys that are atoms (or hold atoms) come out in
    /// a different order than in erl; small integers, strings, binaries and floats match.
    /// </summary>
    private sealed class ErlOrder
    {
        private const int InitialSize = 8;

        private readonly List<List<int>?> _buckets = [];
        private bool _exists;
        private int _usedSlots;
        private int _sizeMask;
        private int _splitPosition;
        private int _count;
        private ProcessDictionary? _dictionary;

        public void Clear()
        {
            _buckets.Clear();
            _exists = false;
            _count = 0;
        }

        /// <summary>The slot of <paramref name="key"/>, or -1; first re-syncs with the dictionary if it changed behind our back.</summary>
        public int Find(ProcessDictionary dictionary, Term key)
        {
            Sync(dictionary);
            if (!_exists)
                return -1;
            var bucket = _buckets[Index(Hx(key))];
            if (bucket is null)
                return -1;
            var slots = dictionary.Slots.Span;
            foreach (var slot in bucket)
            {
                if (TermOrder.ExactlyEqual(slots[slot], key))
                    return slot;
            }
            return -1;
        }

        /// <summary>The slots in the order erts walks its table (get/0 conses them, so the list comes out reversed).</summary>
        public IEnumerable<int> Traverse(ProcessDictionary dictionary)
        {
            Sync(dictionary);
            var order = new List<int>(_count);
            for (int i = 0; i < _usedSlots && _exists; i++)
            {
                if (_buckets[i] is { } bucket)
                    order.AddRange(bucket);
            }
            return order;
        }

        public void PutNew(int slot, uint hx)
        {
            if (!_exists)
            {
                _exists = true;
                _usedSlots = InitialSize;
                _sizeMask = InitialSize * 2 - 1;
                _splitPosition = 0;
                _count = 0;
                _buckets.Clear();
                Ensure(InitialSize);
            }
            var ix = Index(hx);
            (_buckets[ix] ??= []).Insert(0, slot);
            _count++;
            if (_usedSlots <= _count)
                Grow();
        }

        /// <summary>put/2 of an existing key with a boxed value: erts makes a new {K, V} and puts it first in its bucket.</summary>
        public void MoveToFront(int slot, uint hx)
        {
            var bucket = _buckets[Index(hx)];
            if (bucket is null || bucket.Count < 2 || !bucket.Remove(slot))
                return;
            bucket.Insert(0, slot);
        }

        public void Erase(int slot, uint hx)
        {
            if (!_exists)
                return;
            if (slot >= 0)
            {
                var ix = Index(hx);
                var bucket = _buckets[ix];
                if (bucket is not null && bucket.Remove(slot))
                {
                    if (bucket.Count == 0)
                        _buckets[ix] = null;
                    _count--;
                }
            }
            // erts checks for shrinking after every erase/1, found or not.
            if (_usedSlots > InitialSize && _usedSlots / 2 > _count)
                Shrink();
        }

        private int Index(uint hx)
        {
            uint high = hx & (uint)_sizeMask;
            return high >= (uint)_usedSlots ? (int)(hx & ((uint)_sizeMask >> 1)) : (int)high;
        }

        private void Ensure(int size)
        {
            while (_buckets.Count < size)
                _buckets.Add(null);
        }

        private void Grow()
        {
            int steps = (_usedSlots / 4) & 0xF;
            if (steps == 0)
                steps = 1;
            Ensure(_usedSlots + steps);
            int homeSize = _usedSlots - _splitPosition;
            var slots = _dictionary!.Slots;
            for (int i = 0; i < steps; i++)
            {
                if (_splitPosition == homeSize)
                {
                    homeSize *= 2;
                    _sizeMask = homeSize * 2 - 1;
                    _splitPosition = 0;
                }
                int pos = _splitPosition;
                _splitPosition++;
                _usedSlots++;
                var bucket = _buckets[pos];
                if (bucket is { Count: 1 })
                {
                    if (Index(Hx(slots.Span[bucket[0]])) != pos)
                    {
                        _buckets[pos + homeSize] = bucket;
                        _buckets[pos] = null;
                    }
                    continue;
                }
                List<int>? stay = null, move = null;
                foreach (var slot in bucket ?? [])
                {
                    if (Index(Hx(slots.Span[slot])) == pos)
                        (stay ??= []).Insert(0, slot);
                    else
                        (move ??= []).Insert(0, slot);
                }
                _buckets[pos] = stay;
                _buckets[pos + homeSize] = move;
            }
        }

        private void Shrink()
        {
            int range = _usedSlots;
            int steps = range * 3 / 10;
            if (range - steps < InitialSize)
                steps = range - InitialSize;
            for (int i = 0; i < steps; i++)
            {
                if (_splitPosition == 0)
                {
                    _sizeMask = _usedSlots - 1;
                    _splitPosition = _usedSlots / 2;
                }
                _splitPosition--;
                var hi = _buckets[_usedSlots - 1];
                var lo = _buckets[_splitPosition];
                if (hi is not null)
                {
                    if (lo is null)
                    {
                        _buckets[_splitPosition] = hi;
                    }
                    else if (lo.Count == 1 || hi.Count == 1)
                    {
                        // [lo, hi], [lo | hi] or [hi | lo]: the single entry goes first, lo's when both are single.
                        var merged = lo.Count == 1 ? [lo[0], .. hi] : new List<int> { hi[0] };
                        if (lo.Count > 1)
                            merged.AddRange(lo);
                        _buckets[_splitPosition] = merged;
                    }
                    else
                    {
                        // Two lists: hi's entries are consed onto lo one by one.
                        var merged = new List<int>(hi.Count + lo.Count);
                        for (int k = hi.Count - 1; k >= 0; k--)
                            merged.Add(hi[k]);
                        merged.AddRange(lo);
                        _buckets[_splitPosition] = merged;
                    }
                }
                _usedSlots--;
                _buckets[_usedSlots] = null;
            }
        }

        /// <summary>
        /// Rebuilds the model when the dictionary changed without us (another BIF, a new
        /// dictionary): its live entries are put again in insertion order.
        /// </summary>
        private void Sync(ProcessDictionary dictionary)
        {
            if (ReferenceEquals(dictionary, _dictionary) && dictionary.Count == _count && (_exists || _count == 0))
                return;
            _dictionary = dictionary;
            Clear();
            var slots = dictionary.Slots;
            for (int slot = 0; slot < slots.Length; slot += 2)
            {
                var key = slots.Span[slot];
                if (!key.IsNonValue)
                    PutNew(slot, Hx(key));
            }
        }
    }
}
