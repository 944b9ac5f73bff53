using System.Runtime.CompilerServices;
using Enigma.Beam.Etf;
using Enigma.Runtime.Code;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;
using K4os.Compression.LZ4;

namespace Enigma.Runtime.Ets;

/// <summary>
/// One object of a table, kept outside every process heap (collections wipe those) and never
/// changed once made, so a reader can use it without a lock while a writer replaces it. It is
/// a plain <c>object</c>, to cost no wrapper: the tuple's own block (a fragment block: its mark,
/// then the tuple at offset 1), or in a compressed table a <see cref="PackedObject"/>.
/// </summary>
internal static class StoredObject
{
    /// <summary>A copy of <paramref name="obj"/> (a tuple) owned by the table.</summary>
    public static object Store(Term obj, bool compress, int keyPos)
    {
        if (compress && Pack(obj) is { } packed)
            return new PackedObject(TermCopier.CopyToFragment(obj.Element(keyPos)).Message, packed);
        var copy = TermCopier.CopyToFragment(obj).Message;
        if (copy.Offset == 1 && !HeapLayout.IsLiteral(copy.Block))
            return copy.Block;
        // A literal is not copied: a block of its own holds the top tuple, its elements stay literals.
        var block = HeapLayout.NewBlock(1 + obj.TupleArity, HeapLayout.NewEpoch());
        Array.Copy(obj.Block, obj.Offset, block, 1, 1 + obj.TupleArity);
        return block;
    }

    /// <summary>The object's block, or null when it is packed (an exact type test, cheaper than `is Term[]`).</summary>
    public static Term[]? Block(object stored) =>
        stored.GetType() == typeof(Term[]) ? Unsafe.As<Term[]>(stored) : null;

    public static Term Key(object stored, int keyPos) =>
        Block(stored) is { } block ? block[1 + keyPos] : ((PackedObject)stored).Key;

    /// <summary>
    /// A new block for a stored tuple whose elements are about to change in place (update_counter,
    /// update_element): a copy with its own mark and its inner pointers moved to it, so the table
    /// object is made without a tuple on the caller's heap and a second copy. Null when packed.
    /// </summary>
    public static Term[]? CopyBlock(object stored)
    {
        if (Block(stored) is not { } block)
            return null;
        var copy = (Term[])block.Clone();
        copy[0] = HeapLayout.Mark(HeapLayout.NewEpoch());
        for (int i = 1; i < copy.Length; i++)
        {
            if (ReferenceEquals(copy[i].Box, block))
                copy[i] = new Term(copy[i].Raw, copy);
        }
        return copy;
    }

    /// <summary>The elements of the tuple a block holds (at offset 1: its header, then the elements).</summary>
    public static Span<Term> Elements(Term[] block) => block.AsSpan(2, Term.Pointer(TermTag.Tuple, block, 1).TupleArity);

    /// <summary>Words the object takes in the table (for info(T, memory)).</summary>
    public static long Words(object stored) =>
        Block(stored) is { } block ? block.Length : 2 + (((PackedObject)stored).Bytes.Length + 7) / 8;

    /// <summary>
    /// The object as a term: the table's own copy (read-only: it may be shared by many readers),
    /// or, when packed, unpacked into <paramref name="heap"/>.
    /// </summary>
    public static Term View(object stored, Heap heap, ExportTable exports) =>
        Block(stored) is { } block
            ? Term.Pointer(TermTag.Tuple, block, 1)
            : TermBuilder.FromETerm(EtfDecoder.Decode(LZ4Pickler.Unpickle(((PackedObject)stored).Bytes)), heap, exports.Get);

    /// <summary>The object copied into <paramref name="heap"/>, for the process that owns it.</summary>
    public static Term Read(object stored, Heap heap, ExportTable exports) =>
        Block(stored) is { } block ? TermCopier.Copy(Term.Pointer(TermTag.Tuple, block, 1), heap) : View(stored, heap, exports);

    /// <summary>=:= for two objects of one table (equal terms have equal external formats).</summary>
    public static bool SameAs(object a, object b) => Block(a) is { } x
        ? Block(b) is { } y && TermOrder.ExactlyEqual(Term.Pointer(TermTag.Tuple, x, 1), Term.Pointer(TermTag.Tuple, y, 1))
        : b is PackedObject q && ((PackedObject)a).Bytes.AsSpan().SequenceEqual(q.Bytes);

    // Terms the external format cannot hold (none today, but TermReader may refuse) stay unpacked.
    private static byte[]? Pack(Term obj)
    {
        try
        {
            return LZ4Pickler.Pickle(EtfEncoder.Encode(TermReader.ToETerm(obj)));
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}

/// <summary>An object of a compressed table: the external format packed with LZ4, and its key beside it for lookups.</summary>
internal sealed class PackedObject(Term key, byte[] bytes)
{
    public Term Key { get; } = key;

    public byte[] Bytes { get; } = bytes;
}
