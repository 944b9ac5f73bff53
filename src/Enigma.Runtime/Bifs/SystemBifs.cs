namespace Enigma.Runtime.Bifs;

internal static class SystemBifs
{
    public static readonly BifEntry[] Entries =
    [
    ];
}
