using Microsoft.Extensions.Configuration;

namespace Enigma.Runtime.Configuration;

/// <summary>
/// Settings from <c>enigma.json</c> (in the working directory), then <c>ENIGMA_*</c>
/// environment variables, then command-line values; a later source wins.
/// </summary>
public static class EnigmaSettings
{
    public const string OtpRootKey = "OtpRoot";

    public static IConfiguration Build(IDictionary<string, string?>? commandLine = null, string? directory = null) =>
        new ConfigurationBuilder()
            .SetBasePath(directory ?? Directory.GetCurrentDirectory())
            .AddJsonFile("enigma.json", optional: true)
            .AddEnvironmentVariables("ENIGMA_")
            .AddInMemoryCollection(commandLine ?? new Dictionary<string, string?>())
            .Build();
}
