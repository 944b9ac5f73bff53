namespace Enigma.Beam.Etf;

/// <summary>
/// A term as the external term format describes it: the parse-stage view of
/// literals, attributes and <c>binary_to_term</c> input. Immutable by
/// convention: constructors keep the arrays they are given, so do not change
/// them afterwards.
/// </summary>
/// <remarks>
/// <see cref="Equals(ETerm?)"/> and <see cref="GetHashCode"/> are structural
/// and use explicit stacks, so a term nested a million levels deep compares and
/// hashes without deep .NET recursion. Floats compare by their bits (0.0 and
/// -0.0 differ, as their encodings do); maps compare their pairs in order.
/// </remarks>
public abstract class ETerm : IEquatable<ETerm>
{
    private protected ETerm()
    {
    }

    /// <summary>Cached structural hash of a composite term; 0 until computed.</summary>
    internal int HashCache { get; set; }

    public bool Equals(ETerm? other) =>
        other is not null && TermEquality.AreEqual(this, other, zeroSignMatters: true);

    public sealed override bool Equals(object? obj) => obj is ETerm other && Equals(other);

    public sealed override int GetHashCode() => TermEquality.Hash(this);

    /// <summary>The term as <c>io:format("~w", [Term])</c> prints it.</summary>
    public sealed override string ToString() => ETermFormatter.Format(this);
}
