namespace Enigma.Beam.Etf;

/// <summary>Argument checks shared by the public term constructors.</summary>
internal static class TermGuard
{
    public static ETerm[] NoNulls(ETerm[] terms, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(terms))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(terms, name);
        if (Array.IndexOf(terms, null) >= 0)
        {
            throw new ArgumentException("Terms must not be null.", name);
        }

        return terms;
    }
}
