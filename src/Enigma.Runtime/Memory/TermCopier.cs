using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Memory;

/// <summary>
/// Tree copies of terms, as BEAM copies messages (copy.c's size_object and
/// copy_struct): every heap cell outside a literal area is copied, shared subterms
/// become separate copies, literals and off-heap objects (bignums, binaries, export
/// funs) are referenced, not copied. Both passes are iterative.
/// </summary>
public static class TermCopier
{
    // Every copy sizes its term first (each message, each ETS object in and out): one buffer per
    // thread spares each an allocation.
    [ThreadStatic]
    private static Term[]? _sizeStack;

    /// <summary>Words a copy of <paramref name="t"/> takes. A term too big for one array throws.</summary>
    public static int SizeOf(Term t)
    {
        if (!NeedsCopy(t))
            return 0;
        long words = 0;
        // Popping clears each slot, so the buffer holds nothing once the walk is done.
        var pending = new TermStack<Term>(_sizeStack ??= new Term[16]);
        pending.Push(t);
        while (pending.Count > 0)
        {
            var term = pending.Pop();
            // Walk a list's spine here, so a long list needs no stack.
            while (NeedsCopy(term))
            {
                var block = term.Block;
                int at = term.Offset;
                if (term.Tag == TermTag.Cons)
                {
                    words += 2;
                    PushIfCopied(ref pending, block[at]);
                    term = block[at + 1];
                    continue;
                }
                int size = HeapLayout.ObjectWords(term.Tag, block[at]);
                words += size;
                // Term words: a tuple's elements; a map's keys tuple and values; a fun's free variables.
                int firstTerm = term.Tag switch { TermTag.Tuple or TermTag.Map => 1, TermTag.Fun => 2, _ => size };
                for (int i = firstTerm; i < size; i++)
                    PushIfCopied(ref pending, block[at + i]);
                break;
            }
        }
        return words <= Array.MaxLength - 1
            ? (int)words
            : throw new InsufficientMemoryException($"a copy of this term would take {words} words");
    }

    /// <summary>Copies <paramref name="t"/> into <paramref name="target"/> (one contiguous allocation).</summary>
    public static Term Copy(Term t, Heap target)
    {
        ArgumentNullException.ThrowIfNull(target);
        int words = SizeOf(t);
        if (words == 0)
            return t;
        var (block, at) = target.Allocate(words);
        return CopyInto(t, block, at, words);
    }

    /// <summary>Copies <paramref name="t"/> into a block of its own, for a receiver to adopt.</summary>
    public static MessageFragment CopyToFragment(Term t)
    {
        int words = SizeOf(t);
        if (words == 0)
            return new MessageFragment(t, null);
        var block = HeapLayout.NewBlock(words, HeapLayout.NewEpoch());
        return new MessageFragment(CopyInto(t, block, 1, words), block);
    }

    private static bool NeedsCopy(Term t) => HeapLayout.IsHeapPointer(t) && !HeapLayout.IsLiteral(t.Block);

    private static void PushIfCopied(ref TermStack<Term> pending, Term t)
    {
        if (NeedsCopy(t))
            pending.Push(t);
    }

    /// <summary>
    /// Copies the top object to the start of the region, then scans the region in order,
    /// copying each object a scanned word points to onto the end: the region itself is the queue.
    /// </summary>
    private static Term CopyInto(Term t, Term[] to, int start, int words)
    {
        int hp = start;
        var root = CopyObject(t, to, ref hp);
        int scan = start;
        while (scan < hp)
        {
            var word = to[scan];
            if (word.Tag == TermTag.Special)
            {
                scan += HeapLayout.HeaderWords(word);
                continue;
            }
            if (NeedsCopy(word))
                to[scan] = CopyObject(word, to, ref hp);
            scan++;
        }
        if (hp != start + words)
            throw new InvalidOperationException($"term copy used {hp - start} words, sized {words}");
        return root;
    }

    private static Term CopyObject(Term t, Term[] to, ref int hp)
    {
        var from = t.Block;
        int offset = t.Offset;
        int size = HeapLayout.ObjectWords(t.Tag, from[offset]);
        Array.Copy(from, offset, to, hp, size);
        var copy = Term.Pointer(t.Tag, to, hp);
        hp += size;
        return copy;
    }
}
