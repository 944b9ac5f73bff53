using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bits;

/// <summary>
/// BEAM's match state: the bitstring being matched and the position of the next
/// segment. It lives in a register as <c>Term.Other(MatchContext)</c>; the compiler
/// never lets it escape into a data structure, and it is mutated in place by the bs_get
/// instructions, so it belongs to the one process that matches. Positions (what
/// bs_get_position gives) are bit indices into <see cref="Data"/>.
/// </summary>
internal sealed class MatchContext
{
    public MatchContext(Bitstring source)
    {
        Source = source;
        Data = source.Data;
        Position = source.BitOffset;
        End = source.BitOffset + source.BitSize;
    }

    /// <summary>The bitstring the match started on.</summary>
    public Bitstring Source { get; }

    public byte[] Data { get; }

    /// <summary>The next bit to match.</summary>
    public long Position { get; set; }

    /// <summary>One past the last bit.</summary>
    public long End { get; }

    public long Remaining => End - Position;

    /// <summary>The bits from <paramref name="from"/> for <paramref name="bits"/> bits, sharing the data.</summary>
    public Bitstring Slice(long from, long bits) =>
        from == Source.BitOffset && bits == Source.BitSize ? Source : new Bitstring(Data, from, bits);

    /// <summary>What is left to match, sharing the data.</summary>
    public Bitstring Tail => Slice(Position, Remaining);
}
