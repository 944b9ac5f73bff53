using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Ets;

/// <summary>
/// The keys of an ordered_set a key pattern can match form one run in term order: compare a
/// key with the pattern part by part (tuples by size then elements, lists head then tail),
/// and at the first variable everything further is inside the run. So a select with a
/// prefix-bound key binary-searches the start of the run and visits its k entries, not all n.
/// </summary>
internal static class KeyRange
{
    /// <summary>Negative: the key sorts before every key the pattern matches; positive: after; zero: in the run.</summary>
    public static int Compare(Term key, Term pattern) => Compare(key, pattern, out _);

    private static int Compare(Term key, Term pattern, out bool open)
    {
        open = true;
        if (MatchSpec.IsWildcard(pattern))
            return 0;
        if (!MatchSpec.HasWildcard(pattern))
        {
            open = false;
            return TermOrder.Compare(key, pattern);
        }
        if (pattern.IsTuple && key.IsTuple && key.TupleArity == pattern.TupleArity)
        {
            for (int i = 1; i <= pattern.TupleArity; i++)
            {
                int c = Compare(key.Element(i), pattern.Element(i), out open);
                if (c != 0 || open)
                    return c;
            }
            return 0;
        }
        if (pattern.IsCons && key.IsCons)
        {
            // Head by head along both spines, then the rest as any other pair.
            while (pattern.IsCons && key.IsCons)
            {
                int c = Compare(key.Head, pattern.Head, out open);
                if (c != 0 || open)
                    return c;
                (key, pattern) = (key.Tail, pattern.Tail);
            }
            return Compare(key, pattern, out open);
        }
        // A map with variables: every map is in the run (maps sort together); other kinds and
        // tuple sizes sort by kind and size alone, which the variables do not change.
        return pattern.IsMap && key.IsMap ? 0 : TermOrder.Compare(key, pattern);
    }
}
