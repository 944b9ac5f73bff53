using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Code;

/// <summary>
/// From an instruction index to its function and source location, for stack traces:
/// two sorted arrays searched by binary search, nothing per instruction.
/// </summary>
public sealed class LineMap(int[] functionStarts, (Term Name, int Arity)[] functions,
    int[] lineStarts, (string File, int Line)[] locations)
{
    /// <summary>The function whose code holds instruction <paramref name="index"/>.</summary>
    public (Term Name, int Arity)? FunctionAt(int index)
    {
        var i = LastAtOrBefore(functionStarts, index);
        return i < 0 ? null : functions[i];
    }

    /// <summary>The file and line of the nearest line instruction before <paramref name="index"/>.</summary>
    public (string File, int Line)? LocationAt(int index)
    {
        var i = LastAtOrBefore(lineStarts, index);
        return i < 0 || locations[i].Line == 0 ? null : locations[i];
    }

    private static int LastAtOrBefore(int[] starts, int index)
    {
        var i = Array.BinarySearch(starts, index);
        return i >= 0 ? i : ~i - 1;
    }
}
