using System.Numerics;

namespace Enigma.Beam.Code;

/// <summary>What an operand in the compact term encoding denotes.</summary>
public enum OperandKind : byte
{
    /// <summary>Tag u: an unsigned number (arity, live count, index into a table).</summary>
    Unsigned,
    /// <summary>Tag i: an integer literal, possibly a bignum.</summary>
    Integer,
    /// <summary>Tag a with a non-zero index: an atom, by 1-based index into the atom table.</summary>
    Atom,
    /// <summary>Tag a with index 0: the empty list.</summary>
    Nil,
    X,
    Y,
    /// <summary>Tag f: a label (0 means "no label", e.g. a BIF that raises).</summary>
    Label,
    /// <summary>Tag h: a character.</summary>
    Character,
    /// <summary>Extended tag 0: a float literal (not emitted by modern erlc).</summary>
    Float,
    /// <summary>Extended tag 1: a list of operands (select lists, put_tuple2, bs_create_bin ...).</summary>
    List,
    /// <summary>Extended tag 2: a float register.</summary>
    FloatRegister,
    /// <summary>Extended tag 3: an allocation list for test_heap and friends.</summary>
    AllocList,
    /// <summary>Extended tag 4: an index into the literal table.</summary>
    Literal,
}

/// <summary>One entry of an allocation list: words, floats or funs to reserve.</summary>
public readonly record struct AllocEntry(AllocKind Kind, long Count);

public enum AllocKind : byte
{
    Words = 0,
    Floats = 1,
    Funs = 2,
}

/// <summary>
/// A decoded operand. Small values live in <see cref="Value"/>; bignums, floats,
/// lists and allocation lists in a side object. A typed register (OTP 25's
/// extended tag 5) is an X or Y operand with <see cref="TypeIndex"/> set.
/// </summary>
public readonly struct Operand : IEquatable<Operand>
{
    private readonly object? _data;

    private Operand(OperandKind kind, long value, int typeIndex, object? data)
    {
        Kind = kind;
        Value = value;
        TypeIndex = typeIndex;
        _data = data;
    }

    public OperandKind Kind { get; }

    /// <summary>The number, index or register; for a bignum integer, 0 (see <see cref="BigValue"/>).</summary>
    public long Value { get; }

    /// <summary>Index into the Type chunk for a typed register, else -1.</summary>
    public int TypeIndex { get; }

    public bool IsTyped => TypeIndex >= 0;

    public bool IsRegister => Kind is OperandKind.X or OperandKind.Y;

    /// <summary>The value of an Integer operand, bignum or not.</summary>
    public BigInteger BigValue => _data as BigInteger? ?? Value;

    public bool IsBig => _data is BigInteger;

    public double FloatValue => _data is double d ? d : 0.0;

    public IReadOnlyList<Operand> Elements => _data as Operand[] ?? [];

    public IReadOnlyList<AllocEntry> AllocEntries => _data as AllocEntry[] ?? [];

    public static Operand Of(OperandKind kind, long value) => new(kind, value, -1, null);

    public static Operand Big(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue
            ? new(OperandKind.Integer, (long)value, -1, null)
            : new(OperandKind.Integer, 0, -1, value);

    public static Operand OfFloat(double value) => new(OperandKind.Float, 0, -1, value);

    public static Operand OfList(Operand[] elements) => new(OperandKind.List, elements.Length, -1, elements);

    public static Operand OfAllocList(AllocEntry[] entries) => new(OperandKind.AllocList, entries.Length, -1, entries);

    public static Operand Typed(Operand register, int typeIndex) => new(register.Kind, register.Value, typeIndex, null);

    public bool Equals(Operand other) =>
        Kind == other.Kind && Value == other.Value && TypeIndex == other.TypeIndex && DataEquals(other);

    public override bool Equals(object? obj) => obj is Operand o && Equals(o);

    public override int GetHashCode() => HashCode.Combine(Kind, Value, TypeIndex);

    public static bool operator ==(Operand a, Operand b) => a.Equals(b);

    public static bool operator !=(Operand a, Operand b) => !a.Equals(b);

    private bool DataEquals(Operand other) => (_data, other._data) switch
    {
        (null, null) => true,
        (Operand[] a, Operand[] b) => a.AsSpan().SequenceEqual(b),
        (AllocEntry[] a, AllocEntry[] b) => a.AsSpan().SequenceEqual(b),
        (var a, var b) => Equals(a, b),
    };

    public override string ToString() => Kind switch
    {
        OperandKind.Integer => $"{{integer,{BigValue}}}",
        OperandKind.Float => $"{{float,{FloatValue}}}",
        OperandKind.List => $"{{list,[{string.Join(",", Elements)}]}}",
        OperandKind.AllocList => $"{{alloc,[{string.Join(",", AllocEntries.Select(e => $"{{{e.Kind.ToString().ToLowerInvariant()},{e.Count}}}"))}]}}",
        OperandKind.Nil => "nil",
        _ when IsTyped => $"{{tr,{{{KindName},{Value}}},{TypeIndex}}}",
        _ => $"{{{KindName},{Value}}}",
    };

    private string KindName => Kind switch
    {
        OperandKind.Unsigned => "u",
        OperandKind.Atom => "atom",
        OperandKind.X => "x",
        OperandKind.Y => "y",
        OperandKind.Label => "f",
        OperandKind.Character => "char",
        OperandKind.FloatRegister => "fr",
        OperandKind.Literal => "literal",
        _ => Kind.ToString(),
    };
}
