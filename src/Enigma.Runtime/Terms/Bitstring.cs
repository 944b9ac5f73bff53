namespace Enigma.Runtime.Terms;

/// <summary>
/// An immutable bitstring: <see cref="BitSize"/> bits of <see cref="Data"/> starting at
/// <see cref="BitOffset"/>. A sub-binary shares its parent's array, so binaries of any
/// size are shared between processes and never copied.
/// </summary>
public sealed class Bitstring
{
    public static readonly Bitstring Empty = new([], 0, 0);

    public Bitstring(byte[] data, long bitOffset, long bitSize)
    {
        if (bitOffset < 0 || bitSize < 0 || bitOffset + bitSize > (long)data.Length * 8)
            throw new ArgumentOutOfRangeException(nameof(bitSize), "bitstring outside its data");
        Data = data;
        BitOffset = bitOffset;
        BitSize = bitSize;
    }

    public static Bitstring Of(byte[] bytes) => new(bytes, 0, (long)bytes.Length * 8);

    public byte[] Data { get; }

    public long BitOffset { get; }

    public long BitSize { get; }

    public bool IsBinary => (BitSize & 7) == 0;

    public bool IsByteAligned => (BitOffset & 7) == 0;

    public long ByteSize => BitSize >> 3;

    /// <summary>The whole bytes of a byte-aligned binary, without copying.</summary>
    public ReadOnlySpan<byte> Bytes => IsByteAligned
        ? Data.AsSpan((int)(BitOffset >> 3), (int)(BitSize >> 3))
        : throw new InvalidOperationException("not byte-aligned");

    /// <summary>The whole bytes, without copying when the binary is byte-aligned.</summary>
    public ReadOnlySpan<byte> WholeBytes => IsByteAligned ? Bytes[..(int)ByteSize] : Bits.BitOps.ToArray(Data, BitOffset, ByteSize * 8);

    /// <summary>The byte at byte index <paramref name="index"/> counting from the start, whatever the alignment.</summary>
    public byte ByteAt(long index)
    {
        var bit = BitOffset + index * 8;
        var shift = (int)(bit & 7);
        var first = Data[bit >> 3];
        return shift == 0 ? first : (byte)((first << shift) | (Data[(bit >> 3) + 1] >> (8 - shift)));
    }
}
