using Enigma.Runtime.Code;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// -on_load: a module that has one is loaded pending (CodeServer). The first call into it
/// goes to enigma_code_server:on_load_call/3, which runs the function in a process of its
/// own (as OTP's code server does) with these BIFs, then publishes or drops the module.
/// </summary>
internal static class OnLoadBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "call_on_load_function", 1, CallOnLoadFunction),
        new("erlang", "finish_after_on_load", 2, FinishAfterOnLoad),
        new("enigma", "pending_on_load", 1, PendingOnLoad),
        new("enigma", "claim_on_load", 1, (p, a) => a[0].IsAtom ? Term.Boolean(p.Node.Code.ClaimOnLoad(a[0], p.Pid)) : p.Badarg()),
    ];

    /// <summary>Calls the pending module's on_load function; only the process that claimed it may.</summary>
    private static Term CallOnLoadFunction(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsAtom || p.Node.Code.Pending(a[0]) is not { Module.OnLoad: { } onLoad } pending || !pending.Runner.IsSameAs(p.Pid))
            return p.Badarg();
        // Local and not in the export table: an entry of its own reaches the code.
        var entry = new Export(a[0], onLoad.Function, 0) { Code = new CodeAddress(pending.Module, onLoad.Entry) };
        return p.CallInstead(Term.Nil, entry, Term.Nil);
    }

    /// <summary>Publishes the pending module (Keep true) or drops it.</summary>
    private static Term FinishAfterOnLoad(Process p, ReadOnlySpan<Term> a)
    {
        var keep = a[1].IsSameAs(Atoms.True);
        return a[0].IsAtom && (keep || a[1].IsSameAs(Atoms.False)) && p.Node.Code.FinishOnLoad(a[0], keep) ? Atoms.True : p.Badarg();
    }

    /// <summary>false when the module is not pending, unclaimed before a process runs its on_load function, then that process.</summary>
    private static Term PendingOnLoad(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsAtom)
            return p.Badarg();
        return p.Node.Code.Pending(a[0]) is { } pending
            ? pending.Runner.IsNonValue ? Atoms.Intern("unclaimed") : pending.Runner
            : Atoms.False;
    }
}
