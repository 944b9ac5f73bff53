using System.Buffers.Binary;

namespace Enigma.Beam.Chunks;

/// <summary>
/// A bounded big-endian reader over one chunk. Every read checks the bounds and
/// every failure becomes a <see cref="BeamFormatException"/> with the absolute offset.
/// </summary>
internal ref struct ChunkCursor
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly string _file;
    private readonly string _chunk;
    private readonly int _base;
    private int _pos;

    public ChunkCursor(ReadOnlySpan<byte> data, string file, string chunk, int baseOffset)
    {
        _data = data;
        _file = file;
        _chunk = chunk;
        _base = baseOffset;
        _pos = 0;
    }

    public readonly int Position => _pos;

    public readonly int Remaining => _data.Length - _pos;

    public readonly bool AtEnd => _pos >= _data.Length;

    /// <summary>Absolute offset in the file of the next byte.</summary>
    public readonly int FileOffset => _base + _pos;

    public byte ReadByte()
    {
        Need(1);
        return _data[_pos++];
    }

    public ushort ReadU16()
    {
        Need(2);
        var v = BinaryPrimitives.ReadUInt16BigEndian(_data[_pos..]);
        _pos += 2;
        return v;
    }

    public uint ReadU32()
    {
        Need(4);
        var v = BinaryPrimitives.ReadUInt32BigEndian(_data[_pos..]);
        _pos += 4;
        return v;
    }

    public ulong ReadU64()
    {
        Need(8);
        var v = BinaryPrimitives.ReadUInt64BigEndian(_data[_pos..]);
        _pos += 8;
        return v;
    }

    /// <summary>A 32-bit count or index that must fit a non-negative int.</summary>
    public int ReadCount(string what)
    {
        var at = FileOffset;
        var v = ReadU32();
        if (v > int.MaxValue)
            throw Error(at, $"{what} {v} is too large");
        return (int)v;
    }

    /// <summary>A count of items, each at least <paramref name="minItemSize"/> bytes, that must fit in what is left.</summary>
    public int ReadItemCount(string what, int minItemSize)
    {
        var at = FileOffset;
        var n = ReadCount(what);
        if ((long)n * minItemSize > Remaining)
            throw Error(at, $"{what} {n} needs more bytes than the {Remaining} left in the chunk");
        return n;
    }

    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        Need(count);
        var s = _data.Slice(_pos, count);
        _pos += count;
        return s;
    }

    public readonly ReadOnlySpan<byte> Rest => _data[_pos..];

    public void Skip(int count)
    {
        Need(count);
        _pos += count;
    }

    public readonly BeamFormatException Error(string problem) => Error(FileOffset, problem);

    public readonly BeamFormatException Error(int fileOffset, string problem) =>
        new(_file, _chunk, fileOffset, problem);

    private readonly void Need(int count)
    {
        if (count < 0 || count > _data.Length - _pos)
            throw Error($"unexpected end of chunk: {count} more bytes needed, {_data.Length - _pos} left");
    }
}
