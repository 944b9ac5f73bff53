using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Enigma.Beam.Etf;

/// <summary>
/// Writes the external term format byte for byte as erl 25's
/// <c>term_to_binary/2</c> does, without recursion.
/// </summary>
/// <remarks>
/// Compressed output is byte-identical to erl's where the system zlib it links is
/// present (see <see cref="SystemZlib"/>).
/// </remarks>
public static class EtfEncoder
{
    private static readonly EtfEncodeOptions Defaults = new();

    public static byte[] Encode(ETerm term, EtfEncodeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(term);
        options ??= Defaults;
        if (options.MinorVersion is < 0 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MinorVersion, "MinorVersion must be 0, 1 or 2.");
        }

        if (options.CompressionLevel is < 0 or > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.CompressionLevel, "CompressionLevel must be 0..9.");
        }

        var output = new ByteWriter(256);
        output.Byte(EtfTags.Version);
        WriteTerm(output, term, options.MinorVersion);
        byte[] plain = output.ToArray();
        return options.CompressionLevel == 0 ? plain : Compress(plain, options.CompressionLevel);
    }

    /// <summary>
    /// external.c keeps the compressed form only when it is no longer than the
    /// plain one: zlib gets an output buffer of the plain size less the 5-byte
    /// header, and any failure (including running out of room) keeps it plain.
    /// </summary>
    private static byte[] Compress(byte[] plain, int level)
    {
        const int HeaderLength = 6;
        int payload = plain.Length - 1;
        var zipped = SystemZlib.Compress(plain.AsSpan(1), level, payload - 5);
        if (zipped is null)
        {
            return plain;
        }

        var result = new byte[HeaderLength + zipped.Length];
        result[0] = EtfTags.Version;
        result[1] = EtfTags.Compressed;
        BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(2), (uint)payload);
        zipped.CopyTo(result.AsSpan(HeaderLength));
        return result;
    }

    private static void WriteTerm(ByteWriter output, ETerm root, int minorVersion)
    {
        // Work items: a term to write, or (Term null) the offset of a NEW_FUN_EXT size to patch.
        var stack = new ValueStack<(ETerm? Term, int PatchAt)>(16);
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (term, patchAt) = stack.Pop();
            switch (term)
            {
                case null:
                    output.PatchUInt32(patchAt, (uint)(output.Length - patchAt));
                    break;
                case EInteger i:
                    WriteInteger(output, i.Value);
                    break;
                case EFloat f:
                    WriteFloat(output, f.Value, minorVersion);
                    break;
                case EAtom a:
                    WriteAtom(output, a, minorVersion);
                    break;
                case ENil:
                    output.Byte(EtfTags.Nil);
                    break;
                case ETuple t:
                    var elements = t.Elements;
                    if (elements.Length <= 0xFF)
                    {
                        output.Byte(EtfTags.SmallTuple);
                        output.Byte((byte)elements.Length);
                    }
                    else
                    {
                        output.Byte(EtfTags.LargeTuple);
                        output.UInt32((uint)elements.Length);
                    }

                    PushReversed(ref stack, elements);
                    break;
                case EList l:
                    if (IsExternalString(l))
                    {
                        output.Byte(EtfTags.String);
                        output.UInt16((ushort)l.Elements.Length);
                        foreach (var e in l.Elements)
                        {
                            output.Byte((byte)((EInteger)e).Value);
                        }
                    }
                    else
                    {
                        output.Byte(EtfTags.List);
                        output.UInt32((uint)l.Elements.Length);
                        stack.Push((l.Tail, 0));
                        PushReversed(ref stack, l.Elements);
                    }

                    break;
                case EBitstring b:
                    WriteBitstring(output, b);
                    break;
                case EMap m:
                    output.Byte(EtfTags.Map);
                    output.UInt32((uint)m.Pairs.Length);
                    for (int k = m.Pairs.Length - 1; k >= 0; k--)
                    {
                        stack.Push((m.Pairs[k].Value, 0));
                        stack.Push((m.Pairs[k].Key, 0));
                    }

                    break;
                case EPid p:
                    output.Byte(EtfTags.NewPid);
                    WriteAtom(output, p.Node, minorVersion);
                    output.UInt32(p.Id);
                    output.UInt32(p.Serial);
                    output.UInt32(p.Creation);
                    break;
                case EPort p:
                    if (p.Id > EtfTags.MaxV3PortNumber)
                    {
                        output.Byte(EtfTags.V4Port);
                        WriteAtom(output, p.Node, minorVersion);
                        output.UInt64(p.Id);
                    }
                    else
                    {
                        output.Byte(EtfTags.NewPort);
                        WriteAtom(output, p.Node, minorVersion);
                        output.UInt32((uint)p.Id);
                    }

                    output.UInt32(p.Creation);
                    break;
                case ERef r:
                    output.Byte(EtfTags.NewerReference);
                    output.UInt16((ushort)r.Ids.Length);
                    WriteAtom(output, r.Node, minorVersion);
                    output.UInt32(r.Creation);
                    foreach (uint id in r.Ids)
                    {
                        output.UInt32(id);
                    }

                    break;
                case EExport e:
                    output.Byte(EtfTags.Export);
                    WriteAtom(output, e.Module, minorVersion);
                    WriteAtom(output, e.Function, minorVersion);
                    WriteInteger(output, e.Arity);
                    break;
                case EFun f:
                    output.Byte(EtfTags.NewFun);
                    int sizeAt = output.Length;
                    output.UInt32(0);
                    output.Byte((byte)f.Arity);
                    output.Bytes(f.Uniq);
                    output.UInt32((uint)f.Index);
                    output.UInt32((uint)f.FreeVars.Length);
                    WriteAtom(output, f.Module, minorVersion);
                    WriteInteger(output, f.OldIndex);
                    WriteInteger(output, f.OldUniq);
                    // Creator, then free variables, then the size once everything is written.
                    stack.Push((null, sizeAt));
                    PushReversed(ref stack, f.FreeVars);
                    stack.Push((f.Pid, 0));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown term type {term.GetType()}.");
            }
        }
    }

    private static void PushReversed(ref ValueStack<(ETerm? Term, int PatchAt)> stack, ETerm[] terms)
    {
        for (int k = terms.Length - 1; k >= 0; k--)
        {
            stack.Push((terms[k], 0));
        }
    }

    /// <summary>external.c's is_external_string: a proper list of at most 65535 integers 0..255.</summary>
    private static bool IsExternalString(EList list)
    {
        if (!list.IsProper || list.Elements.Length > EtfTags.MaxStringLength)
        {
            return false;
        }

        foreach (var e in list.Elements)
        {
            if (e is not EInteger i || i.Value.Sign < 0 || i.Value > 255)
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteInteger(ByteWriter output, BigInteger value)
    {
        if (value.Sign >= 0 && value <= 255)
        {
            output.Byte(EtfTags.SmallInteger);
            output.Byte((byte)value);
        }
        else if (value >= int.MinValue && value <= int.MaxValue)
        {
            output.Byte(EtfTags.Integer);
            output.UInt32((uint)(int)value);
        }
        else
        {
            byte[] magnitude = BigInteger.Abs(value).ToByteArray(isUnsigned: true, isBigEndian: false);
            if (magnitude.Length <= 0xFF)
            {
                output.Byte(EtfTags.SmallBig);
                output.Byte((byte)magnitude.Length);
            }
            else
            {
                output.Byte(EtfTags.LargeBig);
                output.UInt32((uint)magnitude.Length);
            }

            output.Byte(value.Sign < 0 ? (byte)1 : (byte)0);
            output.Bytes(magnitude);
        }
    }

    private static void WriteFloat(ByteWriter output, double value, int minorVersion)
    {
        if (minorVersion == 0)
        {
            output.Byte(EtfTags.Float);
            FloatText.WriteFloatExt(value, output.Reserve(EtfTags.FloatTextLength));
        }
        else
        {
            output.Byte(EtfTags.NewFloat);
            output.UInt64((ulong)BitConverter.DoubleToInt64Bits(value));
        }
    }

    /// <summary>
    /// term_to_binary never sets DFLAG_SMALL_ATOM_TAGS, so a Latin-1 atom is
    /// ATOM_EXT (even when short) unless minor version 2 asks for UTF-8 tags;
    /// other atoms are SMALL_ATOM_UTF8_EXT, or ATOM_UTF8_EXT above 255 bytes.
    /// </summary>
    private static void WriteAtom(ByteWriter output, EAtom atom, int minorVersion)
    {
        string name = atom.Name;
        if (atom.IsLatin1 && minorVersion < 2)
        {
            output.Byte(EtfTags.Atom);
            output.UInt16((ushort)name.Length);
            Encoding.Latin1.GetBytes(name, output.Reserve(name.Length));
            return;
        }

        int length = atom.Utf8Length;
        if (length > 0xFF)
        {
            output.Byte(EtfTags.AtomUtf8);
            output.UInt16((ushort)length);
        }
        else
        {
            output.Byte(EtfTags.SmallAtomUtf8);
            output.Byte((byte)length);
        }

        Encoding.UTF8.GetBytes(name, output.Reserve(length));
    }

    private static void WriteBitstring(ByteWriter output, EBitstring bits)
    {
        var bytes = bits.Bytes;
        if (bits.IsBinary)
        {
            output.Byte(EtfTags.Binary);
            output.UInt32((uint)bytes.Length);
            output.Bytes(bytes);
            return;
        }

        output.Byte(EtfTags.BitBinary);
        output.UInt32((uint)bytes.Length);
        output.Byte((byte)bits.BitsInLastByte);
        output.Bytes(bytes.AsSpan(0, bytes.Length - 1));
        output.Byte(bits.MaskedLastByte);
    }

    /// <summary>A growable big-endian byte buffer.</summary>
    private sealed class ByteWriter(int capacity)
    {
        private byte[] _buffer = new byte[capacity];

        public int Length { get; private set; }

        public Span<byte> Reserve(int n)
        {
            if (_buffer.Length - Length < n)
            {
                long wanted = Math.Max((long)Length + n, _buffer.Length * 2L);
                if (wanted > Array.MaxLength)
                {
                    wanted = (long)Length + n;
                    if (wanted > Array.MaxLength)
                    {
                        throw new InvalidOperationException("The encoded term does not fit in a byte array.");
                    }
                }

                Array.Resize(ref _buffer, (int)wanted);
            }

            var span = _buffer.AsSpan(Length, n);
            Length += n;
            return span;
        }

        public void Byte(byte value) => Reserve(1)[0] = value;

        public void UInt16(ushort value) => BinaryPrimitives.WriteUInt16BigEndian(Reserve(2), value);

        public void UInt32(uint value) => BinaryPrimitives.WriteUInt32BigEndian(Reserve(4), value);

        public void UInt64(ulong value) => BinaryPrimitives.WriteUInt64BigEndian(Reserve(8), value);

        public void Bytes(ReadOnlySpan<byte> data) => data.CopyTo(Reserve(data.Length));

        public void PatchUInt32(int at, uint value) => BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(at), value);

        public byte[] ToArray() => _buffer.AsSpan(0, Length).ToArray();
    }
}
