namespace Enigma.Runtime.Bifs;

internal static class NumberFormatBifs
{
    public static readonly BifEntry[] Entries =
    [
    ];
}
