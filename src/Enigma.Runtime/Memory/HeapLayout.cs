using System.Runtime.CompilerServices;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Memory;

/// <summary>
/// Facts about heap blocks shared by the collector, the copier and the builders:
/// block marks, object sizes, and which words of an object are not terms.
/// </summary>
internal static class HeapLayout
{
    /// <summary>Mark payload of blocks that belong to no process: never copied, never collected.</summary>
    public const ulong LiteralEpoch = 0;

    /// <summary>Tags whose Box is a heap block: cons, tuple, float, fun, map.</summary>
    private const int HeapPointerTags =
        (1 << (int)TermTag.Cons) | (1 << (int)TermTag.Tuple) | (1 << (int)TermTag.Float)
        | (1 << (int)TermTag.Fun) | (1 << (int)TermTag.Map);

    private const ulong SpecialKindMask = 0xFF;
    private const ulong ForwardBits = (ulong)SpecialKind.Forward << Term.TagBits;

    public static readonly ulong LiteralMark = Mark(LiteralEpoch).Raw;

    // Heap epochs and fragment marks come from one counter, so no two owners share a mark.
    private static long _lastEpoch;

    public static ulong NewEpoch() => (ulong)Interlocked.Increment(ref _lastEpoch);

    public static Term Mark(ulong epoch) => Term.Special(SpecialKind.BlockMark, epoch);

    /// <summary>A block of <paramref name="words"/> usable words plus its mark word.</summary>
    public static Term[] NewBlock(long words, ulong epoch)
    {
        if (words > Array.MaxLength - 1)
            throw new InsufficientMemoryException($"a heap block of {words} words is larger than an array can be");
        var block = new Term[words + 1];
        block[0] = Mark(epoch);
        return block;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHeapPointer(Term t) => ((HeapPointerTags >> (int)t.Tag) & 1) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLiteral(Term[] block) => block[0].Raw == LiteralMark;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsForward(Term word) => (word.Raw & SpecialKindMask) == ForwardBits;

    public static Term Forward(Term[] block, int offset) => Term.Special(SpecialKind.Forward, (ulong)offset, block);

    /// <summary>Where a forwarded object now lives, as a pointer with <paramref name="tag"/>.</summary>
    public static Term Forwarded(TermTag tag, Term forward) =>
        Term.Pointer(tag, Unsafe.As<Term[]>(forward.Box!), (int)forward.SpecialPayload);

    /// <summary>Words of the object a pointer with <paramref name="tag"/> refers to, given its first word.</summary>
    public static int ObjectWords(TermTag tag, Term first) => tag switch
    {
        TermTag.Cons => 2,
        TermTag.Float => 2,
        TermTag.Tuple => 1 + (int)first.SpecialPayload,
        TermTag.Map when first.SpecialKind != SpecialKind.MapHeader => 1 + HashMap.ChildCount(first),
        TermTag.Fun or TermTag.Map => 2 + (int)first.SpecialPayload,
        _ => throw new InvalidOperationException($"{tag} is not a heap object"),
    };

    /// <summary>
    /// For a linear scan of copied objects: how many words to step over at a header word
    /// so that only term words are visited (a float's bits and a fun's lambda are not terms).
    /// </summary>
    public static int HeaderWords(Term header) => header.SpecialKind switch
    {
        SpecialKind.FloatHeader or SpecialKind.FunHeader => 2,
        _ => 1,
    };
}
