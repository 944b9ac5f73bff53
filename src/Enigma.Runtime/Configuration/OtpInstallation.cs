using Microsoft.Extensions.Configuration;

namespace Enigma.Runtime.Configuration;

/// <summary>
/// An installed Erlang/OTP whose ebin directories supply the standard library.
/// It is found through the <c>OtpRoot</c> setting (enigma.json, ENIGMA_OTP_ROOT), else from
/// <c>erl</c> on the PATH (Debian: /usr/bin/erl links to /usr/lib/erlang/bin/erl).
/// </summary>
public sealed class OtpInstallation
{
    private OtpInstallation(string root, string version)
    {
        Root = root;
        Version = version;
    }

    public string Root { get; }

    /// <summary>The full OTP version, e.g. 25.2.3, from releases/*/OTP_VERSION.</summary>
    public string Version { get; }

    /// <summary>Every lib/*/ebin (erts's holds the preloaded modules), sorted for a stable order.</summary>
    public IReadOnlyList<string> EbinDirectories =>
    [
        .. Directory.EnumerateDirectories(Path.Combine(Root, "lib"))
            .Select(app => Path.Combine(app, "ebin"))
            .Where(Directory.Exists)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Finds the installation, or explains in the exception what was tried.</summary>
    public static OtpInstallation Locate(IConfiguration settings)
    {
        var configured = settings[EnigmaSettings.OtpRootKey];
        if (!string.IsNullOrEmpty(configured))
            return FromRoot(configured) ?? throw new OtpNotFoundException(
                $"OtpRoot '{configured}' (from enigma.json or ENIGMA_OTP_ROOT) is not an Erlang/OTP installation");
        return FromErlOnPath() ?? throw new OtpNotFoundException(
            "no Erlang/OTP found: set OtpRoot in enigma.json or ENIGMA_OTP_ROOT, or put erl on the PATH (Debian: apt-get install erlang-base)");
    }

    private static OtpInstallation? FromErlOnPath()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var erl = Path.Combine(dir, "erl");
            if (!File.Exists(erl))
                continue;
            var target = new FileInfo(erl).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(erl);
            // erl sits in ROOT/bin.
            var root = Path.GetDirectoryName(Path.GetDirectoryName(target));
            if (root is not null && FromRoot(root) is { } found)
                return found;
        }
        return null;
    }

    private static OtpInstallation? FromRoot(string root)
    {
        var releases = Path.Combine(root, "releases");
        if (!Directory.Exists(Path.Combine(root, "lib")) || !Directory.Exists(releases))
            return null;
        var versionFile = Directory.EnumerateFiles(releases, "OTP_VERSION", SearchOption.AllDirectories).FirstOrDefault();
        return versionFile is null ? null : new OtpInstallation(Path.GetFullPath(root), File.ReadAllText(versionFile).Trim());
    }
}

/// <summary>No Erlang/OTP installation where the settings or the PATH point.</summary>
public sealed class OtpNotFoundException(string message) : Exception(message);
