using System.Runtime.CompilerServices;

namespace Enigma.Testing;

/// <summary>Paths inside this repository, found from the test assembly's location.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The directory that holds Enigma.NET.sln.</summary>
    public static string Root => RootPath.Value;

    public static string Fixtures => Path.Combine(Root, "otp-fixtures");

    // Above the test binary, or (when built with --artifacts-path elsewhere) above this source file.
    private static string FindRoot() =>
        Above(AppContext.BaseDirectory) ?? Above(SourceDirectory()) ??
        throw new InvalidOperationException($"no Enigma.NET.sln above {AppContext.BaseDirectory} or {SourceDirectory()}");

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Enigma.NET.sln")))
                return dir.FullName;
        }
        return null;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
