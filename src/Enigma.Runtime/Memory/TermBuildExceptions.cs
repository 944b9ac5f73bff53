using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Memory;

/// <summary>Building a term needed a new atom and the atom table is full: system_limit in Erlang.</summary>
public sealed class AtomTableFullException(string atom)
    : Exception($"the atom table is full ({Atoms.Limit} atoms); cannot make '{atom}'")
{
    public string Atom { get; } = atom;
}

/// <summary>
/// An external term erl would refuse to build (binary_to_term fails with badarg): a map
/// with a duplicate key, a local pid, port or reference with out-of-range numbers.
/// </summary>
public sealed class InvalidTermException(string problem) : Exception(problem);
