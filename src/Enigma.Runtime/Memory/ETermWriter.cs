using Enigma.Beam.Etf;
using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Memory;

/// <summary>
/// Writes <see cref="ETerm"/>s into a region sized by <see cref="SizeOf"/>: the one
/// builder behind a module's literal area and binary_to_term. Iterative: a compound
/// term gets its cells at once and its compound children wait on an explicit stack.
/// A map above 32 keys gets its leaves and room for its trie's root in the region; the
/// inner nodes, whose number only the keys' hashes tell, go to <paramref name="nodes"/>.
/// </summary>
internal sealed class ETermWriter(Term[] block, int start, Func<Term, Term, int, Export> resolveExport, TermAllocator nodes)
{
    /// <summary>Words reserved for a trie's root: its header and at most 16 children.</summary>
    private const int RootWords = 17;

    private const uint MaxPidNumber = (1u << 15) - 1;
    private const uint MaxPidSerial = (1u << 13) - 1;
    private const ulong MaxPortNumber = (1ul << 28) - 1;
    private const uint MaxRefFirstWord = (1u << 18) - 1;
    private const int RefThirdWordBits = 9; // 18 + 32 + 9 bits fit an immediate's id

    // Maps to finish once their keys are written: map offset, first leaf offset (-1 when flat), pairs.
    private readonly List<(int Map, int Leaves, int Count)> _maps = [];
    private TermStack<(ETerm Term, int Slot)> _pending = new(16);
    private int _hp = start;

    /// <summary>Next free word of the region.</summary>
    public int Top => _hp;

    /// <summary>Words <paramref name="term"/> takes on a heap.</summary>
    public static long SizeOf(ETerm term)
    {
        long words = 0;
        var pending = new TermStack<ETerm>(16);
        pending.Push(term);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case EFloat:
                    words += 2;
                    break;
                case ETuple t:
                    words += 1 + t.Elements.Length;
                    PushAll(ref pending, t.Elements);
                    break;
                case EList l:
                    words += 2L * l.Elements.Length;
                    PushAll(ref pending, l.Elements);
                    pending.Push(l.Tail);
                    break;
                case EMap m:
                    // Flat: the keys tuple, then header, keys pointer, values. A trie: its
                    // root, then a [Key | Value] cell per pair.
                    words += m.Pairs.Length > HashMap.FlatLimit ? RootWords + 2L * m.Pairs.Length : 3 + 2L * m.Pairs.Length;
                    foreach (var pair in m.Pairs)
                    {
                        pending.Push(pair.Key);
                        pending.Push(pair.Value);
                    }
                    break;
                case EFun f:
                    words += 2 + f.FreeVars.Length;
                    PushAll(ref pending, f.FreeVars);
                    break;
            }
        }
        return words;
    }

    private static void PushAll(ref TermStack<ETerm> pending, ETerm[] terms)
    {
        foreach (var t in terms)
        {
            if (t is ETuple or EList or EMap or EFun or EFloat)
                pending.Push(t);
        }
    }

    public Term Write(ETerm term)
    {
        var result = Place(term);
        while (_pending.Count > 0)
        {
            var (child, slot) = _pending.Pop();
            block[slot] = Place(child);
        }
        FinishMaps();
        return result;
    }

    /// <summary>An immediate or off-heap term, or the cells of a compound one (its children queued).</summary>
    private Term Place(ETerm e)
    {
        switch (e)
        {
            case EInteger i:
                return Term.Integer(i.Value);
            case EAtom a:
                return Atom(a);
            case ENil:
                return Term.Nil;
            case EFloat f:
            {
                int at = Take(2);
                Heap.WriteFloat(block, at, f.Value);
                return Term.Pointer(TermTag.Float, block, at);
            }
            case ETuple t:
            {
                int at = Take(1 + t.Elements.Length);
                block[at] = Term.Special(SpecialKind.TupleHeader, (ulong)t.Elements.Length);
                Children(t.Elements, at + 1);
                return Term.Pointer(TermTag.Tuple, block, at);
            }
            case EList l:
            {
                int n = l.Elements.Length;
                int at = Take(2 * n);
                for (int k = 0; k < n - 1; k++)
                    block[at + 2 * k + 1] = Term.Pointer(TermTag.Cons, block, at + 2 * k + 2);
                Children(l.Elements, at, stride: 2);
                Child(l.Tail, at + 2 * n - 1);
                return Term.Pointer(TermTag.Cons, block, at);
            }
            case EMap m:
                return PlaceMap(m);
            case EFun f:
            {
                // A closure whose lambda word is the EFun itself, until code resolves it.
                int at = Take(2 + f.FreeVars.Length);
                block[at] = Term.Special(SpecialKind.FunHeader, (ulong)f.FreeVars.Length);
                block[at + 1] = new Term(0, f);
                Children(f.FreeVars, at + 2);
                return Term.Pointer(TermTag.Fun, block, at);
            }
            case EBitstring b:
                return Term.Bitstring(new Bitstring(b.Bytes, 0, b.BitSize));
            case EPid p:
                return Pid(p);
            case EPort p:
                return Port(p);
            case ERef r:
                return Ref(r);
            case EExport x:
                return Term.Other(new ExportFun(resolveExport(Atom(x.Module), Atom(x.Function), x.Arity)));
            default:
                throw new ArgumentException($"unknown term type {e.GetType().Name}", nameof(e));
        }
    }

    /// <summary>
    /// Keys tuple then map, in the pairs' order, sorted once every map inside is built; or
    /// for a trie, the root's room and the leaves, the trie built then too.
    /// </summary>
    private Term PlaceMap(EMap m)
    {
        var pairs = m.Pairs;
        int n = pairs.Length;
        if (n > HashMap.FlatLimit)
        {
            int root = Take(RootWords);
            int leaves = Take(2 * n);
            for (int k = 0; k < n; k++)
            {
                Child(pairs[k].Key, leaves + 2 * k);
                Child(pairs[k].Value, leaves + 2 * k + 1);
            }
            _maps.Add((root, leaves, n));
            return Term.Pointer(TermTag.Map, block, root);
        }

        int keys = Take(1 + n);
        int map = Take(2 + n);
        block[keys] = Term.Special(SpecialKind.TupleHeader, (ulong)n);
        block[map] = Term.Special(SpecialKind.MapHeader, (ulong)n);
        block[map + 1] = Term.Pointer(TermTag.Tuple, block, keys);
        for (int k = 0; k < n; k++)
        {
            Child(pairs[k].Key, keys + 1 + k);
            Child(pairs[k].Value, map + 2 + k);
        }
        if (n > 1)
            _maps.Add((map, -1, n));
        return Term.Pointer(TermTag.Map, block, map);
    }

    private void Children(ETerm[] elements, int first, int stride = 1)
    {
        for (int k = 0; k < elements.Length; k++)
            Child(elements[k], first + k * stride);
    }

    private void Child(ETerm e, int slot)
    {
        if (e is ETuple or EList or EMap or EFun)
            _pending.Push((e, slot));
        else
            block[slot] = Place(e);
    }

    private int Take(int words)
    {
        int at = _hp;
        _hp += words;
        return at;
    }

    /// <summary>
    /// Puts each flat map's keys in the exact term order, values alongside, and builds each
    /// trie. A map is placed before the maps inside it, so going in reverse finishes inner
    /// maps (which may be keys of outer ones, sorted or hashed) first. erl writes small maps
    /// sorted; check before sorting.
    /// </summary>
    private void FinishMaps()
    {
        for (int m = _maps.Count - 1; m >= 0; m--)
        {
            var (map, leaves, n) = _maps[m];
            if (leaves >= 0)
            {
                BuildTrie(map, leaves, n);
                continue;
            }
            int keys = block[map + 1].Offset + 1;
            var keySpan = block.AsSpan(keys, n);
            if (!StrictlyAscending(keySpan))
            {
                var sortedKeys = keySpan.ToArray();
                var values = block.AsSpan(map + 2, n).ToArray();
                Array.Sort(sortedKeys, values, Comparer<Term>.Create(TermOrder.CompareExact));
                sortedKeys.CopyTo(keySpan);
                values.CopyTo(block.AsSpan(map + 2, n));
                if (!StrictlyAscending(keySpan))
                    throw new InvalidTermException("a map has the same key twice");
            }
        }
        _maps.Clear();
    }

    /// <summary>Builds a trie over the leaves and copies its root into the room at <paramref name="root"/>; a tuple of [] fills what the root leaves free.</summary>
    private void BuildTrie(int root, int leaves, int n)
    {
        var cells = new Term[n];
        for (int k = 0; k < n; k++)
            cells[k] = Term.Pointer(TermTag.Cons, block, leaves + 2 * k);
        var trie = HashMap.FromLeaves(nodes, cells);
        if (trie.IsNonValue)
            throw new InvalidTermException("a map has the same key twice");
        int words = HeapLayout.ObjectWords(TermTag.Map, trie.Block[trie.Offset]);
        trie.Block.AsSpan(trie.Offset, words).CopyTo(block.AsSpan(root));
        int filler = RootWords - words;
        if (filler > 0)
        {
            block[root + words] = Term.Special(SpecialKind.TupleHeader, (ulong)(filler - 1));
            block.AsSpan(root + words + 1, filler - 1).Fill(Term.Nil);
        }
    }

    private static bool StrictlyAscending(ReadOnlySpan<Term> keys)
    {
        for (int k = 1; k < keys.Length; k++)
        {
            if (TermOrder.CompareExact(keys[k - 1], keys[k]) >= 0)
                return false;
        }
        return true;
    }

    private static Term Atom(EAtom a) => Atoms.TryIntern(a.Name) ?? throw new AtomTableFullException(a.Name);

    private static bool IsLocal(EAtom node, uint creation) => creation == 0 && node.Name == TermReader.LocalNodeName;

    private static Term Pid(EPid p)
    {
        if (!IsLocal(p.Node, p.Creation))
            return Term.Other(p);
        if (p.Id > MaxPidNumber || p.Serial > MaxPidSerial)
            throw new InvalidTermException($"local pid <0.{p.Id}.{p.Serial}> is out of range");
        return Term.Pid(((long)p.Serial << TermReader.PidNumberBits) | p.Id);
    }

    private static Term Port(EPort p)
    {
        if (!IsLocal(p.Node, p.Creation))
            return Term.Other(p);
        if (p.Id > MaxPortNumber)
            throw new InvalidTermException($"local port #{p.Id} is out of range");
        return Term.Port((long)p.Id);
    }

    /// <summary>A local ref with erl's words (18, 32, then 32 bits) is an immediate when its third word is small.</summary>
    private static Term Ref(ERef r)
    {
        if (!IsLocal(r.Node, r.Creation))
            return Term.Other(r);
        var ids = r.Ids;
        if (ids.Length > 3 || ids[0] > MaxRefFirstWord)
            throw new InvalidTermException("a local reference has more than 3 words or more than 18 bits in its first");
        uint w1 = ids.Length > 1 ? ids[1] : 0;
        uint w2 = ids.Length > 2 ? ids[2] : 0;
        if (w2 >> RefThirdWordBits != 0)
            return Term.Other(r);
        return Term.Ref(ids[0] | ((long)w1 << TermReader.RefFirstWordBits) | ((long)w2 << (TermReader.RefFirstWordBits + 32)));
    }
}
