using System.Numerics;
using System.Text;

namespace Enigma.Beam.Etf;

/// <summary>An integer of any size.</summary>
public sealed class EInteger : ETerm
{
    private static readonly EInteger[] Bytes = CreateByteCache();

    public EInteger(BigInteger value)
    {
        Value = value;
    }

    public EInteger(long value)
        : this(new BigInteger(value))
    {
    }

    public BigInteger Value { get; }

    /// <summary>A shared instance for 0..255 (the decoder's SMALL_INTEGER_EXT and string elements).</summary>
    internal static EInteger Byte(int value) => Bytes[value];

    private static EInteger[] CreateByteCache()
    {
        var cache = new EInteger[256];
        for (int i = 0; i < cache.Length; i++)
        {
            cache[i] = new EInteger(i);
        }

        return cache;
    }
}

/// <summary>A float. Erlang has no infinities or NaNs, so neither is accepted.</summary>
public sealed class EFloat : ETerm
{
    public EFloat(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Erlang floats are finite.");
        }

        Value = value;
    }

    public double Value { get; }
}

/// <summary>An atom: at most 255 characters (Unicode code points), like erl's limit.</summary>
public sealed class EAtom : ETerm
{
    public const int MaxCharacters = 255;

    public EAtom(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int chars = 0;
        bool latin1 = true;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new ArgumentException($"Atom name has an unpaired surrogate at index {i}.", nameof(name));
            }

            latin1 &= c <= 0xFF;
            chars++;
        }

        if (chars > MaxCharacters)
        {
            throw new ArgumentException($"Atom name has {chars} characters; the limit is {MaxCharacters}.", nameof(name));
        }

        Name = name;
        IsLatin1 = latin1;
    }

    /// <summary>Used by the decoder, which has already checked the name.</summary>
    internal EAtom(string name, bool isLatin1)
    {
        Name = name;
        IsLatin1 = isLatin1;
    }

    public string Name { get; }

    /// <summary>Every character is below 256, so ATOM_EXT can carry it.</summary>
    internal bool IsLatin1 { get; }

    internal int Utf8Length => Encoding.UTF8.GetByteCount(Name);
}

/// <summary>The empty list <c>[]</c>.</summary>
public sealed class ENil : ETerm
{
    private ENil()
    {
    }

    public static ENil Instance { get; } = new();
}
