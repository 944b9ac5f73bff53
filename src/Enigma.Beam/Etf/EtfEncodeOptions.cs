namespace Enigma.Beam.Etf;

/// <summary>
/// Options of <c>term_to_binary/2</c>: <c>{minor_version, 0..2}</c> and
/// <c>{compressed, 0..9}</c>, where 0 is not compressed and plain
/// <c>compressed</c> is level 6 (zlib's default).
/// </summary>
public sealed record EtfEncodeOptions(int MinorVersion = 1, int CompressionLevel = 0);
