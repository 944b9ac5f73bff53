namespace Enigma.Runtime.Files;

/// <summary>
/// prim_buffer's buffer (erl's prim_buffer_nif.c): bytes appended at the end and read from
/// the front, used by prim_file for read-ahead and line reading.
/// </summary>
internal sealed class PrimBuffer
{
    private byte[] _bytes = [];
    private int _start;
    private int _end;
    private bool _locked;

    public int Size => _end - _start;

    public ReadOnlySpan<byte> Content => _bytes.AsSpan(_start, Size);

    public void Write(ReadOnlySpan<byte> data)
    {
        if (_end + data.Length > _bytes.Length)
        {
            // Move what is left to the front, and grow when that is not room enough.
            var grown = Size + data.Length > _bytes.Length ? new byte[Math.Max(Size + data.Length, _bytes.Length * 2)] : _bytes;
            Content.CopyTo(grown);
            (_bytes, _end, _start) = (grown, Size, 0);
        }
        data.CopyTo(_bytes.AsSpan(_end));
        _end += data.Length;
    }

    /// <summary>Drops the first <paramref name="count"/> bytes (at most <see cref="Size"/>).</summary>
    public void Skip(int count)
    {
        _start += count;
        if (_start == _end)
            _start = _end = 0;
    }

    public bool TryLock()
    {
        if (_locked)
            return false;
        _locked = true;
        return true;
    }

    /// <summary>False when it was not locked (erl raises lock_order_violation).</summary>
    public bool Unlock()
    {
        var was = _locked;
        _locked = false;
        return was;
    }
}
