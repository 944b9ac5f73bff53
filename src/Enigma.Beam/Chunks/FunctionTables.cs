namespace Enigma.Beam.Chunks;

/// <summary>ImpT, ExpT, LocT and FunT: counts followed by fixed-size records of 32-bit fields.</summary>
internal static class FunctionTables
{
    public static ImportEntry[] ParseImports(ref ChunkCursor cursor, IReadOnlyList<string> atoms)
    {
        var entries = new ImportEntry[cursor.ReadItemCount("import count", 12)];
        for (var i = 0; i < entries.Length; i++)
            entries[i] = new ImportEntry(Atom(ref cursor, atoms), Atom(ref cursor, atoms), Arity(ref cursor));
        return entries;
    }

    /// <summary>ExpT and LocT share one layout: function atom, arity, entry label.</summary>
    public static FunctionEntry[] ParseFunctions(ref ChunkCursor cursor, IReadOnlyList<string> atoms, int labelCount)
    {
        var entries = new FunctionEntry[cursor.ReadItemCount("function count", 12)];
        for (var i = 0; i < entries.Length; i++)
            entries[i] = new FunctionEntry(Atom(ref cursor, atoms), Arity(ref cursor), Label(ref cursor, labelCount));
        return entries;
    }

    public static LambdaEntry[] ParseLambdas(ref ChunkCursor cursor, IReadOnlyList<string> atoms, int labelCount)
    {
        var entries = new LambdaEntry[cursor.ReadItemCount("lambda count", 24)];
        for (var i = 0; i < entries.Length; i++)
        {
            var name = Atom(ref cursor, atoms);
            var arity = Arity(ref cursor);
            var label = Label(ref cursor, labelCount);
            var index = cursor.ReadCount("lambda index");
            var free = cursor.ReadCount("free variable count");
            if (free > 255)
                throw cursor.Error(cursor.FileOffset - 4, $"free variable count {free} is over 255");
            entries[i] = new LambdaEntry(name, arity, label, index, free, cursor.ReadU32());
        }
        return entries;
    }

    private static string Atom(ref ChunkCursor cursor, IReadOnlyList<string> atoms)
    {
        var at = cursor.FileOffset;
        var index = cursor.ReadU32();
        return index >= 1 && index <= atoms.Count
            ? atoms[(int)index - 1]
            : throw cursor.Error(at, $"atom index {index} is out of range (1..{atoms.Count})");
    }

    private static int Arity(ref ChunkCursor cursor)
    {
        var at = cursor.FileOffset;
        var arity = cursor.ReadU32();
        return arity <= 255 ? (int)arity : throw cursor.Error(at, $"arity {arity} is over 255");
    }

    private static int Label(ref ChunkCursor cursor, int labelCount)
    {
        var at = cursor.FileOffset;
        var label = cursor.ReadU32();
        return label < labelCount ? (int)label : throw cursor.Error(at, $"label {label} is out of range (0..{labelCount - 1})");
    }
}
