using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Enigma.Beam.Etf;

/// <summary>
/// Deflate for <c>term_to_binary(T, [compressed])</c>. erl links the system zlib
/// (Debian: libz.so.1) and calls compress2; calling the same function of the same
/// library gives the same bytes. Where that library is missing, .NET's own zlib
/// (zlib-ng) is used: its output decodes the same but is not byte-identical.
/// </summary>
internal static class SystemZlib
{
    private const int ZOk = 0;

    private static readonly bool Available = NativeLibrary.TryLoad("libz.so.1", out _);

    /// <summary>Deflates into at most <paramref name="capacity"/> bytes, or gives null when it does not fit.</summary>
    public static byte[]? Compress(ReadOnlySpan<byte> data, int level, int capacity)
    {
        if (capacity <= 0)
            return null;
        return Available ? CompressWithLibz(data.ToArray(), level, capacity) : CompressWithDotNet(data, level, capacity);
    }

    private static byte[]? CompressWithLibz(byte[] data, int level, int capacity)
    {
        var output = new byte[capacity];
        var length = (nuint)capacity;
        if (compress2(output, ref length, data, (nuint)data.Length, level) != ZOk)
            return null;
        return output.AsSpan(0, (int)length).ToArray();
    }

    private static byte[]? CompressWithDotNet(ReadOnlySpan<byte> data, int level, int capacity)
    {
        var zipped = new MemoryStream();
        using (var zlib = new ZLibStream(zipped, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
            zlib.Write(data);
        return zipped.Length <= capacity ? zipped.ToArray() : null;
    }

#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code; plain array marshalling pins the buffers.
    [DllImport("libz.so.1", ExactSpelling = true)]
    private static extern int compress2(byte[] dest, ref nuint destLen, byte[] source, nuint sourceLen, int level);
#pragma warning restore SYSLIB1054
}
