using System.Globalization;
using System.Numerics;
using System.Text;
using Enigma.Beam.Etf;
using Enigma.Runtime.Bits;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// Binaries and bitstrings: sizes, conversions to and from lists, atoms and integers,
/// iolists, the external term format, and the cheap BIFs of the binary module (match,
/// split, replace and the rest are missing, see notes/conformance.md).
/// </summary>
internal static class BinaryBifs
{
    private static readonly Term Latin1 = Atoms.Intern("latin1");
    private static readonly Term Unicode = Atoms.Intern("unicode");
    private static readonly Term Utf8 = Atoms.Intern("utf8");
    private static readonly Term Big = Atoms.Intern("big");
    private static readonly Term Little = Atoms.Intern("little");
    private static readonly Term Compressed = Atoms.Intern("compressed");
    private static readonly Term MinorVersion = Atoms.Intern("minor_version");
    private static readonly Term Deterministic = Atoms.Intern("deterministic");
    private static readonly Term Safe = Atoms.Intern("safe");
    private static readonly Term Used = Atoms.Intern("used");

    public static readonly BifEntry[] Entries =
    [
        new("erlang", "byte_size", 1, (p, a) => a[0].IsBitstring ? Term.Integer((a[0].Bits.BitSize + 7) >> 3) : p.Badarg()),
        new("erlang", "bit_size", 1, (p, a) => a[0].IsBitstring ? Term.Integer(a[0].Bits.BitSize) : p.Badarg()),
        new("erlang", "size", 1, (p, a) => a[0].IsTuple ? Term.Small(a[0].TupleArity)
            : a[0].IsBitstring ? Term.Integer(a[0].Bits.ByteSize) : p.Badarg()),

        // ---- lists ----
        new("erlang", "binary_to_list", 1, (p, a) => a[0].IsBinary ? ByteList(p, a[0].Bits, 0, a[0].Bits.ByteSize) : p.Badarg()),
        new("erlang", "binary_to_list", 3, BinaryToList3),
        new("erlang", "bitstring_to_list", 1, BitstringToList),
        new("erlang", "list_to_binary", 1, (p, a) => a[0].IsList ? FromIoList(p, a[0], allowBits: false) : p.Badarg()),
        new("erlang", "list_to_bitstring", 1, (p, a) => a[0].IsList ? FromIoList(p, a[0], allowBits: true) : p.Badarg()),
        new("erlang", "iolist_to_binary", 1, (p, a) => a[0].IsBinary ? a[0] : a[0].IsList ? FromIoList(p, a[0], allowBits: false) : p.Badarg()),
        new("erlang", "iolist_size", 1, IoListSize),
        new("erlang", "iolist_to_iovec", 1, IoListToIoVec),

        // ---- parts ----
        new("erlang", "binary_part", 2, (p, a) => PartTuple(p, a[0], a[1])),
        new("erlang", "binary_part", 3, (p, a) => Part(p, a[0], a[1], a[2])),
        new("erlang", "split_binary", 2, SplitBinary),

        // ---- atoms and integers ----
        new("erlang", "atom_to_binary", 1, (p, a) => AtomToBinary(p, a[0], Utf8)),
        new("erlang", "atom_to_binary", 2, (p, a) => AtomToBinary(p, a[0], a[1])),
        new("erlang", "binary_to_atom", 1, (p, a) => BinaryToAtom(p, a[0], Utf8, existing: false)),
        new("erlang", "binary_to_atom", 2, (p, a) => BinaryToAtom(p, a[0], a[1], existing: false)),
        new("erlang", "binary_to_existing_atom", 1, (p, a) => BinaryToAtom(p, a[0], Utf8, existing: true)),
        new("erlang", "binary_to_existing_atom", 2, (p, a) => BinaryToAtom(p, a[0], a[1], existing: true)),
        new("erlang", "integer_to_binary", 1, (p, a) => a[0].IsInteger ? Ascii(ToBase(a[0].BigValue, 10)) : p.Badarg()),
        new("erlang", "integer_to_binary", 2, (p, a) => a[0].IsInteger && Base(a[1]) is { } b ? Ascii(ToBase(a[0].BigValue, b)) : p.Badarg()),
        new("erlang", "binary_to_integer", 1, (p, a) => ParseInteger(p, a[0], 10)),
        new("erlang", "binary_to_integer", 2, (p, a) => Base(a[1]) is { } b ? ParseInteger(p, a[0], b) : p.Badarg()),

        // ---- external term format ----
        new("erlang", "term_to_binary", 1, (p, a) => TermToBinary(p, a[0], Term.Nil)),
        new("erlang", "term_to_binary", 2, (p, a) => TermToBinary(p, a[0], a[1])),
        new("erlang", "external_size", 1, (p, a) => ExternalSize(TermToBinary(p, a[0], Term.Nil))),
        new("erlang", "external_size", 2, (p, a) => ExternalSize(TermToBinary(p, a[0], a[1]))),
        new("erlang", "binary_to_term", 1, (p, a) => BinaryToTerm(p, a[0], Term.Nil)),
        new("erlang", "binary_to_term", 2, (p, a) => BinaryToTerm(p, a[0], a[1])),

        // ---- the binary module ----
        new("binary", "part", 2, (p, a) => PartTuple(p, a[0], a[1])),
        new("binary", "part", 3, (p, a) => Part(p, a[0], a[1], a[2])),
        new("binary", "first", 1, (p, a) => a[0].IsBinary && a[0].Bits.ByteSize > 0 ? Term.Small(a[0].Bits.ByteAt(0)) : p.Badarg()),
        new("binary", "last", 1, (p, a) => a[0].IsBinary && a[0].Bits.ByteSize > 0 ? Term.Small(a[0].Bits.ByteAt(a[0].Bits.ByteSize - 1)) : p.Badarg()),
        new("binary", "at", 2, (p, a) => a[0].IsBinary && a[1].IsSmall && (ulong)a[1].SmallValue < (ulong)a[0].Bits.ByteSize
            ? Term.Small(a[0].Bits.ByteAt(a[1].SmallValue)) : p.Badarg()),
        new("binary", "copy", 1, (p, a) => a[0].IsBinary ? Copy(p, a[0].Bits, 1) : p.Badarg()),
        new("binary", "copy", 2, (p, a) => a[0].IsBinary && a[1].IsSmall && a[1].SmallValue >= 0 ? Copy(p, a[0].Bits, a[1].SmallValue) : p.Badarg()),
        new("binary", "bin_to_list", 1, (p, a) => a[0].IsBinary ? ByteList(p, a[0].Bits, 0, a[0].Bits.ByteSize) : p.Badarg()),
        new("binary", "bin_to_list", 2, (p, a) => a[1] is { IsTuple: true, TupleArity: 2 } t ? BinToList(p, a[0], t.Element(1), t.Element(2)) : p.Badarg()),
        new("binary", "bin_to_list", 3, (p, a) => BinToList(p, a[0], a[1], a[2])),
        new("binary", "list_to_bin", 1, (p, a) => a[0].IsList ? FromIoList(p, a[0], allowBits: false) : p.Badarg()),
        new("binary", "referenced_byte_size", 1, (p, a) => a[0].IsBitstring ? Term.Integer(a[0].Bits.Data.LongLength) : p.Badarg()),
        new("binary", "decode_unsigned", 1, (p, a) => DecodeUnsigned(p, a[0], Big)),
        new("binary", "decode_unsigned", 2, (p, a) => DecodeUnsigned(p, a[0], a[1])),
        new("binary", "encode_unsigned", 1, (p, a) => EncodeUnsigned(p, a[0], Big)),
        new("binary", "encode_unsigned", 2, (p, a) => EncodeUnsigned(p, a[0], a[1])),
    ];

    // ---- helpers ----

    /// <summary>The bytes of a bitstring's whole bytes: shared when byte-aligned, else copied.</summary>
    private static ReadOnlySpan<byte> Bytes(Bitstring b, long start, long count) =>
        (b.BitOffset & 7) == 0
            ? b.Data.AsSpan((int)((b.BitOffset >> 3) + start), (int)count)
            : BitOps.ToArray(b.Data, b.BitOffset + start * 8, count * 8);

    private static Term Binary(ReadOnlySpan<byte> bytes) => Term.Bitstring(Bitstring.Of(bytes.ToArray()));

    private static Term Ascii(string s) => Term.Bitstring(Bitstring.Of(Encoding.ASCII.GetBytes(s)));

    /// <summary>The whole bytes from <paramref name="start"/> for <paramref name="count"/>, sharing the data.</summary>
    private static Term Sub(Bitstring b, long start, long count) =>
        start == 0 && count * 8 == b.BitSize ? Term.Bitstring(b) : Term.Bitstring(new Bitstring(b.Data, b.BitOffset + start * 8, count * 8));

    private static Term ByteList(Process p, Bitstring b, long start, long count)
    {
        if (count == 0)
            return Term.Nil;
        var bytes = Bytes(b, start, count);
        var elements = new Term[bytes.Length];
        for (var k = 0; k < bytes.Length; k++)
            elements[k] = Term.Small(bytes[k]);
        return p.Heap.List(elements);
    }

    // ---- lists ----

    /// <summary>binary_to_list(Bin, Start, Stop): bytes Start..Stop, 1-based and inclusive.</summary>
    private static Term BinaryToList3(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsBitstring || !a[1].IsSmall || !a[2].IsSmall)
            return p.Badarg();
        var b = a[0].Bits;
        long start = a[1].SmallValue, stop = a[2].SmallValue;
        if (start < 1 || stop < start || stop > b.ByteSize)
            return p.Badarg();
        return ByteList(p, b, start - 1, stop - start + 1);
    }

    private static Term BitstringToList(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsBitstring)
            return p.Badarg();
        var b = a[0].Bits;
        var rest = b.BitSize & 7;
        var list = ByteList(p, b, 0, b.ByteSize);
        if (rest == 0)
            return list;
        var tail = Term.Bitstring(new Bitstring(b.Data, b.BitOffset + b.ByteSize * 8, rest));
        if (list.IsNil)
            return p.Heap.List([tail]);
        var elements = new List<Term>();
        for (var l = list; l.IsCons; l = l.Tail)
            elements.Add(l.Head);
        elements.Add(tail);
        return p.Heap.List([.. elements]);
    }

    private static Term FromIoList(Process p, Term list, bool allowBits)
    {
        var bits = IoLists.BitSize(list, allowBits);
        if (bits < 0)
            return p.Badarg();
        if (bits > BinaryBuilder.MaxBits)
            return p.Raise(ErrorClass.Error, Atoms.SystemLimit);
        return Term.Bitstring(IoLists.ToBitstring(list, bits));
    }

    private static Term IoListSize(Process p, ReadOnlySpan<Term> a)
    {
        if (a[0].IsBinary)
            return Term.Integer(a[0].Bits.ByteSize);
        var bits = a[0].IsList ? IoLists.BitSize(a[0], allowBits: false) : -1;
        return bits < 0 ? p.Badarg() : Term.Integer(bits >> 3);
    }

    private static Term IoListToIoVec(Process p, ReadOnlySpan<Term> a)
    {
        var t = a[0];
        if (t.IsNil)
            return Term.Nil;
        if (t.IsBitstring)
            return !t.Bits.IsBinary ? p.Badarg() : t.Bits.BitSize == 0 ? Term.Nil : p.Heap.List([t]);
        if (!t.IsList || IoLists.ToIoVec(t) is not { } pieces)
            return p.Badarg();
        return p.Heap.List([.. pieces.Select(Term.Bitstring)]);
    }

    // ---- parts ----

    private static Term PartTuple(Process p, Term bin, Term posLen) =>
        posLen is { IsTuple: true, TupleArity: 2 } ? Part(p, bin, posLen.Element(1), posLen.Element(2)) : p.Badarg();

    /// <summary>binary_part/3 and binary:part/3: a negative length counts back from the position.</summary>
    private static Term Part(Process p, Term bin, Term pos, Term len) =>
        bin.IsBitstring && Range(bin.Bits, pos, len) is var (start, count) ? Sub(bin.Bits, start, count) : p.Badarg();

    /// <summary>A {Pos, Len} byte range inside the bitstring's whole bytes, normalised to a non-negative length.</summary>
    private static (long Start, long Count)? Range(Bitstring b, Term pos, Term len)
    {
        if (!pos.IsSmall || !len.IsSmall)
            return null;
        long start = pos.SmallValue, count = len.SmallValue;
        if (count < 0)
        {
            start += count;
            count = -count;
        }
        return start >= 0 && start <= b.ByteSize && count <= b.ByteSize - start ? (start, count) : null;
    }

    private static Term SplitBinary(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsBitstring || !a[1].IsSmall)
            return p.Badarg();
        var b = a[0].Bits;
        var at = a[1].SmallValue;
        if (at < 0 || at > b.ByteSize)
            return p.Badarg();
        var rest = Term.Bitstring(new Bitstring(b.Data, b.BitOffset + at * 8, b.BitSize - at * 8));
        return p.Heap.Tuple([Sub(b, 0, at), rest]);
    }

    private static Term BinToList(Process p, Term bin, Term pos, Term len) =>
        bin.IsBinary && Range(bin.Bits, pos, len) is var (start, count) ? ByteList(p, bin.Bits, start, count) : p.Badarg();

    private static Term Copy(Process p, Bitstring b, long times)
    {
        var size = b.ByteSize;
        if (size > 0 && times > int.MaxValue / size)
            return p.Raise(ErrorClass.Error, Atoms.SystemLimit);
        var result = new byte[size * times];
        var bytes = Bytes(b, 0, size);
        for (var k = 0L; k < times; k++)
            bytes.CopyTo(result.AsSpan((int)(k * size)));
        return Term.Bitstring(Bitstring.Of(result));
    }

    // ---- the binary module: unsigned integers ----

    private static bool? IsBigEndian(Term endianness) =>
        endianness.IsSameAs(Big) ? true : endianness.IsSameAs(Little) ? false : null;

    private static Term DecodeUnsigned(Process p, Term bin, Term endianness)
    {
        if (!bin.IsBinary || IsBigEndian(endianness) is not { } big)
            return p.Badarg();
        var bytes = Bytes(bin.Bits, 0, bin.Bits.ByteSize);
        return Term.Integer(new BigInteger(bytes, isUnsigned: true, isBigEndian: big));
    }

    private static Term EncodeUnsigned(Process p, Term value, Term endianness)
    {
        if (!value.IsInteger || value.BigValue.Sign < 0 || IsBigEndian(endianness) is not { } big)
            return p.Badarg();
        var v = value.BigValue;
        var bytes = v.IsZero ? [0] : v.ToByteArray(isUnsigned: true, isBigEndian: big);
        return Term.Bitstring(Bitstring.Of(bytes));
    }

    // ---- atoms ----

    private static Term AtomToBinary(Process p, Term atom, Term encoding)
    {
        if (!atom.IsAtom)
            return p.Badarg();
        var name = Atoms.Name(atom);
        if (encoding.IsSameAs(Utf8) || encoding.IsSameAs(Unicode))
            return Term.Bitstring(Bitstring.Of(Encoding.UTF8.GetBytes(name)));
        if (!encoding.IsSameAs(Latin1))
            return p.Badarg();
        var bytes = new List<byte>(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune.Value > 255)
                return p.Badarg();
            bytes.Add((byte)rune.Value);
        }
        return Term.Bitstring(Bitstring.Of([.. bytes]));
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Term BinaryToAtom(Process p, Term bin, Term encoding, bool existing)
    {
        if (!bin.IsBinary)
            return p.Badarg();
        var bytes = Bytes(bin.Bits, 0, bin.Bits.ByteSize);
        string name;
        if (encoding.IsSameAs(Latin1))
        {
            if (bytes.Length > Atoms.MaxLength)
                return p.Raise(ErrorClass.Error, Atoms.SystemLimit);
            name = Encoding.Latin1.GetString(bytes);
        }
        else if (encoding.IsSameAs(Utf8) || encoding.IsSameAs(Unicode))
        {
            try
            {
                name = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return p.Badarg();
            }
            if (name.EnumerateRunes().Count() > Atoms.MaxLength)
                return p.Raise(ErrorClass.Error, Atoms.SystemLimit);
        }
        else
        {
            return p.Badarg();
        }
        if (existing)
            return Atoms.Existing(name) ?? p.Badarg();
        return Atoms.TryIntern(name) ?? p.Raise(ErrorClass.Error, Atoms.SystemLimit);
    }

    // ---- integers ----

    private static int? Base(Term b) => b.IsSmall && b.SmallValue is >= 2 and <= 36 ? (int)b.SmallValue : null;

    /// <summary>Digits in base 2..36, upper case, as Erlang writes them.</summary>
    private static string ToBase(BigInteger value, int radix)
    {
        if (radix == 10)
            return value.ToString(CultureInfo.InvariantCulture);
        if (value.IsZero)
            return "0";
        var digits = new StringBuilder();
        var n = BigInteger.Abs(value);
        while (!n.IsZero)
        {
            n = BigInteger.DivRem(n, radix, out var digit);
            digits.Append((char)(digit < 10 ? '0' + (int)digit : 'A' + (int)digit - 10));
        }
        if (value.Sign < 0)
            digits.Append('-');
        var chars = digits.ToString().ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    /// <summary>An optional sign then at least one digit of the base, nothing else.</summary>
    private static Term ParseInteger(Process p, Term bin, int radix)
    {
        if (!bin.IsBinary)
            return p.Badarg();
        var s = Bytes(bin.Bits, 0, bin.Bits.ByteSize);
        var i = s.Length > 0 && (s[0] == '-' || s[0] == '+') ? 1 : 0;
        if (i == s.Length)
            return p.Badarg();
        BigInteger value = 0;
        long small = 0;
        var inSmall = true;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            var digit = c is >= (byte)'0' and <= (byte)'9' ? c - '0'
                : c is >= (byte)'A' and <= (byte)'Z' ? c - 'A' + 10
                : c is >= (byte)'a' and <= (byte)'z' ? c - 'a' + 10 : 99;
            if (digit >= radix)
                return p.Badarg();
            if (inSmall && small < (long.MaxValue - digit) / radix)
            {
                small = small * radix + digit;
                continue;
            }
            if (inSmall)
            {
                value = small;
                inSmall = false;
            }
            value = value * radix + digit;
        }
        if (inSmall)
            value = small;
        return Term.Integer(s[0] == '-' ? -value : value);
    }

    // ---- external term format ----

    private static Term TermToBinary(Process p, Term term, Term options)
    {
        int minor = 1, level = 0;
        bool deterministic = false;
        var list = options;
        for (; list.IsCons; list = list.Tail)
        {
            var o = list.Head;
            if (o.IsSameAs(Compressed))
                level = 6;
            else if (o.IsSameAs(Deterministic))
                deterministic = true;
            else if (o is { IsTuple: true, TupleArity: 2 } && o.Element(2) is { IsSmall: true } n)
            {
                if (o.Element(1).IsSameAs(Compressed) && n.SmallValue is >= 0 and <= 9)
                    level = (int)n.SmallValue;
                else if (o.Element(1).IsSameAs(MinorVersion) && n.SmallValue is >= 0 and <= 2)
                    minor = (int)n.SmallValue;
                else
                    return p.Badarg();
            }
            else
            {
                return p.Badarg();
            }
        }
        if (!list.IsNil)
            return p.Badarg();
        ETerm external;
        try
        {
            external = TermReader.ToETerm(term, sortMaps: deterministic);
        }
        catch (NotSupportedException)
        {
            return p.Badarg();
        }
        return Term.Bitstring(Bitstring.Of(EtfEncoder.Encode(external, new EtfEncodeOptions(minor, level))));
    }

    /// <summary>external_size: the size term_to_binary would give (its result, or the error).</summary>
    private static Term ExternalSize(Term encoded) => encoded.IsNonValue ? encoded : Term.Small(encoded.Bits.ByteSize);

    private static Term BinaryToTerm(Process p, Term bin, Term options)
    {
        bool safe = false, used = false;
        var list = options;
        for (; list.IsCons; list = list.Tail)
        {
            if (list.Head.IsSameAs(Safe))
                safe = true;
            else if (list.Head.IsSameAs(Used))
                used = true;
            else
                return p.Badarg();
        }
        if (!list.IsNil || !bin.IsBinary)
            return p.Badarg();
        var bytes = Bytes(bin.Bits, 0, bin.Bits.ByteSize);
        ETerm external;
        int length;
        try
        {
            (external, length) = Decode(bytes);
        }
        catch (EtfFormatException)
        {
            return p.Badarg();
        }
        if (safe && !IsSafe(p, external))
            return p.Badarg();
        Term result;
        try
        {
            result = TermBuilder.FromETerm(external, p.Heap, p.Node.Exports.Get);
        }
        catch (InvalidTermException)
        {
            return p.Badarg();
        }
        catch (AtomTableFullException)
        {
            return p.Raise(ErrorClass.Error, Atoms.SystemLimit);
        }
        return used ? p.Heap.Tuple([result, Term.Small(length)]) : result;
    }

    /// <summary>
    /// Decodes one term and says how many bytes it took. erl ignores bytes after the term;
    /// the codec refuses them, naming where the term ended, so the term is decoded again up to there.
    /// </summary>
    private static (ETerm Term, int Length) Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (EtfDecoder.Decode(bytes), bytes.Length);
        }
        catch (EtfFormatException e) when (!e.InDecompressedData && e.Problem.EndsWith("trailing bytes after the term", StringComparison.Ordinal)
            && e.Offset > 0 && e.Offset < bytes.Length)
        {
            return (EtfDecoder.Decode(bytes[..e.Offset]), e.Offset);
        }
    }

    /// <summary>binary_to_term's safe option: no new atoms, no fun M:F/A of a function that does not exist.</summary>
    private static bool IsSafe(Process p, ETerm root)
    {
        var pending = new Stack<ETerm>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case EAtom atom:
                    if (Atoms.Existing(atom.Name) is null)
                        return false;
                    break;
                case ETuple tuple:
                    foreach (var e in tuple.Elements)
                        pending.Push(e);
                    break;
                case EList list:
                    foreach (var e in list.Elements)
                        pending.Push(e);
                    pending.Push(list.Tail);
                    break;
                case EMap map:
                    foreach (var (key, value) in map.Pairs)
                    {
                        pending.Push(key);
                        pending.Push(value);
                    }
                    break;
                case EPid pid:
                    pending.Push(pid.Node);
                    break;
                case EPort port:
                    pending.Push(port.Node);
                    break;
                case ERef reference:
                    pending.Push(reference.Node);
                    break;
                case EExport export:
                    if (Atoms.Existing(export.Module.Name) is not { } m || Atoms.Existing(export.Function.Name) is not { } f
                        || p.Node.Exports.Find(m, f, export.Arity) is not { } entry || (entry.Code is null && entry.Bif is null))
                        return false;
                    break;
                case EFun fun:
                    pending.Push(fun.Module);
                    pending.Push(fun.Pid);
                    foreach (var e in fun.FreeVars)
                        pending.Push(e);
                    break;
            }
        }
        return true;
    }
}
