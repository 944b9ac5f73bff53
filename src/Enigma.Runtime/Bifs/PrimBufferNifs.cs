using Enigma.Runtime.Bits;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Files;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>The NIFs of prim_buffer (erts/preloaded/src/prim_buffer.erl) over <see cref="PrimBuffer"/>.</summary>
internal static class PrimBufferNifs
{
    public static readonly BifEntry[] Entries =
    [
        new("prim_buffer", "new", 0, (p, _) => Term.Resource(p.Node.MakeRef().ImmediateId, new PrimBuffer())),
        new("prim_buffer", "size", 1, (p, a) => Buffer(a[0]) is { } b ? Term.Small(b.Size) : p.Badarg()),
        new("prim_buffer", "peek_head", 1, PeekHead),
        new("prim_buffer", "copying_read", 2, CopyingRead),
        new("prim_buffer", "write", 2, Write),
        new("prim_buffer", "skip", 2, Skip),
        new("prim_buffer", "find_byte_index", 2, FindByteIndex),
        new("prim_buffer", "try_lock", 1, (p, a) => Buffer(a[0]) is { } b ? Atoms.Intern(b.TryLock() ? "acquired" : "busy") : p.Badarg()),
        new("prim_buffer", "unlock", 1, Unlock),
    ];

    private static PrimBuffer? Buffer(Term t) => t.IsRef ? t.Box as PrimBuffer : null;

    private static Term Binary(ReadOnlySpan<byte> bytes) => Term.Bitstring(Bitstring.Of(bytes.ToArray()));

    private static Term PeekHead(Process p, ReadOnlySpan<Term> a) =>
        Buffer(a[0]) is { Size: > 0 } b ? Binary(b.Content) : p.Badarg();

    private static Term CopyingRead(Process p, ReadOnlySpan<Term> a)
    {
        if (Buffer(a[0]) is not { } b || !a[1].IsSmall || a[1].SmallValue < 0 || a[1].SmallValue > b.Size)
            return p.Badarg();
        var count = (int)a[1].SmallValue;
        var result = Binary(b.Content[..count]);
        b.Skip(count);
        return result;
    }

    private static Term Skip(Process p, ReadOnlySpan<Term> a)
    {
        if (Buffer(a[0]) is not { } b || !a[1].IsSmall || a[1].SmallValue < 0 || a[1].SmallValue > b.Size)
            return p.Badarg();
        b.Skip((int)a[1].SmallValue);
        return Atoms.Ok;
    }

    /// <summary>write(Buffer, IOVec): the binaries of an iovec (a list of binaries), appended.</summary>
    private static Term Write(Process p, ReadOnlySpan<Term> a)
    {
        if (Buffer(a[0]) is not { } b || IoLists.ToBytes(a[1]) is not { } bytes)
            return p.Badarg();
        b.Write(bytes);
        return Atoms.Ok;
    }

    private static Term FindByteIndex(Process p, ReadOnlySpan<Term> a)
    {
        if (Buffer(a[0]) is not { } b || !a[1].IsSmall || a[1].SmallValue is < 0 or > 255)
            return p.Badarg();
        var index = b.Content.IndexOf((byte)a[1].SmallValue);
        return index < 0 ? Atoms.Intern("not_found") : p.Heap.Tuple([Atoms.Ok, Term.Small(index)]);
    }

    private static Term Unlock(Process p, ReadOnlySpan<Term> a)
    {
        if (Buffer(a[0]) is not { } b)
            return p.Badarg();
        return b.Unlock() ? Atoms.Ok : p.Raise(ErrorClass.Error, Atoms.Intern("lock_order_violation"));
    }
}
