using Enigma.Beam;
using Enigma.Runtime.Configuration;
using Enigma.Runtime.Loading;

namespace Enigma.Cli;

/// <summary>Turns any failure into one line <c>enigma: FILE: what went wrong</c>, never a stack trace.</summary>
internal static class Errors
{
    /// <summary>Runs the action; on failure reports it and returns false.</summary>
    public static bool Guard(string file, TextWriter stderr, Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (BeamFormatException e)
        {
            stderr.WriteLine($"enigma: {e.Message}");
        }
        catch (Exception e) when (e is LoadException or OtpNotFoundException or SettingException)
        {
            stderr.WriteLine($"enigma: {file}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"enigma: {file}: {e.Message}");
        }
        catch (Exception e)
        {
            // A bug of ours: still one line, with what .NET said.
            stderr.WriteLine($"enigma: {file}: internal error: {e.GetType().Name}: {e.Message}");
        }
        return false;
    }
}
