using Enigma.Beam;
using Enigma.Beam.Disassembly;

namespace Enigma.Cli;

/// <summary><c>enigma dis FILE...</c>: a listing of each file; errors as one line each, exit status 2.</summary>
internal static class DisCommand
{
    public static int Run(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr)
    {
        if (files.Count == 0)
        {
            stderr.WriteLine("enigma: dis: no .beam file given");
            return CommandLine.UsageError;
        }
        var status = 0;
        foreach (var file in files)
        {
            if (Errors.Guard(file, stderr, () => BeamDisassembler.WriteListing(BeamReader.ReadFile(file), stdout)))
                continue;
            status = CommandLine.UsageError;
        }
        return status;
    }
}
