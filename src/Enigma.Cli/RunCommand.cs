using Enigma.Runtime;
using Enigma.Runtime.Compiler;
using Enigma.Runtime.Configuration;

namespace Enigma.Cli;

/// <summary>
/// <c>enigma run [-pa DIR]... FILE.beam [ARGS...]</c>. The code path: the file's own
/// directory, the -pa directories, then the ebin directories of the installed OTP 25.
/// </summary>
internal static class RunCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var extra = new List<string>();
        var at = 0;
        while (at + 1 < args.Count && args[at] == "-pa")
        {
            extra.Add(Path.GetFullPath(args[at + 1]));
            at += 2;
        }
        if (at >= args.Count)
        {
            stderr.WriteLine("enigma: run: no .beam file given");
            return CommandLine.UsageError;
        }
        var file = args[at];
        var status = CommandLine.UsageError;
        Errors.Guard(file, stderr, () =>
        {
            var settings = EnigmaSettings.Build();
            var otp = OtpInstallation.Locate(settings);
            List<string> codePath = [Path.GetDirectoryName(Path.GetFullPath(file))!, .. extra, .. otp.EbinDirectories];
            status = ProgramRunner.Run(file, [.. args.Skip(at + 1)], codePath, stdout, stderr, CompilerSettings.From(settings));
        });
        return status;
    }
}
