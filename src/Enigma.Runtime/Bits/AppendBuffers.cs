using System.Runtime.CompilerServices;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bits;

/// <summary>
/// Room to grow for binaries built by appending (<c>&lt;&lt;Acc/binary, X&gt;&gt;</c> in a
/// loop, binary comprehensions), as BEAM's writable binaries give. A bitstring is
/// immutable, but the bytes of its array past its end belong to nobody until someone
/// claims them: each growable array has a mark, the end of the bits in use, and an
/// append to a bitstring that ends exactly at the mark claims the room after it with a
/// compare-and-swap and writes there. Every other bitstring sharing the array ends at or
/// before the old mark, so none of them sees a change. Appending to anything else copies
/// into a new array with room to spare, so a loop of appends costs amortised O(1) per bit.
/// </summary>
internal static class AppendBuffers
{
    /// <summary>Smallest array made for appending, in bytes (BEAM's minimum too).</summary>
    private const int MinimumBytes = 256;

    /// <summary>bs_init_writable's size hint is capped: a bigger binary grows like any other.</summary>
    private const long MaximumHintBytes = 1 << 20;

    private sealed class Mark(long end)
    {
        public long End = end;
    }

    private static readonly ConditionalWeakTable<byte[], Mark> Marks = new();

    /// <summary>An empty bitstring with room for <paramref name="bytes"/> bytes (bs_init_writable).</summary>
    public static Bitstring NewWritable(long bytes)
    {
        var data = new byte[Math.Clamp(bytes, MinimumBytes, MaximumHintBytes)];
        Marks.Add(data, new Mark(0));
        return new Bitstring(data, 0, 0);
    }

    /// <summary>
    /// Makes room for <paramref name="extraBits"/> bits after <paramref name="source"/>:
    /// the array to write into and where the result starts in it. The source's bits are
    /// at the start of the result; the new bits go after them.
    /// </summary>
    public static (byte[] Data, long Start) Extend(Bitstring source, long extraBits)
    {
        var end = source.BitOffset + source.BitSize;
        if (Marks.TryGetValue(source.Data, out var mark) && (long)source.Data.Length * 8 - end >= extraBits
            && Interlocked.CompareExchange(ref mark.End, end + extraBits, end) == end)
            return (source.Data, source.BitOffset);

        var bits = source.BitSize + extraBits;
        var bytes = (bits + 7) >> 3;
        var capacity = Math.Min(Math.Max(bytes * 2, MinimumBytes), Array.MaxLength);
        var data = new byte[Math.Max(capacity, bytes)];
        BitOps.Copy(source.Data, source.BitOffset, data, 0, source.BitSize);
        Marks.Add(data, new Mark(bits));
        return (data, 0);
    }
}
