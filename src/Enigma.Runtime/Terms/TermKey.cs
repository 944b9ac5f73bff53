namespace Enigma.Runtime.Terms;

/// <summary>A term as a .NET dictionary key: equal when =:=, hashed like erl's phash2.</summary>
internal readonly struct TermKey(Term term) : IEquatable<TermKey>
{
    public Term Term { get; } = term;

    public bool Equals(TermKey other) => TermOrder.ExactlyEqual(Term, other.Term);

    public override bool Equals(object? obj) => obj is TermKey other && Equals(other);

    public override int GetHashCode() => (int)TermHash.Hash2(Term);
}
