namespace Enigma.Beam.Etf;

/// <summary>Malformed or unsupported external term format data.</summary>
public sealed class EtfFormatException : Exception
{
    public EtfFormatException(string problem, int offset)
        : base($"{problem} (at byte {offset})")
    {
        Problem = problem;
        Offset = offset;
    }

    /// <summary>
    /// Byte offset of the problem in the input. For a compressed term, an offset
    /// inside the compressed data is an offset into the decompressed bytes, and
    /// <see cref="Problem"/> says so.
    /// </summary>
    public int Offset { get; }

    public string Problem { get; }
}
