namespace Enigma.Beam.Etf;

/// <summary>A tuple; <see cref="Elements"/> may be empty.</summary>
public sealed class ETuple : ETerm
{
    public ETuple(ETerm[] elements)
    {
        Elements = TermGuard.NoNulls(elements);
    }

    internal ETuple(ETerm[] elements, bool trusted)
    {
        _ = trusted;
        Elements = elements;
    }

    public ETerm[] Elements { get; }
}

/// <summary>
/// A non-empty list: <see cref="Elements"/> followed by <see cref="Tail"/>,
/// which is <see cref="ENil"/> for a proper list and any other non-list term for
/// an improper one. A tail that is itself an <see cref="EList"/> is merged in,
/// so one list value has one representation.
/// </summary>
public sealed class EList : ETerm
{
    public EList(ETerm[] elements, ETerm tail)
    {
        TermGuard.NoNulls(elements);
        ArgumentNullException.ThrowIfNull(tail);
        if (tail is EList rest)
        {
            var merged = new ETerm[elements.Length + rest.Elements.Length];
            elements.CopyTo(merged, 0);
            rest.Elements.CopyTo(merged, elements.Length);
            elements = merged;
            tail = rest.Tail;
        }

        if (elements.Length == 0)
        {
            throw new ArgumentException("A list term has at least one element; use ENil.Instance for [].", nameof(elements));
        }

        Elements = elements;
        Tail = tail;
    }

    /// <summary>Used by the decoder: elements non-empty, tail not a list.</summary>
    internal EList(ETerm[] elements, ETerm tail, bool trusted)
    {
        _ = trusted;
        Elements = elements;
        Tail = tail;
    }

    public ETerm[] Elements { get; }

    public ETerm Tail { get; }

    public bool IsProper => Tail is ENil;
}

/// <summary>
/// A bitstring: whole bytes, the last of which holds <see cref="BitsInLastByte"/>
/// bits (1..8) counted from its most significant bit. A binary has
/// <see cref="BitsInLastByte"/> == 8; the empty binary has no bytes and 8.
/// The unused low bits of the last byte are ignored (and written as zeros).
/// </summary>
public sealed class EBitstring : ETerm
{
    public EBitstring(byte[] bytes, int bitsInLastByte)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bitsInLastByte is < 1 or > 8 || (bytes.Length == 0 && bitsInLastByte != 8))
        {
            throw new ArgumentOutOfRangeException(nameof(bitsInLastByte), bitsInLastByte,
                "Bits in the last byte must be 1..8, and 8 for an empty binary.");
        }

        Bytes = bytes;
        BitsInLastByte = bitsInLastByte;
    }

    /// <summary>A binary (whole bytes).</summary>
    public EBitstring(byte[] bytes)
        : this(bytes, 8)
    {
    }

    public byte[] Bytes { get; }

    public int BitsInLastByte { get; }

    public bool IsBinary => BitsInLastByte == 8;

    /// <summary>Size in bits.</summary>
    public long BitSize => Bytes.Length == 0 ? 0 : ((long)Bytes.Length - 1) * 8 + BitsInLastByte;

    /// <summary>The last byte with its unused bits cleared.</summary>
    internal byte MaskedLastByte => (byte)(Bytes[^1] & (0xFF << (8 - BitsInLastByte)));
}

/// <summary>
/// A map, with its pairs in the order they were decoded or given; the encoder
/// writes them in that order. erl writes a map's pairs in one canonical order
/// (key order up to 32 pairs, hash-trie order above), so maps decoded from
/// <c>term_to_binary</c> output compare equal exactly when erl's maps are equal.
/// </summary>
public sealed class EMap : ETerm
{
    public EMap(KeyValuePair<ETerm, ETerm>[] pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        foreach (var pair in pairs)
        {
            if (pair.Key is null || pair.Value is null)
            {
                throw new ArgumentException("Map keys and values must not be null.", nameof(pairs));
            }
        }

        Pairs = pairs;
    }

    internal EMap(KeyValuePair<ETerm, ETerm>[] pairs, bool trusted)
    {
        _ = trusted;
        Pairs = pairs;
    }

    public KeyValuePair<ETerm, ETerm>[] Pairs { get; }
}
