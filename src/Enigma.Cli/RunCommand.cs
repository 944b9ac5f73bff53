using Enigma.Runtime;
using Enigma.Runtime.Compiler;
using Enigma.Runtime.Configuration;

namespace Enigma.Cli;

/// <summary>
/// <c>enigma run [-pa DIR]... [+P N] [+S N] FILE.beam [ARGS...]</c>. The code path: the file's own
/// directory, the -pa directories, then the ebin directories of the installed OTP 25.
/// +P N is erl's process limit (also ProcessLimit in enigma.json or ENIGMA_ProcessLimit);
/// +S N the number of scheduler threads (also Schedulers, ENIGMA_Schedulers; default: one per core).
/// </summary>
internal static class RunCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var extra = new List<string>();
        var settings = new Dictionary<string, string?>();
        var at = 0;
        for (; at + 1 < args.Count && args[at] is "-pa" or "+P" or "+S"; at += 2)
        {
            if (args[at] == "-pa")
                extra.Add(Path.GetFullPath(args[at + 1]));
            else
                settings[args[at] == "+P" ? EnigmaSettings.ProcessLimitKey : EnigmaSettings.SchedulersKey] = args[at + 1];
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
            var config = EnigmaSettings.Build(settings);
            var otp = OtpInstallation.Locate(config);
            List<string> codePath = [Path.GetDirectoryName(Path.GetFullPath(file))!, .. extra, .. otp.EbinDirectories];
            status = ProgramRunner.Run(file, [.. args.Skip(at + 1)], codePath, stdout, stderr,
                CompilerSettings.From(config), EnigmaSettings.ProcessLimit(config), EnigmaSettings.Schedulers(config));
        });
        return status;
    }
}
