using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>
/// The exception a process is raising (BEAM's freason / fvalue and what goes with it).
/// A process makes it on its first error and reuses it; one that never raises, like most
/// of a million waiting processes, does not carry it.
/// </summary>
internal sealed class RaisedError
{
    public ErrorClass Class;

    public Term Reason;

    /// <summary>
    /// The function that raised when it is not the current one: a BIF, or an undefined or
    /// clause-less function; its frame comes first in the stack trace, with <see cref="Args"/>.
    /// </summary>
    public Export? Bif;

    /// <summary>The argument list for that first frame (or for function_clause).</summary>
    public Term Args = Term.NonValue;

    /// <summary>The stack trace of the exception being raised (a raw trace, see RawTrace.cs).</summary>
    public Term Trace = Term.Nil;

    /// <summary>The {error_info, Map} erlang:error/3 was given for the raising frame, or NonValue.</summary>
    public Term Info = Term.NonValue;

    /// <summary>A stack trace given by erlang:raise/3, used instead of capturing one.</summary>
    public Term? PresetTrace;

    /// <summary>Set by <see cref="Process.RaiseFromCode"/>: the failing BIF adds no frame.</summary>
    public bool ByCode;

    /// <summary>Drops what a failing BIF recorded when the failure is not raised (a guard's fail label).</summary>
    public void Forget()
    {
        Bif = null;
        Args = Term.NonValue;
        Info = Term.NonValue;
        ByCode = false;
        PresetTrace = null;
    }
}
