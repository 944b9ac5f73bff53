using Enigma.Runtime.Configuration;

namespace Enigma.Runtime.Tests.Configuration;

public sealed class OtpInstallationTests
{
    [Fact]
    public void FindsTheInstalledOtp25FromErlOnThePath()
    {
        var otp = OtpInstallation.Locate(EnigmaSettings.Build(directory: Path.GetTempPath()));
        Assert.StartsWith("25.", otp.Version, StringComparison.Ordinal);
        Assert.Contains(otp.EbinDirectories, d => Path.GetFileName(Path.GetDirectoryName(d))!.StartsWith("stdlib-", StringComparison.Ordinal));
        Assert.Contains(otp.EbinDirectories, d => File.Exists(Path.Combine(d, "erlang.beam")));
    }

    [Fact]
    public void EnigmaJsonNamesTheRoot()
    {
        var real = OtpInstallation.Locate(EnigmaSettings.Build(directory: Path.GetTempPath()));
        var dir = Directory.CreateTempSubdirectory("enigma-json");
        File.WriteAllText(Path.Combine(dir.FullName, "enigma.json"), $$"""{ "OtpRoot": "{{real.Root}}" }""");
        Assert.Equal(real.Root, OtpInstallation.Locate(EnigmaSettings.Build(directory: dir.FullName)).Root);

        // A later source wins: here the command-line value over enigma.json.
        var settings = EnigmaSettings.Build(new Dictionary<string, string?> { [EnigmaSettings.OtpRootKey] = dir.FullName }, dir.FullName);
        var e = Assert.Throws<OtpNotFoundException>(() => OtpInstallation.Locate(settings));
        Assert.Contains(dir.FullName, e.Message);
        dir.Delete(recursive: true);
    }
}
