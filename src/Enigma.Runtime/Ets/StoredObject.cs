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

    public static Term Key(object stored, int keyPos) =>
        stored is Term[] block ? block[1 + keyPos] : ((PackedObject)stored).Key;

    /// <summary>Words the object takes in the table (for info(T, memory)).</summary>
    public static long Words(object stored) =>
        stored is Term[] block ? block.Length : 2 + (((PackedObject)stored).Bytes.Length + 7) / 8;

    /// <summary>
    /// The object as a term: the table's own copy (read-only: it may be shared by many readers),
    /// or, when packed, unpacked into <paramref name="heap"/>.
    /// </summary>
    public static Term View(object stored, Heap heap, ExportTable exports) =>
        stored is Term[] block
            ? Term.Pointer(TermTag.Tuple, block, 1)
            : TermBuilder.FromETerm(EtfDecoder.Decode(LZ4Pickler.Unpickle(((PackedObject)stored).Bytes)), heap, exports.Get);

    /// <summary>The object copied into <paramref name="heap"/>, for the process that owns it.</summary>
    public static Term Read(object stored, Heap heap, ExportTable exports) =>
        stored is Term[] block ? TermCopier.Copy(Term.Pointer(TermTag.Tuple, block, 1), heap) : View(stored, heap, exports);

    /// <summary>=:= for two objects of one table (equal terms have equal external formats).</summary>
    public static bool SameAs(object a, object b) => a is Term[] x
        ? b is Term[] y && TermOrder.ExactlyEqual(Term.Pointer(TermTag.Tuple, x, 1), Term.Pointer(TermTag.Tuple, y, 1))
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
