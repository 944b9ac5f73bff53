using Enigma.Beam.Etf;
using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Memory;

/// <summary>
/// A module's literals, built once at load into one block that belongs to no process
/// (mark payload 0): collections and message copies leave such cells where they are,
/// and the block lives as long as any term points into it.
/// </summary>
public static class LiteralArea
{
    /// <summary>The terms of <paramref name="literals"/>, in order.</summary>
    public static Term[] Build(IReadOnlyList<ETerm> literals, Func<Term, Term, int, Export> resolveExport)
    {
        ArgumentNullException.ThrowIfNull(literals);
        ArgumentNullException.ThrowIfNull(resolveExport);
        long words = 0;
        foreach (var literal in literals)
            words += ETermWriter.SizeOf(literal);
        var block = HeapLayout.NewBlock(words, HeapLayout.LiteralEpoch);
        var writer = new ETermWriter(block, 1, resolveExport, LiteralNodes());
        var terms = new Term[literals.Count];
        for (int i = 0; i < terms.Length; i++)
            terms[i] = writer.Write(literals[i]);
        return terms;
    }

    /// <summary>Room for the inner nodes of literal maps above 32 keys: more literal blocks, filled in turn.</summary>
    private static TermAllocator LiteralNodes()
    {
        const int ChunkWords = 4096;
        Term[] chunk = [];
        int top = 0;
        return words =>
        {
            if (top + words > chunk.Length)
            {
                chunk = HeapLayout.NewBlock(Math.Max(words, ChunkWords), HeapLayout.LiteralEpoch);
                top = 1;
            }
            top += words;
            return (chunk, top - words);
        };
    }
}
