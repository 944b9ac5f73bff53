using System.Text;
using Enigma.Runtime.Compiler;

namespace Enigma.Runtime.Tests.Emulator;

/// <summary>
/// Every program fixture (otp-fixtures/AREA/NAME.erl with its recorded .out and .status)
/// runs as `enigma run` runs it; stdout and exit status must equal what real erl gave.
/// A fixture listed in otp-fixtures/known-failures.txt must still fail, so that the list
/// (and notes/conformance.md) is corrected as soon as it passes.
/// </summary>
public sealed class ProgramFixtureTests
{
    /// <summary>Only to stop a runaway program; no fixture comes near it.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, string> KnownFailures = File
        .ReadAllLines(Path.Combine(RepoPaths.Fixtures, "known-failures.txt"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split(' ', 2))
        .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "");

    /// <summary>Fixtures with a recorded output that is the same on every run of erl.</summary>
    public static TheoryData<string> Fixtures => [.. Directory
        .EnumerateFiles(RepoPaths.Fixtures, "*.erl", SearchOption.AllDirectories)
        .Where(erl => File.Exists(Path.ChangeExtension(erl, ".out")) && !File.Exists(Path.ChangeExtension(erl, ".nondeterministic")))
        .Select(erl => Path.GetRelativePath(RepoPaths.Fixtures, Path.ChangeExtension(erl, null)))
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void MatchesErl(string fixture) => AssertMatchesErl(fixture, CompilerSettings.Default);

    /// <summary>Every function compiled on its first call, so that each compiled instruction runs against erl's output.</summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void MatchesErlAllCompiled(string fixture) => AssertMatchesErl(fixture, new CompilerSettings(Threshold: 0));

    private static void AssertMatchesErl(string fixture, CompilerSettings compiler)
    {
        var basePath = Path.Combine(RepoPaths.Fixtures, fixture);
        var expectedOut = File.ReadAllText(basePath + ".out", Encoding.Latin1);
        var expectedStatus = int.Parse(File.ReadAllText(basePath + ".status").Trim(), System.Globalization.CultureInfo.InvariantCulture);

        var (status, output, errors) = Run(basePath + ".beam", compiler);
        var matches = status == expectedStatus && output == expectedOut;

        if (KnownFailures.TryGetValue(fixture, out var reason))
        {
            Assert.False(matches, $"{fixture} now passes: remove it from otp-fixtures/known-failures.txt ({reason})");
            return;
        }
        Assert.True(status == expectedStatus, $"status {status}, erl gave {expectedStatus}\n{errors}");
        Assert.Equal(expectedOut, output);
    }

    private static (int Status, string Output, string Errors) Run(string beam, CompilerSettings compiler)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var codePath = new List<string> { Path.GetDirectoryName(beam)! };
        codePath.AddRange(OtpBeams.Otp.EbinDirectories);
        var run = Task.Run(() => ProgramRunner.Run(beam, [], codePath, stdout, stderr, compiler));
        Assert.True(run.Wait(Limit), $"{beam} did not finish within {Limit}");
        return (run.Result, stdout.ToString(), stderr.ToString());
    }
}
