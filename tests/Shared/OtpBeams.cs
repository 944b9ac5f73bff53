using Enigma.Runtime.Configuration;

namespace Enigma.Testing;

/// <summary>The .beam files of the installed Erlang/OTP 25 that the tests read.</summary>
public static class OtpBeams
{
    private static readonly Lazy<OtpInstallation> Installation = new(() => OtpInstallation.Locate(EnigmaSettings.Build()));

    public static OtpInstallation Otp => Installation.Value;

    /// <summary>Every .beam file under the installation's ebin directories, sorted.</summary>
    public static IReadOnlyList<string> All =>
    [
        .. Otp.EbinDirectories.SelectMany(dir => Directory.EnumerateFiles(dir, "*.beam")).Order(StringComparer.Ordinal),
    ];

    /// <summary>The path of one module's .beam, e.g. <c>Path("lists")</c>.</summary>
    public static string Path(string module) =>
        All.FirstOrDefault(f => System.IO.Path.GetFileNameWithoutExtension(f) == module)
        ?? throw new FileNotFoundException($"{module}.beam is not in the installed OTP at {Otp.Root}");
}
