using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bits;

/// <summary>
/// iolists (nested lists of bytes and binaries, whose tails may be binaries) and their
/// bitstring cousins (list_to_bitstring). Walked with an explicit stack of pending
/// tails: no .NET recursion per level, so a list nested a million deep is fine.
/// </summary>
internal static class IoLists
{
    /// <summary>Receives the elements of a walk in order.</summary>
    private interface ISink
    {
        void Byte(byte b);

        void Bits(Bitstring b);

        /// <summary>A run of bytes in one list ends (the walk enters or leaves a nested list).</summary>
        void EndOfRun();
    }

    /// <summary>The size in bits, or -1 when <paramref name="list"/> is not one (bitstrings only with <paramref name="allowBits"/>).</summary>
    public static long BitSize(Term list, bool allowBits)
    {
        var counter = new Counter();
        return Walk(list, allowBits, ref counter) ? counter.Total : -1;
    }

    /// <summary>The bits of a list already measured with <see cref="BitSize"/>.</summary>
    public static Bitstring ToBitstring(Term list, long bits)
    {
        if (bits == 0)
            return Bitstring.Empty;
        var writer = new Writer(new byte[(bits + 7) >> 3]);
        Walk(list, allowBits: true, ref writer);
        return new Bitstring(writer.Data, 0, bits);
    }

    /// <summary>The bytes of iodata (a binary, or an iolist), or null when it is neither.</summary>
    public static byte[]? ToBytes(Term iodata)
    {
        if (iodata.IsBinary)
            return iodata.Bits.WholeBytes.ToArray();
        var bits = iodata.IsList ? BitSize(iodata, allowBits: false) : -1;
        return bits < 0 ? null : ToBitstring(iodata, bits).WholeBytes.ToArray();
    }

    /// <summary>iolist_to_iovec: the binaries erl would give (see <see cref="IoVecBuilder"/>); null when it is not an iolist.</summary>
    public static List<Bitstring>? ToIoVec(Term list)
    {
        var builder = new IoVecBuilder([]);
        if (!Walk(list, allowBits: false, ref builder))
            return null;
        builder.Finish();
        return builder.Result;
    }

    private static bool Walk<TSink>(Term list, bool allowBits, ref TSink sink)
        where TSink : struct, ISink
    {
        var pending = new Stack<Term>();
        var t = list;
        while (true)
        {
            if (t.IsCons)
            {
                var head = t.Head;
                if (head.IsSmall)
                {
                    if ((ulong)head.SmallValue > 255)
                        return false;
                    sink.Byte((byte)head.SmallValue);
                    t = t.Tail;
                }
                else if (head.IsBitstring)
                {
                    if (!allowBits && !head.Bits.IsBinary)
                        return false;
                    sink.Bits(head.Bits);
                    t = t.Tail;
                }
                else if (head.IsList)
                {
                    var tail = t.Tail;
                    if (!tail.IsNil)
                        pending.Push(tail);
                    sink.EndOfRun();
                    t = head;
                }
                else
                {
                    return false;
                }
                continue;
            }
            if (t.IsBitstring)
            {
                if (!allowBits && !t.Bits.IsBinary)
                    return false;
                sink.Bits(t.Bits);
            }
            else if (!t.IsNil)
            {
                return false;
            }
            sink.EndOfRun();
            if (pending.Count == 0)
                return true;
            t = pending.Pop();
        }
    }

    private struct Counter : ISink
    {
        public long Total;

        public void Byte(byte b) => Total += 8;

        public void Bits(Bitstring b) => Total += b.BitSize;

        public readonly void EndOfRun()
        {
        }
    }

    private struct Writer(byte[] data) : ISink
    {
        public readonly byte[] Data = data;
        private long _at;

        public void Byte(byte b)
        {
            if ((_at & 7) == 0)
                Data[_at >> 3] = b;
            else
                BitOps.Write(Data, _at, b, 8);
            _at += 8;
        }

        public void Bits(Bitstring b)
        {
            BitOps.Copy(b.Data, b.BitOffset, Data, _at, b.BitSize);
            _at += b.BitSize;
        }

        public readonly void EndOfRun()
        {
        }
    }

    /// <summary>
    /// erl's iolist_to_iovec: bytes and small binaries gather in an accumulator that
    /// grows by doubling up to 8 KiB; binaries of 256 bytes or more stand alone (or top up
    /// a small accumulator first), so large binaries are shared rather than copied.
    /// </summary>
    private struct IoVecBuilder(List<Bitstring> result) : ISink
    {
        private const int Small = 256;
        private const int ReallocationLimit = Small * 32;

        public readonly List<Bitstring> Result = result;
        private byte[]? _acc;
        private int _size;
        private readonly List<byte> _run = [];

        public readonly void Byte(byte b) => _run.Add(b);

        public void EndOfRun()
        {
            if (_run.Count == 0)
                return;
            Expand(_run.Count);
            _run.CopyTo(_acc!, _size);
            _size += _run.Count;
            _run.Clear();
        }

        public void Bits(Bitstring b)
        {
            EndOfRun();
            var size = b.ByteSize;
            if (size == 0)
                return;
            var accSmall = _size < Small;
            var binSmall = size < Small;
            if (!binSmall && (_size == 0 || !accSmall))
            {
                if (_size != 0)
                    Promote();
                Result.Add(b);
            }
            else if (binSmall || size + _size < Small * 2)
            {
                Expand(size);
                BitOps.Copy(b.Data, b.BitOffset, _acc!, _size * 8L, size * 8);
                _size += (int)size;
            }
            else
            {
                var spill = Small - _size;
                Expand(spill);
                BitOps.Copy(b.Data, b.BitOffset, _acc!, _size * 8L, spill * 8L);
                _size += spill;
                Promote();
                Result.Add(new Bitstring(b.Data, b.BitOffset + spill * 8L, (size - spill) * 8));
            }
        }

        public void Finish()
        {
            EndOfRun();
            if (_size != 0)
                Promote();
        }

        private void Expand(long extra)
        {
            var required = _size + extra;
            if (_acc is null)
            {
                _acc = new byte[Math.Max(required, Small)];
            }
            else if (required > _acc.Length)
            {
                if (_acc.Length >= ReallocationLimit)
                {
                    Promote();
                    Expand(extra);
                    return;
                }
                Array.Resize(ref _acc, (int)Math.Max(required, _acc.Length * 2L));
            }
        }

        private void Promote()
        {
            Result.Add(new Bitstring(_acc!, 0, _size * 8L));
            _acc = null;
            _size = 0;
        }
    }
}
