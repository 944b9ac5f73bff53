using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>
/// A stack trace as captured when an exception is raised (BEAM's raw stack trace): the
/// class and the code positions, turned into Erlang terms only when someone asks
/// (build_stacktrace, catch, a crash report).
/// </summary>
internal sealed class RawTrace(ErrorClass errorClass, RawFrame[] frames)
{
    /// <summary>BEAM's default backtrace_depth.</summary>
    public const int Depth = 8;

    public ErrorClass Class { get; } = errorClass;

    public RawFrame[] Frames { get; } = frames;
}

/// <summary>
/// One frame: a function that raised with its arguments (Bif set), or a code position.
/// <paramref name="ErrorInfo"/> is the {error_info, Map} error/3 was given, or NonValue.
/// </summary>
internal readonly record struct RawFrame(Export? Bif, Term Args, LoadedModule? Module, int Pc, Term ErrorInfo);
