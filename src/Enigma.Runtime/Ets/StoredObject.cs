using Enigma.Beam.Etf;
using Enigma.Runtime.Code;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;
using K4os.Compression.LZ4;

namespace Enigma.Runtime.Ets;

/// <summary>
/// One object of a table, kept outside every process heap (collections wipe those) and
/// never changed once made, so a reader can use it without a lock while a writer replaces it.
/// In a compressed table it is the external format packed with LZ4 instead, as erl packs
/// compressed objects; the program sees no difference.
/// </summary>
internal sealed class StoredObject
{
    private readonly Term _term;
    private readonly byte[]? _packed;

    private StoredObject(Term term, byte[]? packed, long words)
    {
        _term = term;
        _packed = packed;
        Words = words;
    }

    /// <summary>Words the object takes in the table (for info(T, memory)).</summary>
    public long Words { get; }

    public bool IsPacked => _packed is not null;

    /// <summary>The table's copy of the object; only when not <see cref="IsPacked"/>.</summary>
    public Term Unpacked => _packed is null ? _term : throw new InvalidOperationException("the object is packed");

    /// <summary>A copy of <paramref name="obj"/> owned by the table.</summary>
    public static StoredObject Store(Term obj, bool compress)
    {
        if (compress && Pack(obj) is { } packed)
            return new StoredObject(default, packed, 1 + (packed.Length + 7) / 8);
        var copy = TermCopier.CopyToFragment(obj);
        return new StoredObject(copy.Message, null, 1 + copy.UsedWords);
    }

    /// <summary>
    /// The object as a term: the table's own copy (read-only: it may be shared by many readers),
    /// or, when packed, unpacked into <paramref name="heap"/>.
    /// </summary>
    public Term View(Heap heap, ExportTable exports) =>
        _packed is null ? _term : TermBuilder.FromETerm(EtfDecoder.Decode(LZ4Pickler.Unpickle(_packed)), heap, exports.Get);

    /// <summary>The object copied into <paramref name="heap"/>, for the process that owns it.</summary>
    public Term Read(Heap heap, ExportTable exports) =>
        _packed is null ? TermCopier.Copy(_term, heap) : View(heap, exports);

    /// <summary>=:= for two objects of one table (equal terms have equal external formats).</summary>
    public bool SameAs(StoredObject other) =>
        _packed is null ? TermOrder.ExactlyEqual(_term, other._term) : _packed.AsSpan().SequenceEqual(other._packed);

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
