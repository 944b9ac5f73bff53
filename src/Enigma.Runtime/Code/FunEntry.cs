using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Code;

/// <summary>A fun's code in a loaded module (a FunT entry): what make_fun3 closes over.</summary>
public sealed class FunEntry(LoadedModule module, Term function, int arity, int entry, int index, int freeCount, uint oldUniq)
{
    public LoadedModule Module { get; } = module;

    /// <summary>The generated function name, e.g. '-main/1-fun-0-'.</summary>
    public Term Function { get; } = function;

    /// <summary>Arity of the code, free variables included.</summary>
    public int Arity { get; } = arity;

    /// <summary>Instruction index of the code.</summary>
    public int Entry { get; } = entry;

    public int Index { get; } = index;

    public int FreeCount { get; } = freeCount;

    public uint OldUniq { get; } = oldUniq;
}
