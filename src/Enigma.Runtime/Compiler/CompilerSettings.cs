using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Enigma.Runtime.Compiler;

/// <summary>
/// The compiling tier's settings: <c>Jit</c> (true or false) and <c>JitThreshold</c> (how many
/// entries make a function hot; 0 compiles every function on its first call), from
/// enigma.json or ENIGMA_JIT / ENIGMA_JITTHRESHOLD.
/// </summary>
public sealed record CompilerSettings(bool Enabled = true, int Threshold = CompilerSettings.DefaultThreshold)
{
    /// <summary>High enough that start-up (OTP's code run a few times) stays interpreted.</summary>
    public const int DefaultThreshold = 100;

    public static CompilerSettings Default { get; } = new();

    public static CompilerSettings Off { get; } = new(Enabled: false);

    public static CompilerSettings From(IConfiguration settings) => new(
        settings["Jit"] is not { } on || !bool.TryParse(on, out var enabled) || enabled,
        settings["JitThreshold"] is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : DefaultThreshold);
}
