using Enigma.Beam.Etf;
using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Memory;

/// <summary>Builds external-format terms into a process heap (binary_to_term).</summary>
public static class TermBuilder
{
    /// <summary>
    /// <paramref name="term"/> as a runtime term on <paramref name="heap"/>, in one allocation.
    /// <paramref name="resolveExport"/> gives the export entry for <c>fun M:F/A</c>.
    /// Throws <see cref="AtomTableFullException"/> (system_limit) or
    /// <see cref="InvalidTermException"/> (badarg).
    /// </summary>
    public static Term FromETerm(ETerm term, Heap heap, Func<Term, Term, int, Export> resolveExport)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(heap);
        ArgumentNullException.ThrowIfNull(resolveExport);
        long words = ETermWriter.SizeOf(term);
        if (words > Array.MaxLength - 1)
            throw new InsufficientMemoryException($"the term takes {words} words");
        var (block, at) = heap.Allocate((int)words);
        return new ETermWriter(block, at, resolveExport, heap.Allocator).Write(term);
    }
}
