using System.Buffers.Binary;
using System.Numerics;
using Enigma.Runtime.Bifs;
using Enigma.Runtime.Memory;

namespace Enigma.Runtime.Terms;

/// <summary>Where hash trie nodes are written: a process heap, or a literal block.</summary>
internal delegate (Term[] Block, int Offset) TermAllocator(int words);

/// <summary>What <see cref="HashMap.Insert"/> does with a key the map already has, or lacks.</summary>
internal enum HashPut
{
    /// <summary>maps:put: add the key or replace its value.</summary>
    Put,

    /// <summary>maps:update: replace the value; a missing key is an error.</summary>
    Update,

    /// <summary>Add the key only when it is missing (a merge where the map's own values win).</summary>
    IfAbsent,
}

/// <summary>
/// Maps above 32 keys, laid out as erl 25 lays them out (erl_map.c): a hash array mapped
/// trie whose shape follows each key's <see cref="InternalHash.MapHash"/>, four bits per
/// level from the low end. Every order erl shows for such a map (iteration, printing,
/// term_to_binary) is the order of the trie's leaves, so the same shape gives the same
/// orders.
/// </summary>
/// <remarks>
/// Nodes are heap objects reached by <see cref="TermTag.Map"/> pointers:
/// <c>[HashHead(size &lt;&lt; 16 | bitmap)] [child]...</c> for the root and
/// <c>[HashNode(bitmap)] [child]...</c> below it, one child per bit set in the 16-bit
/// bitmap, in bit order. A child is a leaf, the cons cell <c>[Key | Value]</c>, or a
/// pointer to an inner node. As in erl, a node holds a leaf as high as its hash bits are
/// unique, and a map of at most 32 keys is always flat (<see cref="Maps"/>).
/// </remarks>
internal static class HashMap
{
    /// <summary>erl's MAP_SMALL_MAP_LIMIT: above this many keys a map is a trie.</summary>
    public const int FlatLimit = 32;

    private const int BitmapBits = 16;
    private const uint FullBitmap = 0xFFFF;

    public static bool IsHashMap(Term map) => map.Block[map.Offset].SpecialKind == SpecialKind.HashHead;

    public static int Size(Term map) => (int)(map.Block[map.Offset].SpecialPayload >> BitmapBits);

    public static uint Bitmap(Term header) => (uint)header.SpecialPayload & FullBitmap;

    public static int ChildCount(Term header) => BitOperations.PopCount(Bitmap(header));

    public static bool TryGet(Term map, Term key, out Term value)
    {
        var path = new HashPath(key, 0);
        var node = map;
        while (true)
        {
            uint bitmap = Bitmap(node.Block[node.Offset]);
            uint bit = 1u << path.Index;
            if ((bitmap & bit) == 0)
                break;
            var child = node.Block[node.Offset + 1 + BitOperations.PopCount(bitmap & (bit - 1))];
            if (child.IsCons)
            {
                if (!TermOrder.ExactlyEqual(child.Head, key))
                    break;
                value = child.Tail;
                return true;
            }
            node = child;
            path.Next();
        }
        value = default;
        return false;
    }

    /// <summary>
    /// <paramref name="map"/> with <paramref name="key"/> set as <paramref name="mode"/> says:
    /// the same map when nothing changes, <see cref="Term.NonValue"/> when an update finds no key.
    /// </summary>
    public static Term Insert(TermAllocator alloc, Term map, Term key, Term value, HashPut mode)
    {
        var path = new HashPath(key, 0);
        int grown = 0;
        return InsertInto(alloc, map, ref path, key, value, mode, ref grown);
    }

    private static Term InsertInto(TermAllocator alloc, Term node, ref HashPath path, Term key, Term value, HashPut mode, ref int grown)
    {
        uint bitmap = Bitmap(node.Block[node.Offset]);
        uint bit = 1u << path.Index;
        int slot = BitOperations.PopCount(bitmap & (bit - 1));
        Term child;
        if ((bitmap & bit) == 0)
        {
            if (mode == HashPut.Update)
                return Term.NonValue;
            grown = 1;
            return CopyNode(alloc, node, bit, slot, Leaf(alloc, key, value), grown);
        }

        var old = node.Block[node.Offset + 1 + slot];
        if (old.IsCons)
        {
            if (TermOrder.ExactlyEqual(old.Head, key))
            {
                if (mode == HashPut.IfAbsent)
                    return node;
                child = Leaf(alloc, key, value);
            }
            else
            {
                if (mode == HashPut.Update)
                    return Term.NonValue;
                grown = 1;
                path.Next();
                child = Split(alloc, old, new HashPath(old.Head, path.Level), Leaf(alloc, key, value), path);
            }
        }
        else
        {
            path.Next();
            child = InsertInto(alloc, old, ref path, key, value, mode, ref grown);
            if (child.IsNonValue)
                return child;
            if (child.IsSameAs(old))
                return node; // nothing changed below
        }
        return CopyNode(alloc, node, 0, slot, child, grown);
    }

    /// <summary>A node holding two leaves whose hashes agree up to <paramref name="a"/>'s level, with one node per level they still agree.</summary>
    private static Term Split(TermAllocator alloc, Term leafA, HashPath a, Term leafB, HashPath b)
    {
        int ia = a.Index;
        int ib = b.Index;
        if (ia == ib)
        {
            a.Next();
            b.Next();
            var inner = Split(alloc, leafA, a, leafB, b);
            var (block, at) = NewNode(alloc, Term.Special(SpecialKind.HashNode, 1u << ia), 1);
            block[at + 1] = inner;
            return Term.Pointer(TermTag.Map, block, at);
        }
        var (node, offset) = NewNode(alloc, Term.Special(SpecialKind.HashNode, (1u << ia) | (1u << ib)), 2);
        node[offset + 1] = ia < ib ? leafA : leafB;
        node[offset + 2] = ia < ib ? leafB : leafA;
        return Term.Pointer(TermTag.Map, node, offset);
    }

    /// <summary>
    /// The map without <paramref name="key"/> (flat once 32 keys remain, as erl's
    /// hashmap_delete makes it), or the same map when the key is missing.
    /// </summary>
    public static Term Remove(Heap heap, Term map, Term key, out Term value)
    {
        var path = new HashPath(key, 0);
        var result = RemoveFrom(heap.Allocator, map, ref path, key, out value, out bool found);
        if (!found)
            return map;
        if (Size(map) - 1 > FlatLimit)
            return result;

        int n = Size(map) - 1;
        var keys = new Term[n];
        var values = new Term[n];
        int k = 0;
        for (var leaves = new HashMapCursor(map); !leaves.Done; leaves.Advance())
        {
            if (TermOrder.ExactlyEqual(leaves.Leaf.Head, key))
                continue;
            keys[k] = leaves.Leaf.Head;
            values[k++] = leaves.Leaf.Tail;
        }
        return Maps.FromPairs(heap, keys, values);
    }

    /// <summary>
    /// The node without the key: a smaller node, the one leaf or node left in its place, or
    /// <see cref="Term.NonValue"/> when nothing is left. Single-leaf nodes fold into their parent.
    /// </summary>
    private static Term RemoveFrom(TermAllocator alloc, Term node, ref HashPath path, Term key, out Term value, out bool found)
    {
        var header = node.Block[node.Offset];
        uint bitmap = Bitmap(header);
        uint bit = 1u << path.Index;
        int slot = BitOperations.PopCount(bitmap & (bit - 1));
        value = default;
        found = false;
        if ((bitmap & bit) == 0)
            return node;

        var child = node.Block[node.Offset + 1 + slot];
        Term rest;
        if (child.IsCons)
        {
            if (!TermOrder.ExactlyEqual(child.Head, key))
                return node;
            found = true;
            value = child.Tail;
            rest = Term.NonValue;
        }
        else
        {
            path.Next();
            rest = RemoveFrom(alloc, child, ref path, key, out value, out found);
            if (!found)
                return node;
        }

        int n = BitOperations.PopCount(bitmap);
        if (header.SpecialKind == SpecialKind.HashHead)
            return rest.IsNonValue ? WithoutChild(alloc, node, bit, slot, -1) : CopyNode(alloc, node, 0, slot, rest, -1);
        if (rest.IsNonValue)
        {
            if (n == 1)
                return rest;
            if (n == 2)
            {
                var other = node.Block[node.Offset + 2 - slot];
                if (other.IsCons)
                    return other;
            }
            return WithoutChild(alloc, node, bit, slot, 0);
        }
        return rest.IsCons && n == 1 ? rest : CopyNode(alloc, node, 0, slot, rest, 0);
    }

    // ---- building a whole trie ----

    /// <summary>
    /// A map of the pairs, later pairs winning: a trie, or a flat map when at most 32 keys
    /// remain (as erl's maps:from_list/1 builds it).
    /// </summary>
    public static Term FromPairs(Heap heap, ReadOnlySpan<Term> keys, ReadOnlySpan<Term> values)
    {
        var alloc = heap.Allocator;
        var leaves = new Term[keys.Length];
        for (int k = 0; k < leaves.Length; k++)
            leaves[k] = Leaf(alloc, keys[k], values[k]);
        int n = SortLeaves(leaves, rejectDuplicates: false, out var hashes);
        if (n > FlatLimit)
            return Build(alloc, leaves.AsSpan(0, n), hashes.AsSpan(0, n));
        var flatKeys = new Term[n];
        var flatValues = new Term[n];
        for (int k = 0; k < n; k++)
        {
            flatKeys[k] = leaves[k].Head;
            flatValues[k] = leaves[k].Tail;
        }
        return Maps.FromPairs(heap, flatKeys, flatValues);
    }

    /// <summary>
    /// A trie over leaf cells already written (binary_to_term, literals), or
    /// <see cref="Term.NonValue"/> when two leaves have the same key.
    /// </summary>
    public static Term FromLeaves(TermAllocator alloc, Term[] leaves)
    {
        int n = SortLeaves(leaves, rejectDuplicates: true, out var hashes);
        return n < 0 ? Term.NonValue : Build(alloc, leaves, hashes);
    }

    /// <summary>
    /// Sorts leaves into trie order and keeps the last of each run of equal keys. Returns how
    /// many remain (at the front), or -1 for a duplicate key when duplicates are rejected.
    /// </summary>
    private static int SortLeaves(Term[] leaves, bool rejectDuplicates, out uint[] hashes)
    {
        int n = leaves.Length;
        var order = new int[n];
        var sortKeys = new uint[n];
        for (int k = 0; k < n; k++)
        {
            order[k] = k;
            sortKeys[k] = TrieOrder(InternalHash.MapHash(leaves[k].Head, 0));
        }
        var source = (Term[])leaves.Clone();
        Array.Sort(order, (x, y) =>
        {
            int c = sortKeys[x].CompareTo(sortKeys[y]);
            if (c != 0)
                return c;
            return TermOrder.ExactlyEqual(source[x].Head, source[y].Head) ? x.CompareTo(y) : DeepCompare(source[x].Head, source[y].Head);
        });

        hashes = new uint[n];
        int kept = 0;
        for (int k = 0; k < n; k++)
        {
            int i = order[k];
            if (k + 1 < n && sortKeys[order[k + 1]] == sortKeys[i] && TermOrder.ExactlyEqual(source[order[k + 1]].Head, source[i].Head))
            {
                if (rejectDuplicates)
                    return -1;
                continue;
            }
            leaves[kept] = source[i];
            hashes[kept++] = InternalHash.MapHash(source[i].Head, 0);
        }
        return kept;
    }

    /// <summary>Trie order of two different keys whose first 32 hash bits agree: by the salted hashes of deeper levels.</summary>
    private static int DeepCompare(Term a, Term b)
    {
        for (int depth = 1; ; depth++)
        {
            int c = TrieOrder(InternalHash.MapHash(a, depth)).CompareTo(TrieOrder(InternalHash.MapHash(b, depth)));
            if (c != 0)
                return c;
        }
    }

    /// <summary>The hash with its four-bit groups reversed: the trie visits keys in the numeric order of this.</summary>
    private static uint TrieOrder(uint hash)
    {
        uint bytes = BinaryPrimitives.ReverseEndianness(hash);
        return ((bytes & 0x0F0F0F0F) << 4) | ((bytes >> 4) & 0x0F0F0F0F);
    }

    private static Term Build(TermAllocator alloc, ReadOnlySpan<Term> leaves, Span<uint> hashes) =>
        BuildNode(alloc, leaves, hashes, 0, Term.Special(SpecialKind.HashHead, (ulong)leaves.Length << BitmapBits));

    /// <summary>
    /// The node for leaves in trie order that agree on every level above <paramref name="level"/>:
    /// one child per distinct hash digit at this level, a leaf where it is alone.
    /// </summary>
    private static Term BuildNode(TermAllocator alloc, ReadOnlySpan<Term> leaves, Span<uint> hashes, int level, Term header)
    {
        if (level > 0 && (level & 7) == 0)
        {
            for (int k = 0; k < leaves.Length; k++)
                hashes[k] = InternalHash.MapHash(leaves[k].Head, level >> 3);
        }
        int shift = 4 * (level & 7);
        uint bitmap = 0;
        foreach (uint h in hashes)
            bitmap |= 1u << (int)((h >> shift) & 0xF);

        var (block, at) = NewNode(alloc, Term.Special(header.SpecialKind, header.SpecialPayload | bitmap), BitOperations.PopCount(bitmap));
        int slot = at + 1;
        for (int lo = 0; lo < leaves.Length;)
        {
            uint digit = (hashes[lo] >> shift) & 0xF;
            int hi = lo + 1;
            while (hi < leaves.Length && ((hashes[hi] >> shift) & 0xF) == digit)
                hi++;
            block[slot++] = hi - lo == 1
                ? leaves[lo]
                : BuildNode(alloc, leaves[lo..hi], hashes[lo..hi], level + 1, Term.Special(SpecialKind.HashNode, 0));
            lo = hi;
        }
        return Term.Pointer(TermTag.Map, block, at);
    }

    // ---- nodes ----

    private static Term Leaf(TermAllocator alloc, Term key, Term value)
    {
        var (block, at) = alloc(2);
        block[at] = key;
        block[at + 1] = value;
        return Term.Pointer(TermTag.Cons, block, at);
    }

    private static (Term[] Block, int Offset) NewNode(TermAllocator alloc, Term header, int children)
    {
        var (block, at) = alloc(1 + children);
        block[at] = header;
        return (block, at);
    }

    /// <summary>
    /// A copy of <paramref name="node"/> with <paramref name="child"/> at <paramref name="slot"/>:
    /// inserted there when <paramref name="newBit"/> is set, else replacing the child there.
    /// A root's size changes by <paramref name="sizeChange"/>.
    /// </summary>
    private static Term CopyNode(TermAllocator alloc, Term node, uint newBit, int slot, Term child, int sizeChange)
    {
        var header = node.Block[node.Offset];
        int n = ChildCount(header);
        var (block, at) = NewNode(alloc, Reheader(header, Bitmap(header) | newBit, sizeChange), newBit == 0 ? n : n + 1);
        var children = node.Block.AsSpan(node.Offset + 1, n);
        children[..slot].CopyTo(block.AsSpan(at + 1));
        block[at + 1 + slot] = child;
        children[(newBit == 0 ? slot + 1 : slot)..].CopyTo(block.AsSpan(at + 2 + slot));
        return Term.Pointer(TermTag.Map, block, at);
    }

    private static Term WithoutChild(TermAllocator alloc, Term node, uint bit, int slot, int sizeChange)
    {
        var header = node.Block[node.Offset];
        int n = ChildCount(header);
        var (block, at) = NewNode(alloc, Reheader(header, Bitmap(header) & ~bit, sizeChange), n - 1);
        var children = node.Block.AsSpan(node.Offset + 1, n);
        children[..slot].CopyTo(block.AsSpan(at + 1));
        children[(slot + 1)..].CopyTo(block.AsSpan(at + 1 + slot));
        return Term.Pointer(TermTag.Map, block, at);
    }

    private static Term Reheader(Term header, uint bitmap, int sizeChange)
    {
        if (header.SpecialKind != SpecialKind.HashHead)
            return Term.Special(SpecialKind.HashNode, bitmap);
        ulong size = (ulong)((long)(header.SpecialPayload >> BitmapBits) + sizeChange);
        return Term.Special(SpecialKind.HashHead, (size << BitmapBits) | bitmap);
    }
}

/// <summary>
/// The four hash bits that pick a key's child at each trie level, from the low end of its
/// <see cref="InternalHash.MapHash"/>; every eighth level takes a newly salted hash
/// (erl's hashmap_shift_hash and hashmap_restore_hash).
/// </summary>
internal struct HashPath
{
    private readonly Term _key;
    private uint _bits;

    public HashPath(Term key, int level)
    {
        _key = key;
        Level = level;
        _bits = InternalHash.MapHash(key, level >> 3) >> (4 * (level & 7));
    }

    public int Level { get; private set; }

    public readonly int Index => (int)(_bits & 0xF);

    public void Next()
    {
        Level++;
        _bits = (Level & 7) != 0 ? _bits >> 4 : InternalHash.MapHash(_key, Level >> 3);
    }
}
