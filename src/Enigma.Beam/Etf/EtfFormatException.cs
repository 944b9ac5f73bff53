namespace Enigma.Beam.Etf;

/// <summary>Malformed or unsupported external term format data.</summary>
public sealed class EtfFormatException : Exception
{
    public EtfFormatException(string problem, int offset)
        : this(problem, offset, inDecompressedData: false)
    {
    }

    internal EtfFormatException(string problem, int offset, bool inDecompressedData)
        : base(inDecompressedData
            ? $"{problem} (at byte {offset} of the decompressed data)"
            : $"{problem} (at byte {offset})")
    {
        Problem = problem;
        Offset = offset;
        InDecompressedData = inDecompressedData;
    }

    /// <summary>
    /// Byte offset of the problem in the input, or in the decompressed data
    /// when <see cref="InDecompressedData"/> is set (a compressed term's data
    /// starts 6 bytes into the input).
    /// </summary>
    public int Offset { get; }

    /// <summary>The problem was found inside the data of a compressed term.</summary>
    public bool InDecompressedData { get; }

    public string Problem { get; }
}
