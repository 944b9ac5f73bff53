namespace Enigma.Runtime.Bifs;

internal static class MapBifs
{
    public static readonly BifEntry[] Entries =
    [
    ];
}
