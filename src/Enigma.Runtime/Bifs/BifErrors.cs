using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>badarg with the error_info erl puts in the failing BIF's frame, for erl_error to explain it.</summary>
internal static class BifErrors
{
    private static readonly Term CauseKey = Atoms.Intern("cause");
    private static readonly Term ModuleKey = Atoms.Intern("module");

    /// <summary>badarg; the BIF's frame gets [{error_info, #{cause => Cause, module => Module}}] (no cause when null).</summary>
    public static Term Badarg(Process p, Term module, string? cause = null)
    {
        var heap = p.Heap;
        var map = cause is null
            ? heap.FlatMap([ModuleKey], [module])
            : heap.FlatMap([CauseKey, ModuleKey], [Atoms.Intern(cause), module]);
        p.ErrorInfo = heap.Tuple([Atoms.ErrorInfo, map]);
        return p.Badarg();
    }
}
