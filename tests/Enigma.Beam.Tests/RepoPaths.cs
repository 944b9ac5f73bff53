using System.Runtime.CompilerServices;

namespace Enigma.Beam.Tests;

/// <summary>Locates the repository, so tests can read committed fixtures.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() => FindRoot());

    /// <summary>The directory that holds Enigma.NET.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>otp-fixtures/: Erlang programs with their .beam and the output recorded from real erl.</summary>
    public static string Fixtures => Path.Combine(Root, "otp-fixtures");

    /// <summary>
    /// Walks up from the test binaries; when they are built outside the
    /// repository (--artifacts-path), from the working directory, then from
    /// where this source file was compiled.
    /// </summary>
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        string?[] starts = [AppContext.BaseDirectory, Environment.CurrentDirectory, Path.GetDirectoryName(sourceFile)];
        foreach (string? start in starts)
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Enigma.NET.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"No Enigma.NET.sln above {AppContext.BaseDirectory}, {Environment.CurrentDirectory} or {sourceFile}.");
    }
}
