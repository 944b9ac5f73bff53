using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Memory;

/// <summary>
/// A process's heap: <see cref="Term"/> blocks filled by bump allocation. Word 0 of
/// each block marks it with the heap's current epoch, so a collection knows which cells
/// are its own. Allocation never collects; the interpreter asks
/// <see cref="NeedsCollection"/> where BEAM would collect and then calls
/// <see cref="Collect"/> (see HeapCollection.cs). Not thread-safe: only the owning
/// process touches its heap. Not sealed: a <see cref="Emulator.Process"/> is one.
/// </summary>
public partial class Heap
{
    private long _minWords;
    private ulong _epoch;
    private Term[] _block;
    private int _top;
    // Words used in blocks other than the current one (filled blocks, adopted messages).
    private long _usedElsewhere;
    private long _sizeWords;
    // Words of the blocks opened past the budget since the last collection.
    private long _pastBudgetWords;
    private TermAllocator? _allocator;
    // The heap size BEAM would have: using more than this asks for a collection.
    private long _limit;
    // The other blocks of the current epoch (made when there are some), so a collection can
    // wipe them afterwards.
    private List<Term[]>? _olderBlocks;

    /// <summary>
    /// A new heap's first block: most processes that wait at once use less, and a million
    /// of them should not cost a full heap each. The rest of the heap size comes as a second
    /// block when needed (see <see cref="AllocateInNewBlock"/>).
    /// </summary>
    private const int FirstBlockWords = 4;

    public Heap(int minWords = 233)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minWords);
        _minWords = HeapSizes.Next(minWords);
        _epoch = HeapLayout.NewEpoch();
        _block = HeapLayout.NewBlock(Math.Min(_minWords, FirstBlockWords), _epoch);
        _top = 1;
        _sizeWords = _minWords;
        _limit = _minWords;
    }

    /// <summary>min_heap_size, rounded up to a heap size as erl does.</summary>
    public long MinWords => _minWords;

    /// <summary>
    /// min_heap_size: collections keep at least this many words; with <paramref name="now"/>
    /// (a process not started yet) the heap has that size at once, as after spawn_opt in erl.
    /// </summary>
    public void SetMinimum(long words, bool now)
    {
        _minWords = HeapSizes.Next(words);
        if (!now || _limit >= _minWords)
            return;
        _sizeWords += _minWords - _limit;
        _limit = _minWords;
    }

    /// <summary>Words holding terms (one <see cref="Term"/> is one word; block marks not counted).</summary>
    public long UsedWords => _usedElsewhere + _top - 1;

    /// <summary>
    /// process_info's heap size: the size BEAM's heap has (its first block may not be there
    /// in full yet) plus blocks opened past it and adopted messages, as BEAM's heap fragments.
    /// </summary>
    public long SizeWords => _sizeWords;

    /// <summary>
    /// <paramref name="words"/> contiguous words: the block and the offset of the first.
    /// Opens a new block when the current one is full; never collects.
    /// </summary>
    /// <summary><see cref="Allocate"/> as a delegate, for builders that also write into literal blocks.</summary>
    internal TermAllocator Allocator => _allocator ??= Allocate;

    public (Term[] Block, int Offset) Allocate(int words)
    {
        var block = _block;
        int top = _top;
        if ((uint)words <= (uint)(block.Length - top))
        {
            _top = top + words;
            return (block, top);
        }
        return AllocateInNewBlock(words);
    }

    private (Term[] Block, int Offset) AllocateInNewBlock(int words)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(words);
        // Within the budget the new block takes the rest of it, which the heap size already
        // counts (a new heap's first block is small). Past it (allocation without a collection
        // point, say a BIF building a big result) a block is at least as big as those opened
        // past the budget before it, so a result built cell by cell takes few blocks, and a
        // small overflow of a big heap costs a small block, not another heap.
        long budget = _limit - UsedWords;
        long size = budget >= words ? budget : Math.Max(words, HeapSizes.Next(Math.Max(_pastBudgetWords, _minWords)));
        size = Math.Min(size, Array.MaxLength - 1);
        _usedElsewhere += _top - 1;
        (_olderBlocks ??= []).Add(_block);
        _block = HeapLayout.NewBlock(size, _epoch);
        if (budget < words)
        {
            _sizeWords += size;
            _pastBudgetWords += size;
        }
        _top = 1 + words;
        return (_block, 1);
    }

    /// <summary>Takes over a message copied by another thread: its block becomes part of this heap.</summary>
    public void Adopt(MessageFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        var block = fragment.TakeBlock();
        if (block is null)
            return;
        block[0] = HeapLayout.Mark(_epoch);
        (_olderBlocks ??= []).Add(block);
        _usedElsewhere += fragment.UsedWords;
        _sizeWords += fragment.SizeWords;
    }

    // ---- builders ----

    public Term Cons(Term head, Term tail)
    {
        var (block, at) = Allocate(2);
        Term.Store(block, at, head);
        Term.Store(block, at + 1, tail);
        return Term.Pointer(TermTag.Cons, block, at);
    }

    public Term Tuple(ReadOnlySpan<Term> elements)
    {
        var (block, at) = Allocate(1 + elements.Length);
        block[at] = Term.Special(SpecialKind.TupleHeader, (ulong)elements.Length);
        elements.CopyTo(block.AsSpan(at + 1));
        return Term.Pointer(TermTag.Tuple, block, at);
    }

    public Term Float(double value)
    {
        var (block, at) = Allocate(2);
        WriteFloat(block, at, value);
        return Term.Pointer(TermTag.Float, block, at);
    }

    public Term List(ReadOnlySpan<Term> elements) => List(elements, Term.Nil);

    /// <summary>The elements followed by <paramref name="tail"/>: one contiguous run of cells.</summary>
    public Term List(ReadOnlySpan<Term> elements, Term tail)
    {
        if (elements.IsEmpty)
            return tail;
        var (block, at) = Allocate(checked(2 * elements.Length));
        for (int i = 0; i < elements.Length; i++)
        {
            int cell = at + 2 * i;
            block[cell] = elements[i];
            block[cell + 1] = i + 1 < elements.Length ? Term.Pointer(TermTag.Cons, block, cell + 2) : tail;
        }
        return Term.Pointer(TermTag.Cons, block, at);
    }

    /// <summary>The first <paramref name="length"/> elements of a proper list followed by <paramref name="tail"/>: one contiguous run of cells.</summary>
    public Term CopyList(Term list, int length, Term tail)
    {
        if (length == 0)
            return tail;
        var (block, at) = Allocate(checked(2 * length));
        int cell = at;
        for (int i = 0; i < length; i++, list = list.Tail)
        {
            block[cell] = list.Head;
            block[cell + 1] = Term.Pointer(TermTag.Cons, block, cell + 2);
            cell += 2;
        }
        block[cell - 1] = tail;
        return Term.Pointer(TermTag.Cons, block, at);
    }

    /// <summary>A string as Erlang has it: a list of code points.</summary>
    public Term String(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        int count = 0;
        foreach (var rune in s.EnumerateRunes())
            count++;
        if (count == 0)
            return Term.Nil;
        var (block, at) = Allocate(checked(2 * count));
        int cell = at;
        foreach (var rune in s.EnumerateRunes())
        {
            block[cell] = Term.Small(rune.Value);
            block[cell + 1] = Term.Pointer(TermTag.Cons, block, cell + 2);
            cell += 2;
        }
        block[cell - 1] = Term.Nil;
        return Term.Pointer(TermTag.Cons, block, at);
    }

    /// <summary>A closure: <paramref name="lambda"/> is the loader's entry for the fun; it is not a term.</summary>
    public Term Fun(object lambda, ReadOnlySpan<Term> freeVars)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        var (block, at) = Allocate(2 + freeVars.Length);
        block[at] = Term.Special(SpecialKind.FunHeader, (ulong)freeVars.Length);
        block[at + 1] = new Term(0, lambda);
        freeVars.CopyTo(block.AsSpan(at + 2));
        return Term.Pointer(TermTag.Fun, block, at);
    }

    /// <summary>A flat map; <paramref name="sortedKeys"/> are already in term order, without duplicates.</summary>
    public Term FlatMap(ReadOnlySpan<Term> sortedKeys, ReadOnlySpan<Term> values)
    {
        if (sortedKeys.Length != values.Length)
            throw new ArgumentException("a map needs one value per key", nameof(values));
        int n = values.Length;
        var (block, at) = Allocate(3 + 2 * n);
        block[at] = Term.Special(SpecialKind.TupleHeader, (ulong)n);
        sortedKeys.CopyTo(block.AsSpan(at + 1));
        int map = at + 1 + n;
        WriteMap(block, map, Term.Pointer(TermTag.Tuple, block, at), values);
        return Term.Pointer(TermTag.Map, block, map);
    }

    /// <summary>A flat map sharing an existing keys tuple (as a map update that keeps the keys does).</summary>
    public Term FlatMap(Term keys, ReadOnlySpan<Term> values)
    {
        if (!keys.IsTuple || keys.TupleArity != values.Length)
            throw new ArgumentException("the keys must be a tuple with one element per value", nameof(keys));
        var (block, at) = Allocate(2 + values.Length);
        WriteMap(block, at, keys, values);
        return Term.Pointer(TermTag.Map, block, at);
    }

    internal static void WriteFloat(Term[] block, int at, double value)
    {
        block[at] = Term.Special(SpecialKind.FloatHeader, 0);
        block[at + 1] = new Term(BitConverter.DoubleToUInt64Bits(value), null);
    }

    private static void WriteMap(Term[] block, int at, Term keys, ReadOnlySpan<Term> values)
    {
        block[at] = Term.Special(SpecialKind.MapHeader, (ulong)values.Length);
        block[at + 1] = keys;
        values.CopyTo(block.AsSpan(at + 2));
    }
}
