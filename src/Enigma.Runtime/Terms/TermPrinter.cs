using Enigma.Beam.Etf;

namespace Enigma.Runtime.Terms;

/// <summary>Prints a term as erl's <c>io:format("~w", [T])</c> does, for debugging and error reports.</summary>
public static class TermPrinter
{
    public static string Print(Term t) =>
        t.Tag == TermTag.Special
            ? $"#Special<{t.SpecialKind}.{t.SpecialPayload}>" // a heap word, not a value: still printable in a debugger
            : ETermFormatter.Format(TermReader.ToETerm(t));
}
