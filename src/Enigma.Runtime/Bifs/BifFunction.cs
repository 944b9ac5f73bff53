using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// A BIF: gets its arguments, returns the result, or records an exception on the process
/// (<see cref="Process.Raise"/>) and returns <see cref="Term.NonValue"/>, as BEAM's BIFs do.
/// </summary>
public delegate Term BifFunction(Process process, ReadOnlySpan<Term> args);
