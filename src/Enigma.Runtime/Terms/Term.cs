using System.Numerics;
using System.Runtime.CompilerServices;
using Enigma.Runtime.Code;

namespace Enigma.Runtime.Terms;

/// <summary>
/// An Erlang term: 64 tagged bits plus one reference. The low 4 bits of
/// <see cref="Raw"/> are the tag. Immediates (small integers, atoms, nil, local
/// pids, ports and refs) have no reference and allocate nothing. Heap terms
/// (cons, tuple, float, fun, map) point into a block of a process heap or of a
/// module's literal area: <see cref="Box"/> is the block, <c>Raw &gt;&gt; 4</c> the
/// offset. Bignums, bitstrings and other immutable off-heap data keep their .NET
/// object in <see cref="Box"/> and are shared, never copied.
/// </summary>
public readonly struct Term
{
    internal readonly ulong Raw;
    internal readonly object? Box;

    internal Term(ulong raw, object? box)
    {
        Raw = raw;
        Box = box;
    }

    public const int TagBits = 4;
    internal const ulong TagMask = 0xF;

    /// <summary>Small integers hold 60 bits; anything outside is a bignum.</summary>
    public const long MinSmall = -(1L << 59);
    public const long MaxSmall = (1L << 59) - 1;

    public TermTag Tag
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (TermTag)(Raw & TagMask);
    }

    // ---- immediates ----

    public static Term Nil => new((ulong)TermTag.Nil, null);

    /// <summary>Not a term: a BIF's "I raised" result; never stored anywhere a program can see.</summary>
    public static Term NonValue => Special(SpecialKind.NonValue, 0);

    public bool IsNonValue => Raw == (((ulong)SpecialKind.NonValue << TagBits) | (ulong)TermTag.Special);

    internal static Term Trap => Special(SpecialKind.Trap, 0);

    internal bool IsTrap => Raw == (((ulong)SpecialKind.Trap << TagBits) | (ulong)TermTag.Special);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term Small(long value) => new(((ulong)value << TagBits) | (ulong)TermTag.Small, null);

    /// <summary>Any integer: small when it fits, else a bignum.</summary>
    public static Term Integer(BigInteger value) =>
        value >= MinSmall && value <= MaxSmall ? Small((long)value) : new((ulong)TermTag.Big, value);

    /// <summary>
    /// <c>array[index] = value</c>. Most values (small integers, atoms, nil) hold no reference:
    /// stored as such they need no GC write barrier, which costs more than the test.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Store(Term[] array, int index, Term value)
    {
        if (value.Box is null)
            array[index] = new Term(value.Raw, null);
        else
            array[index] = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Term Integer(long value) =>
        value >= MinSmall && value <= MaxSmall ? Small(value) : Big(value);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Term Big(long value) => new((ulong)TermTag.Big, (BigInteger)value);

    public static Term Atom(int index) => new(((ulong)index << TagBits) | (ulong)TermTag.Atom, null);

    public static Term Pid(long id) => new(((ulong)id << TagBits) | (ulong)TermTag.Pid, null);

    public static Term Port(long id) => new(((ulong)id << TagBits) | (ulong)TermTag.Port, null);

    public static Term Ref(long id) => new(((ulong)id << TagBits) | (ulong)TermTag.Ref, null);

    /// <summary>
    /// A local reference that carries a .NET object, as BEAM's magic references carry a NIF
    /// resource (an open file, a prim_buffer, atomics, a compiled match spec): it compares,
    /// hashes and prints as the plain reference; copies keep the object.
    /// </summary>
    internal static Term Resource(long id, object resource) => new(((ulong)id << TagBits) | (ulong)TermTag.Ref, resource);

    public static Term Boolean(bool value) => value ? Atoms.True : Atoms.False;

    // ---- off-heap boxed ----

    public static Term Bitstring(Bitstring bits) => new((ulong)TermTag.Bitstring, bits);

    public static Term Other(object value) => new((ulong)TermTag.Other, value);

    // ---- heap terms: a block and an offset ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Term Pointer(TermTag tag, Term[] block, int offset) => new(((ulong)offset << TagBits) | (ulong)tag, block);

    /// <summary>A non-value heap word: tuple/fun/map headers, stack frames, GC marks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Term Special(SpecialKind kind, ulong payload, object? box = null) =>
        new((payload << 8) | ((ulong)kind << TagBits) | (ulong)TermTag.Special, box);

    internal SpecialKind SpecialKind => (SpecialKind)((Raw >> TagBits) & 0xF);

    internal ulong SpecialPayload => Raw >> 8;

    internal Term[] Block
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Unsafe.As<Term[]>(Box!);
    }

    internal int Offset
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (int)(Raw >> TagBits);
    }

    // ---- type tests ----

    public bool IsSmall => Tag == TermTag.Small;
    public bool IsBig => Tag == TermTag.Big;
    public bool IsInteger => Tag is TermTag.Small or TermTag.Big;
    public bool IsFloat => Tag == TermTag.Float;
    public bool IsNumber => Tag is TermTag.Small or TermTag.Big or TermTag.Float;
    public bool IsAtom => Tag == TermTag.Atom;
    public bool IsNil => Raw == (ulong)TermTag.Nil;
    public bool IsCons => Tag == TermTag.Cons;
    public bool IsList => Tag is TermTag.Cons or TermTag.Nil;
    public bool IsTuple => Tag == TermTag.Tuple;
    public bool IsMap => Tag == TermTag.Map;
    public bool IsBitstring => Tag == TermTag.Bitstring;
    public bool IsBinary => Tag == TermTag.Bitstring && ((Bitstring)Box!).IsBinary;
    public bool IsPid => Tag == TermTag.Pid;
    public bool IsPort => Tag == TermTag.Port;
    public bool IsRef => Tag == TermTag.Ref;
    public bool IsFun => Tag == TermTag.Fun || (Tag == TermTag.Other && Box is ExportFun);

    // ---- accessors (callers test the type first) ----

    public long SmallValue
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (long)Raw >> TagBits;
    }

    public BigInteger BigValue => IsSmall ? SmallValue : (BigInteger)Box!;

    public int AtomIndex => (int)(Raw >> TagBits);

    public long ImmediateId => (long)(Raw >> TagBits);

    /// <summary>A float is a header word then its raw bits, so heap scans can skip the bits.</summary>
    public double FloatValue => BitConverter.UInt64BitsToDouble(Block[Offset + 1].Raw);

    public Term Head => Block[Offset];

    public Term Tail => Block[Offset + 1];

    public int TupleArity => (int)Block[Offset].SpecialPayload;

    /// <summary>Element <paramref name="index"/>, 1-based as in element/2.</summary>
    public Term Element(int index) => Block[Offset + index];

    public Bitstring Bits => (Bitstring)Box!;

    /// <summary>Identical bits: the same immediate, or the same heap cell. Not Erlang equality.</summary>
    public bool IsSameAs(Term other) => Raw == other.Raw && ReferenceEquals(Box, other.Box);

    public override string ToString() => TermPrinter.Print(this);
}

/// <summary>The 4-bit tag in the low bits of <see cref="Term.Raw"/>.</summary>
public enum TermTag : byte
{
    /// <summary>Not a value: headers and marks that live inside heap blocks and stacks.</summary>
    Special = 0,
    Small = 1,
    Atom = 2,
    Nil = 3,
    Pid = 4,
    Port = 5,
    Ref = 6,
    Cons = 8,
    Tuple = 9,
    Float = 10,
    Big = 11,
    Bitstring = 12,
    Fun = 13,
    Map = 14,
    /// <summary>An immutable .NET object: an export fun, a remote pid/port/ref ...</summary>
    Other = 15,
}

/// <summary>Kinds of <see cref="TermTag.Special"/> words.</summary>
internal enum SpecialKind : byte
{
    TupleHeader = 0,
    FunHeader = 1,
    MapHeader = 2,
    /// <summary>Followed by one word of raw IEEE bits (Box null), not a term.</summary>
    FloatHeader = 7,
    /// <summary>First word of every heap block: whose block it is (see <see cref="Heap"/>).</summary>
    BlockMark = 3,
    /// <summary>Left behind by the collector: the cell moved to (Box, payload).</summary>
    Forward = 4,
    /// <summary>A return address on the stack: Box is the module code, payload the index.</summary>
    CodePointer = 5,
    /// <summary>A catch frame on the stack: Box is the module code, payload the handler index.</summary>
    Catch = 6,
    /// <summary>"No value": what a BIF returns when it raised (BEAM's THE_NON_VALUE).</summary>
    NonValue = 8,
    /// <summary>What a BIF returns to have Erlang code called in its place (apply/2,3).</summary>
    Trap = 9,
    /// <summary>Root of a map above 32 keys: payload size &lt;&lt; 16 | child bitmap (see <see cref="HashMap"/>).</summary>
    HashHead = 10,
    /// <summary>Inner node of such a map: payload the child bitmap.</summary>
    HashNode = 11,
}
