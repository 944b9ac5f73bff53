namespace Enigma.Beam;

/// <summary>A malformed or unsupported .beam file. Names the file, the chunk and the byte offset.</summary>
public sealed class BeamFormatException : Exception
{
    public BeamFormatException(string file, string? chunk, long offset, string problem, Exception? inner = null)
        : base(Describe(file, chunk, offset, problem), inner)
    {
        File = file;
        Chunk = chunk;
        Offset = offset;
        Problem = problem;
    }

    public string File { get; }

    /// <summary>The four-letter chunk id, or null for the IFF container itself.</summary>
    public string? Chunk { get; }

    /// <summary>Byte offset from the start of the file.</summary>
    public long Offset { get; }

    public string Problem { get; }

    private static string Describe(string file, string? chunk, long offset, string problem) =>
        chunk is null
            ? $"{file}: at byte {offset}: {problem}"
            : $"{file}: chunk {chunk} at byte {offset}: {problem}";
}
