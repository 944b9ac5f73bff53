using System.Text;
using Enigma.Runtime.Bifs;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Ets;

/// <summary>
/// erl_db_hash.c's MAKE_HASH: an atom key hashes as its entry in erl's atom table (hashpjw of
/// its name, atom.c's atom_hash), any other key by make_internal_hash. So a set of numbers,
/// atoms, strings or binaries lays its keys out in erl's buckets; an atom inside a compound key
/// hashes by our atom index, which is not erl's.
/// </summary>
internal static class EtsKeyHash
{
    private static uint[] _atomHashes = new uint[1024];
    private static readonly object _grow = new();

    public static uint Of(Term key) => key.IsAtom ? AtomHash(key.AtomIndex) : InternalHash.Hash(key);

    private static uint AtomHash(int index)
    {
        var known = Volatile.Read(ref _atomHashes);
        // The cache keeps hash + 1, so 0 means not yet computed.
        if (index < known.Length && known[index] != 0)
            return known[index] - 1;
        uint hash = NameHash(Encoding.UTF8.GetBytes(Atoms.Name(index)));
        lock (_grow)
        {
            known = _atomHashes;
            if (index >= known.Length)
            {
                Array.Resize(ref known, Math.Max(index + 1, known.Length * 2));
                Volatile.Write(ref _atomHashes, known);
            }
            known[index] = hash + 1;
        }
        return hash;
    }

    /// <summary>atom_hash: hashpjw over the name, a two-byte UTF-8 Latin-1 character counted as its code.</summary>
    private static uint NameHash(ReadOnlySpan<byte> name)
    {
        uint h = 0;
        for (int i = 0; i < name.Length; i++)
        {
            uint v = name[i];
            if (i + 1 < name.Length && (v & 0xFE) == 0xC2 && (name[i + 1] & 0xC0) == 0x80)
                v = (byte)((v << 6) | (name[++i] & 0x3Fu)); // a byte in atom.c too
            h = (h << 4) + v;
            uint g = h & 0xf0000000;
            if (g != 0)
                h ^= (g >> 24) ^ g;
        }
        return h;
    }
}
