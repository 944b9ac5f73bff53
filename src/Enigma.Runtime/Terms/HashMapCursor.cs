using System.Numerics;

namespace Enigma.Runtime.Terms;

/// <summary>
/// Walks the leaves (<c>[Key | Value]</c> cells) of a hash trie map in trie order, erl's
/// iteration order (hashmap_iterator_next), and knows the path of child indices to the
/// current leaf that erts_internal:map_next/3 hands out: the root's index in the lowest
/// four bits. Trie depth is small, so the level arrays stay small.
/// </summary>
internal struct HashMapCursor
{
    private Term[] _nodes;
    private int[] _indices;
    private int _depth;

    /// <summary>At the first leaf of <paramref name="map"/>, a trie map (never empty).</summary>
    public HashMapCursor(Term map)
    {
        _nodes = new Term[8];
        _indices = new int[8];
        Push(map, 0);
        DescendToLeaf();
    }

    public readonly bool Done => _depth == 0;

    /// <summary>The current leaf: Head is the key, Tail the value.</summary>
    public readonly Term Leaf => Child(_depth - 1);

    /// <summary>The path to the current leaf, as erts_internal:map_next/3 encodes it.</summary>
    public readonly BigInteger Path
    {
        get
        {
            var path = BigInteger.Zero;
            for (int level = _depth - 1; level >= 0; level--)
                path = (path << 4) | _indices[level];
            return path;
        }
    }

    /// <summary>
    /// A cursor at the leaf <paramref name="path"/> leads to (past its digits, the first
    /// child at each level); false when a digit names no child.
    /// </summary>
    public static bool TrySeek(Term map, BigInteger path, out HashMapCursor cursor)
    {
        cursor = new HashMapCursor { _nodes = new Term[8], _indices = new int[8] };
        var node = map;
        while (true)
        {
            int index = (int)(path & 0xF);
            path >>= 4;
            if (index >= HashMap.ChildCount(node.Block[node.Offset]))
                return false;
            cursor.Push(node, index);
            var child = cursor.Child(cursor._depth - 1);
            if (child.IsCons)
                return true;
            node = child;
        }
    }

    /// <summary>To the next leaf; <see cref="Done"/> after the last.</summary>
    public void Advance()
    {
        while (_depth > 0)
        {
            var node = _nodes[_depth - 1];
            if (++_indices[_depth - 1] < HashMap.ChildCount(node.Block[node.Offset]))
            {
                DescendToLeaf();
                return;
            }
            _depth--;
        }
    }

    private readonly Term Child(int level)
    {
        var node = _nodes[level];
        return node.Block[node.Offset + 1 + _indices[level]];
    }

    private void DescendToLeaf()
    {
        for (var child = Child(_depth - 1); !child.IsCons; child = Child(_depth - 1))
            Push(child, 0);
    }

    private void Push(Term node, int index)
    {
        if (_depth == _nodes.Length)
        {
            Array.Resize(ref _nodes, _depth * 2);
            Array.Resize(ref _indices, _depth * 2);
        }
        _nodes[_depth] = node;
        _indices[_depth++] = index;
    }
}
