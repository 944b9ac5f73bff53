namespace Enigma.Cli.Tests;

public sealed class CommandLineTests
{
    private static readonly string HelloBeam = Path.Combine(RepoPaths.Fixtures, "hello", "hello.beam");

    private static (int Status, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var status = CommandLine.Run(args, stdout, stderr);
        return (status, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void VersionAndHelp()
    {
        Assert.Matches(@"^enigma \d+\.\d+\.\d+\n$", Run("--version").Out.ReplaceLineEndings("\n"));
        var help = Run("--help");
        Assert.Equal(0, help.Status);
        Assert.Contains("dis FILE.beam", help.Out);
    }

    [Fact]
    public void UnknownCommandIsAUsageError()
    {
        var (status, _, err) = Run("frobnicate");
        Assert.Equal(2, status);
        Assert.Equal("enigma: unknown command 'frobnicate' (see enigma --help)", err.Trim());
    }

    [Fact]
    public void DisListsTheModule()
    {
        var (status, output, err) = Run("dis", HelloBeam);
        Assert.Equal(0, status);
        Assert.Equal("", err);
        Assert.Contains("hello", output);
        Assert.Contains("{func_info,{atom,hello},{atom,main},1}", output);
        Assert.Contains("{call_ext_last,2,{extfunc,io,format,2},", output);
    }

    [Fact]
    public void ProcessLimitIsRoundedAsErlRoundsPlusP()
    {
        Assert.Equal(0, Run("run", "+P", "1025", HelloBeam).Status);
        Assert.Equal(2048, Configuration("1025"));
        Assert.Equal(262144, Configuration(null));
        Assert.Equal(134217727, Configuration("134217727"));
    }

    [Theory]
    [InlineData("100")]
    [InlineData("lots")]
    public void BadProcessLimitIsOneLineAndStatusTwo(string limit)
    {
        var (status, _, err) = Run("run", "+P", limit, HelloBeam);
        Assert.Equal(2, status);
        Assert.Equal($"enigma: {HelloBeam}: bad number of processes {limit}", err.Trim());
    }

    private static int Configuration(string? limit) =>
        Runtime.Configuration.EnigmaSettings.ProcessLimit(Runtime.Configuration.EnigmaSettings.Build(
            new Dictionary<string, string?> { [Runtime.Configuration.EnigmaSettings.ProcessLimitKey] = limit }));

    [Fact]
    public void MissingFileIsOneLineAndStatusTwo()
    {
        var (status, _, err) = Run("dis", "/nonexistent/x.beam");
        Assert.Equal(2, status);
        Assert.Single(err.TrimEnd().Split('\n'));
        Assert.StartsWith("enigma: /nonexistent/x.beam: ", err);
    }

    [Fact]
    public void TruncatedFileIsOneLineWithoutAStackTrace()
    {
        var path = Path.Combine(Path.GetTempPath(), $"truncated-{Guid.NewGuid():N}.beam");
        File.WriteAllBytes(path, File.ReadAllBytes(HelloBeam)[..300]);
        try
        {
            var (status, _, err) = Run("dis", path);
            Assert.Equal(2, status);
            Assert.Equal($"enigma: {path}: at byte 4: IFF size", err[..($"enigma: {path}: at byte 4: IFF size".Length)]);
            Assert.DoesNotContain("   at ", err);
            Assert.Single(err.TrimEnd().Split('\n'));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
