using System.Runtime.CompilerServices;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Memory;

/// <summary>
/// One Cheney copy: every object reachable from the roots whose block carries the
/// from-space mark moves to fresh to-space blocks; everything else (literals, other
/// owners' blocks, off-heap objects) stays where it is. A moved object leaves a
/// forward word at its old first word, so shared subterms stay shared. Scanning the
/// to-space in address order replaces recursion: no .NET stack per level of a term.
/// </summary>
internal sealed class CopyingCollector
{
    // One per scheduler thread, reused: a process with a small heap collects very often
    // (nrev: about four times per reverse), and a fresh collector with its lists per
    // collection was most of what .NET allocated.
    [ThreadStatic]
    private static CopyingCollector? t_instance;

    private List<Term[]> _blocks = [];
    // The blocks of the run before a RunAgain: its from-space.
    private List<Term[]> _previous = [];
    // The final top of each block but the current one.
    private readonly List<int> _tops = [];
    private ulong _fromMark;
    private ulong _toEpoch;
    private Term[] _block = [];
    private int _hp;
    private long _retiredUsed;

    private void Reset(ulong fromEpoch, ulong toEpoch, Term[] firstBlock)
    {
        _blocks.Clear();
        _tops.Clear();
        _fromMark = HeapLayout.Mark(fromEpoch).Raw;
        _toEpoch = toEpoch;
        _block = firstBlock;
        _blocks.Add(_block);
        _hp = 1;
        _retiredUsed = 0;
        SizeWords = firstBlock.Length - 1;
    }

    /// <summary>The mark payload of the to-space blocks.</summary>
    public ulong Epoch => _toEpoch;

    /// <summary>The block allocation continues in.</summary>
    public Term[] Block => _block;

    /// <summary>Next free word of <see cref="Block"/>.</summary>
    public int Top => _hp;

    public long LiveWords => _retiredUsed + _hp - 1;

    public long SizeWords { get; private set; }

    /// <summary>The to-space blocks, oldest first; the current one is <see cref="Block"/>.</summary>
    public List<Term[]> Blocks => _blocks;

    /// <summary>After <see cref="RunAgain"/>: the to-space blocks of the first run, now garbage.</summary>
    public List<Term[]> PreviousBlocks => _previous;

    /// <summary>
    /// Copies what <paramref name="roots"/> reach out of the blocks marked <paramref name="fromEpoch"/>
    /// into <paramref name="firstBlock"/> (empty, marked <paramref name="toEpoch"/>) and blocks opened after it.
    /// The result is this thread's collector: read it, then <see cref="Release"/> it before the next run.
    /// </summary>
    public static CopyingCollector Run(RootSet roots, ulong fromEpoch, ulong toEpoch, Term[] firstBlock)
    {
        var gc = t_instance ??= new CopyingCollector();
        gc._previous.Clear();
        gc.Reset(fromEpoch, toEpoch, firstBlock);
        gc.Copy(roots);
        return gc;
    }

    /// <summary>
    /// Copies the result of the last run once more, into <paramref name="firstBlock"/> (empty, marked
    /// <paramref name="toEpoch"/>): how a heap changes size. The first run's blocks become <see cref="PreviousBlocks"/>.
    /// </summary>
    public CopyingCollector RunAgain(RootSet roots, ulong toEpoch, Term[] firstBlock)
    {
        (_previous, _blocks) = (_blocks, _previous);
        Reset(_toEpoch, toEpoch, firstBlock);
        Copy(roots);
        return this;
    }

    private void Copy(RootSet roots)
    {
        for (int r = 0; r < roots.Count; r++)
        {
            var slots = roots[r].Span;
            for (int i = 0; i < slots.Length; i++)
            {
                if (HeapLayout.IsHeapPointer(slots[i]))
                    slots[i] = Evacuate(slots[i]);
            }
        }
        Scan();
    }

    /// <summary>Forgets the to-space blocks, so the thread's collector keeps no heap alive.</summary>
    public void Release()
    {
        _blocks.Clear();
        _previous.Clear();
        _tops.Clear();
        _block = [];
    }

    private void Scan()
    {
        int index = 0;
        int scan = 1;
        while (true)
        {
            var block = _blocks[index];
            // A block's end is fixed once retired; the current one grows while we scan it, so
            // its end is read again when the scan gets there.
            int end = EndOf(index);
            while (true)
            {
                if (scan >= end && scan >= (end = EndOf(index)))
                    break;
                var word = block[scan];
                if (word.Tag == TermTag.Special)
                {
                    scan += HeapLayout.HeaderWords(word);
                    continue;
                }
                if (HeapLayout.IsHeapPointer(word) && Unsafe.As<Term[]>(word.Box!)[0].Raw == _fromMark)
                    block[scan] = Evacuate(word);
                scan++;
            }
            if (index == _tops.Count)
                return;
            index++;
            scan = 1;
        }
    }

    private int EndOf(int index) => index < _tops.Count ? _tops[index] : _hp;

    private Term Evacuate(Term t)
    {
        var from = t.Block;
        if (from[0].Raw != _fromMark)
            return t;
        int offset = t.Offset;
        var first = from[offset];
        if (HeapLayout.IsForward(first))
            return HeapLayout.Forwarded(t.Tag, first);

        var tag = t.Tag;
        int words = tag == TermTag.Cons ? 2 : HeapLayout.ObjectWords(tag, first);
        if (words > _block.Length - _hp)
            NextBlock(words);
        var to = _block;
        int at = _hp;
        if (words <= 4)
        {
            // Cons cells, floats and small tuples: a loop beats Array.Copy's call.
            to[at] = first;
            for (int k = 1; k < words; k++)
                to[at + k] = from[offset + k];
        }
        else
        {
            Array.Copy(from, offset, to, at, words);
        }
        _hp = at + words;
        from[offset] = HeapLayout.Forward(to, at);
        return Term.Pointer(tag, to, at);
    }

    private void NextBlock(int words)
    {
        _tops.Add(_hp);
        _retiredUsed += _hp - 1;
        long size = Math.Max(words, HeapSizes.Next(_block.Length - 1, 1));
        _block = HeapLayout.NewBlock(size, _toEpoch);
        _blocks.Add(_block);
        _hp = 1;
        SizeWords += size;
    }
}
