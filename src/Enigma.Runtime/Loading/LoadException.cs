namespace Enigma.Runtime.Loading;

/// <summary>A module that cannot be loaded: the message names the module and why.</summary>
public sealed class LoadException(string module, string problem)
    : Exception($"cannot load module {module}: {problem}")
{
    public string Module { get; } = module;

    public string Problem { get; } = problem;
}
