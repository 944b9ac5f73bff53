using System.Reflection;

namespace Enigma.Cli;

/// <summary>The <c>enigma</c> command: parses the arguments and runs a subcommand.</summary>
internal static class CommandLine
{
    public const int UsageError = 2;

    private const string Usage = """
        usage: enigma <command> [arguments]

        commands:
          run [-pa DIR]... [+P N] [+S N] FILE.beam [ARGS...]
                              run FILE's main/1 (ARGS as strings), else main/0,
                              else start/0; exit status 0, N after halt(N), 1 after
                              an uncaught exception; +P N: at most N processes
                              (erl's +P, default 262144); +S N: N scheduler
                              threads (erl's +S, default one per core)
          bifs                list the BIFs this runtime implements, as M:F/A
          dis FILE.beam...    show what the loader sees: module, exports, imports,
                              attributes, compile info, literals and the code as
                              generic instructions (in the spirit of beam_disasm)

        options:
          --help              show this text
          --version           show the version
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        switch (args)
        {
            case [] or ["--help" or "-h" or "help", ..]:
                stdout.WriteLine(Usage);
                return args.Length == 0 ? UsageError : 0;
            case ["--version", ..]:
                stdout.WriteLine($"enigma {Version}");
                return 0;
            case ["run", .. var rest]:
                return RunCommand.Run(rest, stdout, stderr);
            case ["bifs"]:
                foreach (var bif in Runtime.Bifs.BifTable.All.OrderBy(b => $"{b.Module}:{b.Function}/{b.Arity}", StringComparer.Ordinal))
                    stdout.WriteLine($"{bif.Module}:{bif.Function}/{bif.Arity}");
                return 0;
            case ["dis", .. var files]:
                return DisCommand.Run(files, stdout, stderr);
            default:
                stderr.WriteLine($"enigma: unknown command '{args[0]}' (see enigma --help)");
                return UsageError;
        }
    }

    private static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "unknown";
}
