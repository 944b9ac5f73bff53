using System.Collections.Concurrent;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Code;

/// <summary>All export entries of the node, made on first mention (an import or a call).</summary>
public sealed class ExportTable
{
    private readonly ConcurrentDictionary<(int Module, int Function, int Arity), Export> _entries = new();

    public Export Get(Term module, Term function, int arity) =>
        _entries.GetOrAdd((module.AtomIndex, function.AtomIndex, arity), _ => new Export(module, function, arity));

    public Export? Find(Term module, Term function, int arity) =>
        _entries.TryGetValue((module.AtomIndex, function.AtomIndex, arity), out var e) ? e : null;
}
