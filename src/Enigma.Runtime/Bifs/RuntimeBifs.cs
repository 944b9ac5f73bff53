using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>The enigma module: what the runtime's own Erlang servers (src/Enigma.Runtime/Erlang) ask of it.</summary>
internal static class RuntimeBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("enigma", "ensure_loaded", 1, EnsureLoaded),
        new("enigma", "module_file", 1, (p, a) => a[0].IsAtom && p.Node.Code.Find(a[0]) is { File: { } file }
            ? p.Heap.String(file.Source) : p.Badarg()),
        new("enigma", "code_path", 0, (p, _) => p.Heap.List([.. p.Node.Code.CodePath.Select(p.Heap.String)])),
    ];

    /// <summary>{module, M}, or {error, nofile} when no M.beam is in the code path, or {error, badfile}.</summary>
    private static Term EnsureLoaded(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsAtom)
            return p.Badarg();
        try
        {
            return p.Node.Code.EnsureLoaded(a[0]) is not null
                ? p.Heap.Tuple([Atoms.Intern("module"), a[0]])
                : p.Heap.Tuple([Atoms.Error, Atoms.Intern("nofile")]);
        }
        catch (Exception e) when (e is Beam.BeamFormatException or Loading.LoadException)
        {
            return p.Heap.Tuple([Atoms.Error, Atoms.Intern("badfile")]);
        }
    }
}
