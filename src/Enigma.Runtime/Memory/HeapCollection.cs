using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Memory;

/// <summary>The collection policy of <see cref="Heap"/>: when to collect and how big the heap is after.</summary>
public partial class Heap
{
    // A wiped from-space block kept for the next collection's to-space.
    private Term[]? _spare;

    // A process that keeps collecting is busy: from its BusyCollections-th collection on, its
    // heap keeps at least BusyHeapWords (a heap size: 65 KB, from- and to-space fit in L2).
    // BEAM's generational collector copies only young data at most collections; this one copies
    // all live data each time, and a busy process at 233 words (nrev) collected every hundred
    // words allocated, paying a collection's fixed cost each time.
    private const int BusyCollections = 16;
    private const long BusyHeapWords = 4185;

    /// <summary>Full collections run so far.</summary>
    public int Collections { get; private set; }

    /// <summary>
    /// Asked where BEAM may collect (test_heap, allocate, GC BIFs): would
    /// <paramref name="words"/> more go past the heap's size? Adopted messages and
    /// blocks opened past the size count too, as BEAM's heap fragments do.
    /// </summary>
    public bool NeedsCollection(int words) => UsedWords + words > _limit;

    /// <summary>
    /// A full copying collection: what <paramref name="roots"/> reach moves to fresh
    /// blocks, the root slots are rewritten, and at least <paramref name="needWords"/>
    /// words are then free in the current block.
    /// </summary>
    public void Collect(RootSet roots, int needWords)
    {
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentOutOfRangeException.ThrowIfNegative(needWords);

        // Like BEAM's major collection, the first to-space block is the heap size the data
        // had (more blocks open only when data was allocated past that size); the size
        // after, from the live data, may differ.
        long first = Math.Max(_minWords, HeapSizes.Next(Math.Min(UsedWords, _limit)));
        var toEpoch = HeapLayout.NewEpoch();
        var gc = CopyingCollector.Run(roots, _epoch, toEpoch, ToSpace(first, toEpoch));

        long live = gc.LiveWords;
        long size = SizeAfter(live + needWords, out bool shrink);
        if (gc.SizeWords >= 2 * size || (shrink && gc.SizeWords > size))
        {
            // BEAM shrinks its heap in place (realloc); arrays cannot change size, so copy
            // the live data once more into one block of the new size.
            toEpoch = HeapLayout.NewEpoch();
            gc.RunAgain(roots, toEpoch, ToSpace(size, toEpoch));
            Wipe(gc.PreviousBlocks, size);
        }

        // The list of older blocks is kept (emptied): a process that receives messages
        // adopts a fragment into it after nearly every collection.
        if (_olderBlocks is not null)
        {
            Wipe(_olderBlocks, size);
            _olderBlocks.Clear();
        }
        Wipe(_block, size);
        var blocks = gc.Blocks;
        for (int i = 0; i < blocks.Count - 1; i++)
            (_olderBlocks ??= []).Add(blocks[i]);

        _epoch = toEpoch;
        _block = gc.Block;
        _top = gc.Top;
        _usedElsewhere = gc.LiveWords - (_top - 1);
        _sizeWords = gc.SizeWords;
        _pastBudgetWords = 0;
        _limit = size;
        Collections++;
        gc.Release();
        if (_block.Length - _top < size - live)
        {
            // Growing (BEAM reallocs): the rest of the new size is a block of its own beside
            // the copied data, not a second copy into one bigger block, which would cost
            // another block of the whole heap on .NET's large object heap.
            _usedElsewhere += _top - 1;
            (_olderBlocks ??= []).Add(_block);
            _block = HeapLayout.NewBlock(size - live, _epoch);
            _top = 1;
            _sizeWords += size - live;
        }
    }

    /// <summary>
    /// From-space is garbage after a collection. Wipe it: a stale reference anywhere (a dead
    /// x register, a scratch array) would otherwise keep it alive, and through its forwarding
    /// words every block of every later collection. One wiped block is kept for the next
    /// to-space, which is <paramref name="nextWords"/> when the heap fills up again: a block of
    /// that size if there is one, else the largest. A fresh one would be zeroed again, and past
    /// 85 KB land on .NET's large object heap, whose allocations cost full .NET collections.
    /// </summary>
    private void Wipe(List<Term[]> blocks, long nextWords)
    {
        foreach (var block in blocks)
            Wipe(block, nextWords);
    }

    private void Wipe(Term[] block, long nextWords)
    {
        Array.Clear(block);
        var spare = _spare;
        if (spare is null || (spare.Length - 1 != nextWords && (block.Length - 1 == nextWords || block.Length > spare.Length)))
            _spare = block;
    }

    /// <summary>Gives up the block kept for the next collection: a waiting process should cost little memory.</summary>
    public void DropSpare() => _spare = null;

    /// <summary>An empty block of <paramref name="words"/> marked <paramref name="epoch"/>: the spare if it fits exactly.</summary>
    private Term[] ToSpace(long words, ulong epoch)
    {
        var spare = _spare;
        if (spare is null || spare.Length - 1 != words)
            return HeapLayout.NewBlock(words, epoch);
        _spare = null;
        spare[0] = HeapLayout.Mark(epoch);
        return spare;
    }

    /// <summary>
    /// erl_gc.c's adjust_after_fullsweep: fit the live data plus the need, keep it between
    /// a quarter and three quarters of the heap. BEAM grows at the next collection
    /// when over 75%; here the step is taken now, and to twice the live data: BEAM's next
    /// collections are minor ones that copy only young data, ours copy all of it, and one
    /// heap size up (20% for large heaps) left binarytrees copying three words per word it
    /// allocated.
    /// </summary>
    private long SizeAfter(long needAfter, out bool shrink)
    {
        shrink = false;
        long floor = Collections >= BusyCollections ? Math.Max(_minWords, BusyHeapWords) : _minWords;
        long size = Math.Max(floor, _limit < needAfter ? HeapSizes.Next(needAfter) : _limit);
        if (3 * size < 4 * needAfter)
            return HeapSizes.Next(2 * needAfter);
        if (4 * needAfter < size && size > floor)
        {
            shrink = true;
            return Math.Max(floor, HeapSizes.Next(2 * needAfter));
        }
        return size;
    }
}
