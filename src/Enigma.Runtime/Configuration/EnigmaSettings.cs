using Microsoft.Extensions.Configuration;

namespace Enigma.Runtime.Configuration;

/// <summary>
/// Settings from <c>enigma.json</c> (in the working directory), then <c>ENIGMA_*</c>
/// environment variables, then command-line values; a later source wins.
/// </summary>
public static class EnigmaSettings
{
    public const string OtpRootKey = "OtpRoot";

    /// <summary>erl's +P: how many processes may exist at once.</summary>
    public const string ProcessLimitKey = "ProcessLimit";

    /// <summary>erl's +S: how many scheduler threads run processes.</summary>
    public const string SchedulersKey = "Schedulers";

    /// <summary>erl's default +P.</summary>
    public const int DefaultProcessLimit = 262144;

    private const int MinProcessLimit = 1024, MaxProcessLimit = 134217727;

    /// <summary>
    /// The process limit as erl sets it from +P: the next power of two (at most 134,217,727);
    /// a value outside 1,024..134,217,727 is refused as erl refuses it.
    /// </summary>
    public static int ProcessLimit(IConfiguration settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var text = settings[ProcessLimitKey];
        if (text is null)
            return DefaultProcessLimit;
        if (!int.TryParse(text, out var wanted) || wanted is < MinProcessLimit or > MaxProcessLimit)
            throw new SettingException($"bad number of processes {text}");
        return (int)Math.Min(System.Numerics.BitOperations.RoundUpToPowerOf2((uint)wanted), MaxProcessLimit);
    }

    /// <summary>The scheduler count from +S (1..1024, as erl allows); 0, one per core, when not set.</summary>
    public static int Schedulers(IConfiguration settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var text = settings[SchedulersKey];
        if (text is null)
            return 0;
        if (!int.TryParse(text, out var count) || count is < 1 or > 1024)
            throw new SettingException($"bad number of schedulers {text}");
        return count;
    }

    public static IConfiguration Build(IDictionary<string, string?>? commandLine = null, string? directory = null) =>
        new ConfigurationBuilder()
            .SetBasePath(directory ?? Directory.GetCurrentDirectory())
            .AddJsonFile("enigma.json", optional: true)
            .AddEnvironmentVariables("ENIGMA_")
            .AddInMemoryCollection(commandLine ?? new Dictionary<string, string?>())
            .Build();
}

/// <summary>A setting (enigma.json, ENIGMA_*, a command-line flag) with a value it cannot have.</summary>
public sealed class SettingException(string message) : Exception(message);
