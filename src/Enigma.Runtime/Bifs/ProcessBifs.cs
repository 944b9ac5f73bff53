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
        new("erlang", "node", 1, (p, a) => NodeOf(a[0]) is { } node ? node : p.Badarg()),
        new("erlang", "error", 1, (p, a) => p.RaiseFromCode(ErrorClass.Error, a[0])),
        new("erlang", "error", 2, (p, a) => a[1].IsList ? p.RaiseFromCode(ErrorClass.Error, a[0], a[1]) : p.Badarg()),
        new("erlang", "error", 3, Error3),
        new("erlang", "exit", 1, (p, a) => p.RaiseFromCode(ErrorClass.Exit, a[0])),
        new("erlang", "throw", 1, (p, a) => p.RaiseFromCode(ErrorClass.Throw, a[0])),
        new("erlang", "raise", 3, Raise),
        new("erlang", "halt", 0, (_, _) => throw new HaltException(0)),
        new("erlang", "halt", 1, (p, a) => Halt(p, a[0])),
        new("erlang", "halt", 2, (p, a) => Halt(p, a[0])),
        new("erts_internal", "garbage_collect", 1, GarbageCollect),
    ];

    /// <summary>
    /// erlang:garbage_collect/0 collects at once. A BIF runs as a call: the caller's x
    /// registers are dead, so the stack, mailbox and dictionary are all the roots there are.
    /// </summary>
    private static Term GarbageCollect(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsSameAs(Atoms.Intern("major")) && !a[0].IsSameAs(Atoms.Intern("minor")))
            return p.Badarg();
        Interpreter.Collect(p, [], 0, 0, p.Sp);
        return Atoms.True;
    }

    /// <summary>node(Pid | Port | Ref): this node for local identifiers, else the one named in it.</summary>
    private static Term? NodeOf(Term t) => t.Tag is TermTag.Pid or TermTag.Port or TermTag.Ref ? Atoms.Nonode : t.Box switch
    {
        Beam.Etf.EPid pid => Atoms.Intern(pid.Node.Name),
        Beam.Etf.EPort port => Atoms.Intern(port.Node.Name),
        Beam.Etf.ERef reference => Atoms.Intern(reference.Node.Name),
        _ => null,
    };

    /// <summary>error(Reason, Args | none, Options): Options may carry {error_info, Map} for the frame.</summary>
    private static Term Error3(Process p, ReadOnlySpan<Term> a)
    {
        if ((!a[1].IsList && !a[1].IsSameAs(Atoms.None)) || ListBifs.Elements(a[2]) is not { } options)
            return p.Badarg();
        foreach (var o in options)
        {
            if (o is { IsTuple: true, TupleArity: 2 } && o.Element(1).IsSameAs(Atoms.ErrorInfo) && o.Element(2).IsMap)
                p.ErrorInfo = o;
        }
        return p.RaiseFromCode(ErrorClass.Error, a[0], a[1].IsList ? a[1] : null);
    }

    /// <summary>
    /// raise(Class, Reason, Stacktrace): rethrows with the given trace, which must be a list of
    /// {M, F, Arity | Args, Location} (or {Fun, Args, Location}). With a bad argument it does
    /// not raise: it returns the atom badarg, as documented.
    /// </summary>
    private static Term Raise(Process p, ReadOnlySpan<Term> a)
    {
        ErrorClass? errorClass = a[0].IsSameAs(Atoms.Error) ? ErrorClass.Error
            : a[0].IsSameAs(Atoms.Exit) ? ErrorClass.Exit
            : a[0].IsSameAs(Atoms.Throw) ? ErrorClass.Throw : null;
        if (errorClass is not { } c || ListBifs.Elements(a[2]) is not { } frames || !frames.All(IsFrame))
            return Atoms.Badarg;
        p.PresetTrace = a[2];
        return p.RaiseFromCode(c, a[1]);
    }

    private static bool IsFrame(Term f) =>
        f.IsTuple && ((f.TupleArity == 4 && f.Element(1).IsAtom && f.Element(2).IsAtom && (f.Element(3).IsSmall || f.Element(3).IsList) && f.Element(4).IsList)
            || (f.TupleArity == 3 && f.Element(1).IsFun && f.Element(2).IsList && f.Element(3).IsList));

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
