namespace Enigma.Runtime.Emulator;

/// <summary>The class of an Erlang exception.</summary>
public enum ErrorClass : byte
{
    Error,
    Exit,
    Throw,
}
