using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;
using System.Text;
using System.Text.Unicode;

namespace Enigma.Beam.Etf;

/// <summary>
/// Reads the external term format as erl 25's <c>binary_to_term/1</c> does,
/// without recursion: nested terms live on an explicit stack of frames.
/// </summary>
/// <remarks>
/// Differences from erl, all deliberate: bytes after the term (or after the
/// zlib stream of a compressed term) are an error, where erl ignores them; map
/// pairs keep the order they were read in, where erl sorts small maps; and
/// pids, ports and references of the local node are not checked against that
/// node's limits (the codec does not know which node is local).
/// </remarks>
public static class EtfDecoder
{
    /// <summary>Decodes <paramref name="data"/>, which starts with the version byte 131.</summary>
    /// <exception cref="EtfFormatException">The data is not exactly one well-formed term.</exception>
    public static ETerm Decode(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
        {
            throw new EtfFormatException("empty input: expected the version byte 131", 0);
        }

        if (data[0] != EtfTags.Version)
        {
            throw new EtfFormatException($"version byte is {data[0]}, expected {EtfTags.Version}", 0);
        }

        if (data.Length > 1 && data[1] == EtfTags.Compressed)
        {
            if (data.Length < 6)
            {
                throw new EtfFormatException("truncated compressed term: the 4-byte uncompressed size is missing", 2);
            }

            uint size = BinaryPrimitives.ReadUInt32BigEndian(data[2..]);
            byte[] inflated = Inflate(data[6..], size);
            return new Reader(inflated, 0, inflated: true).DecodeTerm();
        }

        return new Reader(data[1..], 1, inflated: false).DecodeTerm();
    }

    /// <summary>
    /// Inflates a zlib stream that must give exactly <paramref name="declared"/>
    /// bytes. The buffer grows with the data actually produced, so a size that
    /// lies costs no more memory than the real data.
    /// </summary>
    private static byte[] Inflate(ReadOnlySpan<byte> compressed, uint declared)
    {
        const int HeaderLength = 6;
        if (declared > (uint)Array.MaxLength)
        {
            throw new EtfFormatException($"compressed term declares {declared} uncompressed bytes, more than a term can have", 2);
        }

        int size = (int)declared;
        byte[] buffer = new byte[Math.Min(size, 1 << 16)];
        int total = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(compressed.ToArray(), writable: false), CompressionMode.Decompress);
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (total == size)
                    {
                        // Full: anything more means the size lied.
                        Span<byte> probe = stackalloc byte[1];
                        if (zlib.Read(probe) != 0)
                        {
                            throw new EtfFormatException($"compressed data inflates to more than the declared {size} bytes", 2);
                        }

                        break;
                    }

                    Array.Resize(ref buffer, (int)Math.Min(size, (long)buffer.Length * 2));
                }

                int n = zlib.Read(buffer, total, buffer.Length - total);
                if (n == 0)
                {
                    break;
                }

                total += n;
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new EtfFormatException($"corrupt zlib data in compressed term: {e.Message}", HeaderLength);
        }

        if (total != size)
        {
            throw new EtfFormatException($"compressed data inflates to {total} bytes, not the declared {size}", 2);
        }

        // .NET accepts a stream cut before its checksum and ignores bytes after it; erl
        // rejects the first, and this decoder rejects both.
        if (compressed.Length < 4 || BinaryPrimitives.ReadUInt32BigEndian(compressed[^4..]) != Adler32(buffer))
        {
            throw new EtfFormatException("the zlib stream does not end with its Adler-32 checksum at the end of the input",
                HeaderLength + Math.Max(0, compressed.Length - 4));
        }

        return buffer;
    }

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Mod = 65521;
        uint a = 1, b = 0;
        while (data.Length > 0)
        {
            // 5552 bytes keep the sums below 2^32 between reductions (zlib's NMAX).
            int n = Math.Min(data.Length, 5552);
            foreach (byte x in data[..n])
            {
                a += x;
                b += a;
            }

            a %= Mod;
            b %= Mod;
            data = data[n..];
        }

        return (b << 16) | a;
    }

    private enum FrameKind : byte
    {
        Tuple,
        List,
        Map,
        Fun,
    }

    /// <summary>A composite term whose children are being read.</summary>
    private struct Frame
    {
        public FrameKind Kind;

        /// <summary>Children read so far (a map's keys and values alternate; a fun's pid comes first).</summary>
        public ETerm[] Items;

        public int Filled;

        /// <summary>A list's element count so far; grows when a LIST_EXT tail continues the list.</summary>
        public int Count;

        /// <summary>A list whose elements are all read and whose tail is being read as a term.</summary>
        public bool AwaitingTail;

        /// <summary>Where the term starts, for errors found when it is complete.</summary>
        public int Start;

        public FunHeader? Fun;
    }

    private sealed record FunHeader(EAtom Module, int Index, byte[] Uniq, int OldIndex, int OldUniq, int Arity);

    private ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _data;
        private readonly int _base;
        private readonly bool _inflated;
        private int _pos;

        /// <summary>
        /// Term slots announced but not read yet. Each needs at least one byte, so
        /// a count that cannot fit in what is left fails before anything is allocated.
        /// </summary>
        private long _pending;

        public Reader(ReadOnlySpan<byte> data, int baseOffset, bool inflated)
        {
            _data = data;
            _base = baseOffset;
            _inflated = inflated;
            _pos = 0;
            _pending = 0;
        }

        private readonly int Remaining => _data.Length - _pos;

        public ETerm DecodeTerm()
        {
            var frames = new ValueStack<Frame>(16);
            _pending = 1;
            while (true)
            {
                _pending--;
                ETerm? term = ReadTerm(ref frames);
                while (term is not null)
                {
                    if (frames.Count == 0)
                    {
                        if (_pos != _data.Length)
                        {
                            throw Error($"{Remaining} trailing bytes after the term", _pos);
                        }

                        return term;
                    }

                    term = Deliver(ref frames.Top, term);
                    if (term is not null)
                    {
                        frames.Pop();
                    }
                }
            }
        }

        /// <summary>
        /// Reads one term. Returns it when it is complete; returns null when it
        /// pushed a frame, or when a LIST_EXT of no elements stands for the term after it.
        /// </summary>
        private ETerm? ReadTerm(ref ValueStack<Frame> frames)
        {
            int start = _pos;
            byte tag = U8("tag");
            switch (tag)
            {
                case EtfTags.SmallInteger:
                    return EInteger.Byte(U8("SMALL_INTEGER_EXT"));
                case EtfTags.Integer:
                    return new EInteger((int)U32("INTEGER_EXT"));
                case EtfTags.SmallBig:
                    return ReadBig(U8("SMALL_BIG_EXT size"), start);
                case EtfTags.LargeBig:
                    return ReadBig(U32("LARGE_BIG_EXT size"), start);
                case EtfTags.NewFloat:
                    {
                        double value = BitConverter.Int64BitsToDouble((long)U64("NEW_FLOAT_EXT"));
                        if (!double.IsFinite(value))
                        {
                            throw Error("NEW_FLOAT_EXT holds an infinity or NaN", start);
                        }

                        return new EFloat(value);
                    }

                case EtfTags.Float:
                    {
                        var text = Bytes(EtfTags.FloatTextLength, "FLOAT_EXT text");
                        if (!FloatText.TryParse(text, out double value))
                        {
                            throw Error("FLOAT_EXT text is not a finite float", start + 1);
                        }

                        return new EFloat(value);
                    }

                case EtfTags.Atom:
                case EtfTags.SmallAtom:
                case EtfTags.AtomUtf8:
                case EtfTags.SmallAtomUtf8:
                    return ReadAtomBody(tag, start);
                case EtfTags.Nil:
                    return ENil.Instance;
                case EtfTags.SmallTuple:
                case EtfTags.LargeTuple:
                    {
                        uint n = tag == EtfTags.SmallTuple ? U8("SMALL_TUPLE_EXT arity") : U32("LARGE_TUPLE_EXT arity");
                        if (n == 0)
                        {
                            return new ETuple([], trusted: true);
                        }

                        Announce(n, "tuple elements", start);
                        frames.Push(new Frame { Kind = FrameKind.Tuple, Items = new ETerm[n], Start = start });
                        return null;
                    }

                case EtfTags.String:
                    {
                        int n = Length(U16("STRING_EXT length"), "STRING_EXT characters");
                        if (n == 0)
                        {
                            return ENil.Instance;
                        }

                        var items = new ETerm[n];
                        AppendString(items, 0, n);
                        return new EList(items, ENil.Instance, trusted: true);
                    }

                case EtfTags.List:
                    {
                        uint n = U32("LIST_EXT length");
                        if (n == 0)
                        {
                            // erl reads a LIST_EXT of no elements as just its tail.
                            _pending++;
                            return null;
                        }

                        Announce(n + 1L, "list elements and tail", start);
                        frames.Push(new Frame { Kind = FrameKind.List, Items = new ETerm[n], Count = (int)n, Start = start });
                        return null;
                    }

                case EtfTags.Binary:
                    {
                        int n = Length(U32("BINARY_EXT length"), "BINARY_EXT data");
                        return new EBitstring(Bytes(n, "BINARY_EXT data").ToArray());
                    }

                case EtfTags.BitBinary:
                    {
                        uint length = U32("BIT_BINARY_EXT length");
                        byte bits = U8("BIT_BINARY_EXT bits");
                        if ((bits == 0) != (length == 0) || bits > 8)
                        {
                            throw Error($"BIT_BINARY_EXT of {length} bytes cannot have {bits} bits in its last byte", _pos - 1);
                        }

                        int n = Length(length, "BIT_BINARY_EXT data");
                        return n == 0 ? new EBitstring([]) : new EBitstring(Bytes(n, "BIT_BINARY_EXT data").ToArray(), bits);
                    }

                case EtfTags.NewPid:
                case EtfTags.Pid:
                    {
                        EAtom node = ReadNode("pid");
                        uint id = U32("pid id");
                        uint serial = U32("pid serial");
                        uint creation = tag == EtfTags.NewPid ? U32("pid creation") : TinyCreation("PID_EXT");
                        return new EPid(node, id, serial, creation);
                    }

                case EtfTags.NewPort:
                case EtfTags.V4Port:
                case EtfTags.Port:
                    {
                        EAtom node = ReadNode("port");
                        ulong id = tag == EtfTags.V4Port ? U64("port id") : U32("port id");
                        uint creation = tag == EtfTags.Port ? TinyCreation("PORT_EXT") : U32("port creation");
                        return new EPort(node, id, creation);
                    }

                case EtfTags.NewerReference:
                case EtfTags.NewReference:
                case EtfTags.Reference:
                    return ReadReference(tag, start);
                case EtfTags.Export:
                    {
                        EAtom module = ReadAtom("EXPORT_EXT module");
                        EAtom function = ReadAtom("EXPORT_EXT function");
                        int arityAt = _pos;
                        int arity = ReadSmallInteger("EXPORT_EXT arity");
                        if (arity < 0)
                        {
                            throw Error($"EXPORT_EXT arity {arity} is negative", arityAt);
                        }

                        return new EExport(module, function, arity);
                    }

                case EtfTags.NewFun:
                    return ReadFunHeader(ref frames, start);
                case EtfTags.Map:
                    {
                        uint n = U32("MAP_EXT size");
                        if (n == 0)
                        {
                            return new EMap([], trusted: true);
                        }

                        Announce(2L * n, "map keys and values", start);
                        frames.Push(new Frame { Kind = FrameKind.Map, Items = new ETerm[2 * (int)n], Start = start });
                        return null;
                    }

                case EtfTags.Compressed:
                    throw Error("a compressed term (tag 80) may only appear right after the version byte", start);
                case EtfTags.AtomCacheRef:
                    throw Error("ATOM_CACHE_REF (tag 82) only appears in distribution messages", start);
                case EtfTags.DistHeader:
                case EtfTags.DistFragHeader:
                    throw Error($"distribution header (tag {tag}) is not supported", start);
                case EtfTags.Fun:
                    throw Error("FUN_EXT (tag 117, the pre-R8 fun) is not supported since OTP 23", start);
                default:
                    throw Error($"unknown tag {tag}", start);
            }
        }

        /// <summary>
        /// Adds a child to the top frame. Returns the frame's term when it is
        /// complete (the caller pops it), else null.
        /// </summary>
        private ETerm? Deliver(ref Frame frame, ETerm child)
        {
            switch (frame.Kind)
            {
                case FrameKind.Tuple:
                    frame.Items[frame.Filled++] = child;
                    return frame.Filled == frame.Items.Length ? new ETuple(frame.Items, trusted: true) : null;
                case FrameKind.Map:
                    frame.Items[frame.Filled++] = child;
                    return frame.Filled == frame.Items.Length ? BuildMap(frame.Items, frame.Start) : null;
                case FrameKind.Fun:
                    frame.Items[frame.Filled++] = child;
                    if (frame.Filled < frame.Items.Length)
                    {
                        return null;
                    }

                    var h = frame.Fun!;
                    return new EFun(h.Module, h.Index, h.Uniq, h.OldIndex, h.OldUniq, h.Arity, frame.Items[0], frame.Items[1..]);
                default:
                    if (frame.AwaitingTail)
                    {
                        return FinishList(ref frame, child);
                    }

                    frame.Items[frame.Filled++] = child;
                    return frame.Filled == frame.Count ? ReadListTail(ref frame) : null;
            }
        }

        /// <summary>
        /// Reads what follows a list's last element: the empty list, more
        /// elements (a LIST_EXT or STRING_EXT tail continues the same list), or
        /// any other term as an improper tail, which the main loop reads.
        /// </summary>
        private ETerm? ReadListTail(ref Frame frame)
        {
            while (true)
            {
                int start = _pos;
                byte tag = Peek("list tail");
                switch (tag)
                {
                    case EtfTags.Nil:
                        _pos++;
                        _pending--;
                        return FinishList(ref frame, ENil.Instance);
                    case EtfTags.String:
                        {
                            _pos++;
                            _pending--;
                            int n = Length(U16("STRING_EXT length"), "STRING_EXT characters");
                            Grow(ref frame, n);
                            AppendString(frame.Items, frame.Filled, n);
                            frame.Filled += n;
                            return FinishList(ref frame, ENil.Instance);
                        }

                    case EtfTags.List:
                        {
                            _pos++;
                            uint n = U32("LIST_EXT length");
                            if (n == 0)
                            {
                                continue;
                            }

                            // The tail slot becomes n elements and a new tail.
                            _pending--;
                            Announce(n + 1L, "list elements and tail", start);
                            Grow(ref frame, (int)n);
                            return null;
                        }

                    default:
                        frame.AwaitingTail = true;
                        return null;
                }
            }
        }

        private static void Grow(ref Frame frame, int more)
        {
            int needed = frame.Count + more;
            if (needed > frame.Items.Length)
            {
                // Doubling keeps a long chain of LIST_EXT tails linear.
                Array.Resize(ref frame.Items, (int)Math.Min(Array.MaxLength, Math.Max(needed, frame.Items.Length * 2L)));
            }

            frame.Count = needed;
        }

        private static EList FinishList(ref Frame frame, ETerm tail)
        {
            var items = frame.Items;
            if (items.Length != frame.Filled)
            {
                Array.Resize(ref items, frame.Filled);
            }

            return new EList(items, tail, trusted: true);
        }

        private void AppendString(ETerm[] items, int at, int n)
        {
            var bytes = Bytes(n, "STRING_EXT characters");
            for (int k = 0; k < n; k++)
            {
                items[at + k] = EInteger.Byte(bytes[k]);
            }
        }

        private readonly EMap BuildMap(ETerm[] items, int start)
        {
            int n = items.Length / 2;
            var pairs = new KeyValuePair<ETerm, ETerm>[n];
            for (int k = 0; k < n; k++)
            {
                pairs[k] = new KeyValuePair<ETerm, ETerm>(items[2 * k], items[2 * k + 1]);
            }

            // erl rejects a map with two keys that are =:= (0.0 and -0.0 included, in OTP 25).
            if (n == 2)
            {
                if (TermEquality.ErlangExact.Equals(pairs[0].Key, pairs[1].Key))
                {
                    throw Error("map has a duplicate key", start);
                }
            }
            else if (n > 2)
            {
                var seen = new HashSet<ETerm>(n, TermEquality.ErlangExact);
                foreach (var pair in pairs)
                {
                    if (!seen.Add(pair.Key))
                    {
                        throw Error($"map has a duplicate key {Describe(pair.Key)}", start);
                    }
                }
            }

            return new EMap(pairs, trusted: true);
        }

        private static string Describe(ETerm term)
        {
            string text = ETermFormatter.Format(term);
            return text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
        }

        private EInteger ReadBig(uint length, int start)
        {
            if (length > EtfTags.MaxBigBytes)
            {
                throw Error($"bignum of {length} bytes is larger than erl allows ({EtfTags.MaxBigBytes})", start);
            }

            byte sign = U8("bignum sign");
            var digits = Bytes(Length(length, "bignum digits"), "bignum digits");
            var magnitude = new BigInteger(digits, isUnsigned: true, isBigEndian: false);
            return new EInteger(sign == 0 ? magnitude : -magnitude);
        }

        private ETerm? ReadFunHeader(ref ValueStack<Frame> frames, int start)
        {
            // The size field is not checked: erl ignores it too (OTP 23+ wrote wrong ones).
            _ = U32("NEW_FUN_EXT size");
            byte arity = U8("NEW_FUN_EXT arity");
            byte[] uniq = Bytes(EFun.UniqLength, "NEW_FUN_EXT uniq").ToArray();
            int index = (int)U32("NEW_FUN_EXT index");
            int numFreeAt = _pos;
            uint numFree = U32("NEW_FUN_EXT free variable count");
            if (numFree > EFun.MaxFreeVars)
            {
                throw Error($"NEW_FUN_EXT has {numFree} free variables; at most {EFun.MaxFreeVars} are allowed", numFreeAt);
            }

            EAtom module = ReadAtom("NEW_FUN_EXT module");
            int oldIndex = ReadSmallInteger("NEW_FUN_EXT old index");
            int oldUniq = ReadSmallInteger("NEW_FUN_EXT old uniq");
            Announce(numFree + 1L, "fun creator and free variables", start);
            frames.Push(new Frame
            {
                Kind = FrameKind.Fun,
                Items = new ETerm[numFree + 1],
                Start = start,
                Fun = new FunHeader(module, index, uniq, oldIndex, oldUniq, arity),
            });
            return null;
        }

        private ERef ReadReference(byte tag, int start)
        {
            int words = 1;
            if (tag != EtfTags.Reference)
            {
                int wordsAt = _pos;
                words = U16("reference length");
                if (words is 0 or > ERef.MaxIds)
                {
                    throw Error($"reference has {words} id words; 1 to {ERef.MaxIds} are allowed", wordsAt);
                }
            }

            EAtom node = ReadNode("reference");
            uint creation;
            var ids = new uint[words];
            if (tag == EtfTags.Reference)
            {
                ids[0] = U32("reference id");
                creation = TinyCreation("REFERENCE_EXT");
            }
            else
            {
                creation = tag == EtfTags.NewReference ? TinyCreation("NEW_REFERENCE_EXT") : U32("reference creation");
                for (int k = 0; k < words; k++)
                {
                    ids[k] = U32("reference id");
                }
            }

            if (tag != EtfTags.NewerReference && ids[0] > EtfTags.MaxOldReferenceId)
            {
                throw Error($"first id word {ids[0]} of an old-style reference exceeds 18 bits", start);
            }

            return new ERef(node, creation, ids);
        }

        private uint TinyCreation(string what)
        {
            byte creation = U8($"{what} creation");
            if (creation > EtfTags.MaxTinyCreation)
            {
                throw Error($"{what} creation {creation} exceeds 2 bits", _pos - 1);
            }

            return creation;
        }

        /// <summary>A node name: any of the four atom tags.</summary>
        private EAtom ReadNode(string what) => ReadAtom($"{what} node");

        private EAtom ReadAtom(string what)
        {
            int start = _pos;
            byte tag = U8(what);
            if (tag is not (EtfTags.Atom or EtfTags.SmallAtom or EtfTags.AtomUtf8 or EtfTags.SmallAtomUtf8))
            {
                throw Error($"{what}: expected an atom, found tag {tag}", start);
            }

            return ReadAtomBody(tag, start);
        }

        private EAtom ReadAtomBody(byte tag, int start)
        {
            bool utf8 = tag is EtfTags.AtomUtf8 or EtfTags.SmallAtomUtf8;
            int length = tag is EtfTags.Atom or EtfTags.AtomUtf8 ? U16("atom length") : U8("atom length");
            int limit = utf8 ? EtfTags.MaxAtomUtf8Bytes : EAtom.MaxCharacters;
            if (length > limit)
            {
                throw Error($"atom of {length} bytes is longer than {limit}", start);
            }

            var bytes = Bytes(length, "atom text");
            if (!utf8)
            {
                return new EAtom(Encoding.Latin1.GetString(bytes), isLatin1: true);
            }

            Span<char> chars = stackalloc char[EtfTags.MaxAtomUtf8Bytes];
            if (Utf8.ToUtf16(bytes, chars, out _, out int written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            {
                throw Error("atom text is not valid UTF-8", start);
            }

            var text = chars[..written];
            int codePoints = written;
            bool latin1 = true;
            foreach (char c in text)
            {
                codePoints -= char.IsLowSurrogate(c) ? 1 : 0;
                latin1 &= c <= 0xFF;
            }

            if (codePoints > EAtom.MaxCharacters)
            {
                throw Error($"atom of {codePoints} characters is longer than {EAtom.MaxCharacters}", start);
            }

            return new EAtom(new string(text), latin1);
        }

        /// <summary>
        /// An integer term that must fit in an int, read in place (EXPORT_EXT's
        /// arity, NEW_FUN_EXT's old index and uniq). erl accepts any term that
        /// decodes to a small integer here, LIST_EXT wrappers included.
        /// </summary>
        private int ReadSmallInteger(string what)
        {
            while (true)
            {
                int start = _pos;
                byte tag = U8(what);
                BigInteger value;
                switch (tag)
                {
                    case EtfTags.SmallInteger:
                        return U8(what);
                    case EtfTags.Integer:
                        return (int)U32(what);
                    case EtfTags.SmallBig:
                        value = ReadBig(U8(what), start).Value;
                        break;
                    case EtfTags.LargeBig:
                        value = ReadBig(U32(what), start).Value;
                        break;
                    case EtfTags.List when Remaining >= 4 && BinaryPrimitives.ReadUInt32BigEndian(_data[_pos..]) == 0:
                        _pos += 4;
                        continue;
                    default:
                        throw Error($"{what} is not an integer (tag {tag})", start);
                }

                if (value < int.MinValue || value > int.MaxValue)
                {
                    throw Error($"{what} {value} does not fit in 32 bits", start);
                }

                return (int)value;
            }
        }

        /// <summary>Reserves <paramref name="count"/> child slots, each needing at least one byte.</summary>
        private void Announce(long count, string what, int start)
        {
            _pending += count;
            if (_pending > Remaining)
            {
                throw Error($"{count} {what} cannot fit in the {Remaining} bytes left", start);
            }
        }

        private readonly int Length(uint length, string what)
        {
            if (length > (uint)Remaining)
            {
                throw Error($"truncated {what}: needs {length} bytes, {Remaining} left", _pos);
            }

            return (int)length;
        }

        private readonly byte Peek(string what)
        {
            if (_pos >= _data.Length)
            {
                throw Error($"truncated {what}: the data ends here", _pos);
            }

            return _data[_pos];
        }

        private byte U8(string what)
        {
            byte b = Peek(what);
            _pos++;
            return b;
        }

        private ushort U16(string what) => BinaryPrimitives.ReadUInt16BigEndian(Bytes(2, what));

        private uint U32(string what) => BinaryPrimitives.ReadUInt32BigEndian(Bytes(4, what));

        private ulong U64(string what) => BinaryPrimitives.ReadUInt64BigEndian(Bytes(8, what));

        private ReadOnlySpan<byte> Bytes(int n, string what)
        {
            if (n > Remaining)
            {
                throw Error($"truncated {what}: needs {n} bytes, {Remaining} left", _pos);
            }

            var span = _data.Slice(_pos, n);
            _pos += n;
            return span;
        }

        private readonly EtfFormatException Error(string problem, int at) => new(problem, _base + at, _inflated);
    }
}
