using System.Collections.Concurrent;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// persistent_term: node-wide keys and values, copied once into blocks no process owns,
/// so reading is free and no collection ever copies them (as in BEAM, where they are literals).
/// </summary>
internal static class PersistentTermBifs
{
    /// <summary>The node's terms: each node has its own, as each erl node does.</summary>
    private static ConcurrentDictionary<TermKey, (Term Key, Term Value)> Store(Process p) => p.Node.PersistentTerms;

    public static readonly BifEntry[] Entries =
    [
        new("persistent_term", "put", 2, Put),
        new("persistent_term", "get", 1, (p, a) => Store(p).TryGetValue(new TermKey(a[0]), out var e) ? e.Value : p.Badarg()),
        new("persistent_term", "get", 2, (p, a) => Store(p).TryGetValue(new TermKey(a[0]), out var e) ? e.Value : a[1]),
        new("persistent_term", "erase", 1, (p, a) => Term.Boolean(Store(p).TryRemove(new TermKey(a[0]), out _))),
        new("persistent_term", "get", 0, (p, _) => p.Heap.List([.. Store(p).Values.Select(e => p.Heap.Tuple([e.Key, e.Value]))])),
        new("persistent_term", "info", 0, Info),
    ];

    /// <summary>#{count => N, memory => Bytes}: the words the stored keys and values take, 8 bytes each.</summary>
    private static Term Info(Process p, ReadOnlySpan<Term> a)
    {
        var entries = Store(p).Values.ToArray();
        long words = entries.Sum(e => (long)TermCopier.SizeOf(e.Key) + TermCopier.SizeOf(e.Value));
        return p.Heap.FlatMap([Atoms.Intern("count"), Atoms.Intern("memory")], [Term.Small(entries.Length), Term.Integer(8 * words)]);
    }

    private static Term Put(Process p, ReadOnlySpan<Term> a)
    {
        var key = TermCopier.CopyToFragment(a[0]).Message;
        var value = TermCopier.CopyToFragment(a[1]).Message;
        Store(p)[new TermKey(key)] = (key, value);
        return Atoms.Ok;
    }
}
