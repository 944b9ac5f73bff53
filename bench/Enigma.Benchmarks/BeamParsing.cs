using BenchmarkDotNet.Attributes;
using Enigma.Beam;
using Enigma.Runtime.Configuration;

namespace Enigma.Benchmarks;

/// <summary>Parsing every .beam file of the installed OTP 25, from bytes already in memory.</summary>
[MemoryDiagnoser]
public class BeamParsing
{
    private (string Path, byte[] Bytes)[] _files = [];

    [GlobalSetup]
    public void LoadFiles()
    {
        var otp = OtpInstallation.Locate(EnigmaSettings.Build());
        _files = [.. otp.EbinDirectories.SelectMany(d => Directory.EnumerateFiles(d, "*.beam")).Select(f => (f, File.ReadAllBytes(f)))];
    }

    [Benchmark(Description = "parse all OTP .beam files")]
    public int ParseAll()
    {
        var instructions = 0;
        foreach (var (path, bytes) in _files)
            instructions += BeamReader.Read(bytes, path).Code.Count;
        return instructions;
    }
}
