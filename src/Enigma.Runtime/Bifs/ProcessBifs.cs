using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>The calling process: self/0, raising exceptions, halting the node.</summary>
internal static class ProcessBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "self", 0, (p, _) => p.Pid),
        new("erlang", "node", 0, (_, _) => Atoms.Nonode),
        new("erlang", "error", 1, (p, a) => p.RaiseFromCode(ErrorClass.Error, a[0])),
        new("erlang", "error", 2, (p, a) => a[1].IsList ? p.RaiseFromCode(ErrorClass.Error, a[0], a[1]) : p.Badarg()),
        new("erlang", "error", 3, (p, a) => a[1].IsList || a[1].IsSameAs(Atoms.None) ? p.RaiseFromCode(ErrorClass.Error, a[0], a[1].IsList ? a[1] : null) : p.Badarg()),
        new("erlang", "exit", 1, (p, a) => p.RaiseFromCode(ErrorClass.Exit, a[0])),
        new("erlang", "throw", 1, (p, a) => p.RaiseFromCode(ErrorClass.Throw, a[0])),
        new("erlang", "halt", 0, (_, _) => throw new HaltException(0)),
        new("erlang", "halt", 1, (p, a) => Halt(p, a[0])),
        new("erlang", "halt", 2, (p, a) => Halt(p, a[0])),
    ];

    /// <summary>halt(Status): an integer exit status (0..255 seen by the OS), or a string (status 1).</summary>
    private static Term Halt(Process p, Term status)
    {
        if (status.IsSmall && status.SmallValue >= 0)
            throw new HaltException((int)(status.SmallValue & 0xFF));
        if (status.IsList || status.IsSameAs(Atoms.Intern("abort")))
            throw new HaltException(1);
        return p.Badarg();
    }
}

/// <summary>erlang:halt/0,1,2: ends the node; the runner turns it into the exit status.</summary>
public sealed class HaltException(int status) : Exception($"halt({status})")
{
    public int Status { get; } = status;
}
