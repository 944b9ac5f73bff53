namespace Enigma.Runtime.Bifs;

internal static class BinaryBifs
{
    public static readonly BifEntry[] Entries =
    [
    ];
}
