using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Ets;

/// <summary>
/// A match specification's head, compiled: constants compare with =:=, a variable binds on
/// its first occurrence and must be =:= on the next ones, '_' matches anything.
/// </summary>
internal abstract class MatchPattern
{
    public abstract bool Match(Term value, Span<Term> bindings);

    public sealed class Any : MatchPattern
    {
        public static readonly Any Instance = new();

        public override bool Match(Term value, Span<Term> bindings) => true;
    }

    public sealed class Variable(int slot) : MatchPattern
    {
        public override bool Match(Term value, Span<Term> bindings)
        {
            if (bindings[slot].IsNonValue)
            {
                bindings[slot] = value;
                return true;
            }
            return TermOrder.ExactlyEqual(bindings[slot], value);
        }
    }

    /// <summary>A part of the head with no variable in it.</summary>
    public sealed class Constant(Term value) : MatchPattern
    {
        public Term Value { get; } = value;

        public override bool Match(Term value, Span<Term> bindings) => TermOrder.ExactlyEqual(Value, value);
    }

    public sealed class Tuple(MatchPattern[] elements) : MatchPattern
    {
        public MatchPattern[] Elements { get; } = elements;

        public override bool Match(Term value, Span<Term> bindings)
        {
            if (!value.IsTuple || value.TupleArity != Elements.Length)
                return false;
            for (int i = 0; i < Elements.Length; i++)
            {
                if (!Elements[i].Match(value.Element(i + 1), bindings))
                    return false;
            }
            return true;
        }
    }

    /// <summary>[P1, ..., Pn | Tail]: the spine is walked, not recursed on.</summary>
    public sealed class List(MatchPattern[] elements, MatchPattern tail) : MatchPattern
    {
        public override bool Match(Term value, Span<Term> bindings)
        {
            foreach (var element in elements)
            {
                if (!value.IsCons || !element.Match(value.Head, bindings))
                    return false;
                value = value.Tail;
            }
            return tail.Match(value, bindings);
        }
    }

    /// <summary>#{K := P}: the map has each (constant) key and its value matches.</summary>
    public sealed class Map(Term[] keys, MatchPattern[] values) : MatchPattern
    {
        public override bool Match(Term value, Span<Term> bindings)
        {
            if (!value.IsMap)
                return false;
            for (int i = 0; i < keys.Length; i++)
            {
                if (!Maps.TryGet(value, keys[i], out var v) || !values[i].Match(v, bindings))
                    return false;
            }
            return true;
        }
    }
}
