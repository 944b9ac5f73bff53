using Enigma.Runtime.Bits;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Files;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// The NIFs of prim_file that work on an open file, with the contracts of erl's
/// prim_file_nif.c: results {ok, _}, ok, eof, {continue, _} or {error, Posix}; badarg for
/// arguments of the wrong type; {error, einval} on a closed file. Path operations are in
/// <see cref="FileSystemNifs"/>.
/// </summary>
internal static class FileNifs
{
    public static readonly BifEntry[] Entries =
    [
        new("prim_file", "open_nif", 2, Open),
        new("prim_file", "close_nif", 1, Close),
        new("prim_file", "delayed_close_nif", 1, Close),
        new("prim_file", "read_nif", 2, (p, a) => WithFile(p, a, Read)),
        new("prim_file", "write_nif", 2, (p, a) => WithFile(p, a, Write)),
        new("prim_file", "pread_nif", 3, (p, a) => WithFile(p, a, PositionalRead)),
        new("prim_file", "pwrite_nif", 3, (p, a) => WithFile(p, a, PositionalWrite)),
        new("prim_file", "seek_nif", 3, (p, a) => WithFile(p, a, Seek)),
        new("prim_file", "sync_nif", 2, (p, a) => WithFile(p, a, Sync)),
        new("prim_file", "truncate_nif", 1, (p, a) => WithFile(p, a, Truncate)),
        new("prim_file", "allocate_nif", 3, (p, a) => WithFile(p, a, Allocate)),
        new("prim_file", "advise_nif", 4, (p, a) => WithFile(p, a, Advise)),
        new("prim_file", "read_handle_info_nif", 1, (p, a) => WithFile(p, a, (p, f, _) => FileStatus.ToRecord(p, FileStatus.OfHandle(f.Fd), FileStatus.HandleAccess))),
        new("prim_file", "get_handle_nif", 1, (p, a) => WithFile(p, a, (_, f, _) => Binary(BitConverter.GetBytes(f.Fd)))),
    ];

    /// <summary>The most a single read may ask for: erl would fail to allocate more (enomem).</summary>
    internal const long MaxReadSize = 1L << 31;

    private delegate Term FileOperation(Process p, FileHandle file, ReadOnlySpan<Term> args);

    private static readonly Term Continue = Atoms.Intern("continue");
    private static readonly Term Eof = Atoms.Intern("eof");

    internal static Term Error(Process p, int errno) => p.Heap.Tuple([Atoms.Error, Errno.Atom(errno)]);

    internal static Term Ok(Process p, Term value) => p.Heap.Tuple([Atoms.Ok, value]);

    internal static Term Binary(ReadOnlySpan<byte> bytes) => Term.Bitstring(Bitstring.Of(bytes.ToArray()));

    /// <summary>The path bytes a NIF gets: a binary ending in its only NUL (efile_marshal_path).</summary>
    internal static byte[]? NativePath(Term t)
    {
        if (!t.IsBinary)
            return null;
        var bytes = t.Bits.WholeBytes;
        return bytes.Length > 0 && bytes.IndexOf((byte)0) == bytes.Length - 1 ? bytes.ToArray() : null;
    }

    private static Term WithFile(Process p, ReadOnlySpan<Term> a, FileOperation operation)
    {
        if (!a[0].IsRef || a[0].Box is not FileHandle file)
            return p.Badarg();
        return file.IsOpen ? operation(p, file, a[1..]) : Error(p, Errno.Einval);
    }

    private static Term Open(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[1].IsList || ListBifs.Elements(a[1]) is not { } modeList)
            return p.Badarg();
        var modes = Modes(modeList);
        if (NativePath(a[0]) is not { } path)
            return Error(p, Errno.Einval);
        var fd = Libc.open(path, Flags(modes), modes.HasFlag(FileModes.Directory) ? 0x1ff : 0x1b6);
        if (fd < 0)
            return Error(p, Libc.Errno);
        var file = new FileHandle(fd, modes);
        // Like erl, refuse a directory unless asked for one, and anything else when asked for one.
        if (!modes.HasFlag(FileModes.SkipTypeCheck) && FileStatus.OfHandle(fd) is { IsDirectory: true } != modes.HasFlag(FileModes.Directory))
        {
            file.CloseNow();
            return Error(p, modes.HasFlag(FileModes.Directory) ? Errno.Enotdir : Errno.Eisdir);
        }
        p.OwnFile(file);
        return Ok(p, Term.Resource(p.Node.MakeRef().ImmediateId, file));
    }

    /// <summary>efile_translate_modelist: unknown modes are ignored; read is the default.</summary>
    private static FileModes Modes(List<Term> list)
    {
        var modes = FileModes.None;
        foreach (var mode in list)
        {
            modes |= mode.IsAtom ? Atoms.Name(mode) switch
            {
                "read" => FileModes.Read,
                "write" => FileModes.Write,
                "append" => FileModes.Append,
                "exclusive" => FileModes.Exclusive,
                "sync" => FileModes.Sync,
                "skip_type_check" => FileModes.SkipTypeCheck,
                "directory" => FileModes.Directory,
                _ => FileModes.None,
            } : FileModes.None;
        }
        if ((modes & (FileModes.Append | FileModes.Exclusive)) != 0)
            modes |= FileModes.Write;
        else if ((modes & (FileModes.Read | FileModes.Write)) == 0)
            modes |= FileModes.Read;
        return modes;
    }

    /// <summary>open(2) flags as unix_prim_file.c's get_flags makes them.</summary>
    private static int Flags(FileModes modes)
    {
        var read = modes.HasFlag(FileModes.Read);
        var write = modes.HasFlag(FileModes.Write);
        var flags = read && write ? Libc.ORdWr | Libc.OCreat
            : write ? Libc.OWrOnly | Libc.OCreat | Libc.OTrunc
            : Libc.ORdOnly;
        if (modes.HasFlag(FileModes.Append))
            flags = (flags & ~Libc.OTrunc) | Libc.OAppend;
        if (modes.HasFlag(FileModes.Exclusive))
            flags |= Libc.OExcl;
        if (modes.HasFlag(FileModes.Sync))
            flags |= Libc.OSync;
        return flags | Libc.OCloExec;
    }

    private static Term Close(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsRef || a[0].Box is not FileHandle file)
            return p.Badarg();
        if (!file.IsOpen)
            return Error(p, Errno.Einval);
        p.DisownFile(file);
        var errno = file.CloseNow();
        return errno == 0 ? Atoms.Ok : Error(p, errno);
    }

    /// <summary>A read size: badarg when not an integer, einval when negative or past 64 bits, enomem when too large to allocate.</summary>
    private static bool TryReadSize(Process p, Term size, out int count, out Term failure)
    {
        count = 0;
        if (!size.IsInteger)
            failure = p.Badarg();
        else if (!size.IsSmall || size.SmallValue < 0)
            failure = Error(p, size.BigValue.Sign < 0 || size.BigValue > long.MaxValue ? Errno.Einval : Errno.Enomem);
        else if (size.SmallValue >= MaxReadSize)
            failure = Error(p, Errno.Enomem);
        else
        {
            count = (int)Math.Min(size.SmallValue, Array.MaxLength);
            failure = Term.NonValue;
            return true;
        }
        return false;
    }

    private static Term Read(Process p, FileHandle file, ReadOnlySpan<Term> a)
    {
        if (!TryReadSize(p, a[0], out var size, out var failure))
            return failure;
        var buffer = new byte[FileStatus.ReadableBytes(file.Fd, size, Libc.lseek(file.Fd, 0, Libc.SeekCur))];
        var read = buffer.Length == 0 ? 0 : Libc.read(file.Fd, ref buffer[0], buffer.Length);
        return read < 0 ? Error(p, Libc.Errno) : read == 0 ? Eof : Ok(p, Binary(buffer.AsSpan(0, (int)read)));
    }

    private static Term PositionalRead(Process p, FileHandle file, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsInteger)
            return p.Badarg();
        if (!TryReadSize(p, a[1], out var size, out var failure))
            return failure;
        if (!a[0].IsSmall || a[0].SmallValue < 0)
            return Error(p, Errno.Einval);
        var buffer = new byte[FileStatus.ReadableBytes(file.Fd, size, a[0].SmallValue)];
        var read = buffer.Length == 0 ? 0 : Libc.pread(file.Fd, ref buffer[0], buffer.Length, a[0].SmallValue);
        return read < 0 ? Error(p, Libc.Errno) : read == 0 ? Eof : Ok(p, Binary(buffer.AsSpan(0, (int)read)));
    }

    private static Term Write(Process p, FileHandle file, ReadOnlySpan<Term> a)
    {
        if (IoLists.ToBytes(a[0]) is not { } bytes)
            return p.Badarg();
        for (var done = 0; done < bytes.Length;)
        {
            var written = Libc.write(file.Fd, ref bytes[done], bytes.Length - done);
            if (written < 0)
                return Error(p, Libc.Errno);
            done += (int)written;
        }
        return Atoms.Ok;
    }

    private static Term PositionalWrite(Process p, FileHandle file, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsInteger || IoLists.ToBytes(a[1]) is not { } bytes)
            return p.Badarg();
        if (!a[0].IsSmall || a[0].SmallValue < 0)
            return Error(p, Errno.Einval);
        for (var done = 0; done < bytes.Length;)
        {
            var written = Libc.pwrite(file.Fd, ref bytes[done], bytes.Length - done, a[0].SmallValue + done);
            if (written < 0)
                return Error(p, Libc.Errno);
            done += (int)written;
        }
        return Atoms.Ok;
    }

    private static Term Seek(Process p, FileHandle file, ReadOnlySpan<Term> a)
    {
        if (!a[1].IsSmall || !a[0].IsAtom)
            return p.Badarg();
        int? whence = Atoms.Name(a[0]) switch { "bof" => Libc.SeekSet, "cur" => Libc.SeekCur, "eof" => Libc.SeekEnd, _ => null };
        if (whence is null)
            return p.Badarg();
        var position = Libc.lseek(file.Fd, a[1].SmallValue, whence.Value);
        return position < 0 ? Error(p, Libc.Errno) : Ok(p, Term.Integer(position));
    }

    private static Term Sync(Process p, FileHandle file, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsSmall)
            return p.Badarg();
        var result = a[0].SmallValue != 0 ? Libc.fdatasync(file.Fd) : Libc.fsync(file.Fd);
        return result < 0 ? Error(p, Libc.Errno) : Atoms.Ok;
    }

    private static Term Truncate(Process p, FileHandle file, ReadOnlySpan<Term> a)
    {
        var position = Libc.lseek(file.Fd, 0, Libc.SeekCur);
        return position < 0 || Libc.ftruncate(file.Fd, position) < 0 ? Error(p, Libc.Errno) : Atoms.Ok;
    }

    private static Term Allocate(Process p, FileHandle file, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsInteger || !a[1].IsInteger)
            return p.Badarg();
        if (!a[0].IsSmall || !a[1].IsSmall || a[0].SmallValue < 0 || a[1].SmallValue < 0)
            return Error(p, Errno.Einval);
        var errno = Libc.posix_fallocate(file.Fd, a[0].SmallValue, a[1].SmallValue);
        return errno == 0 ? Atoms.Ok : Error(p, errno);
    }

    private static Term Advise(Process p, FileHandle file, ReadOnlySpan<Term> a)
    {
        if (!a[0].IsInteger || !a[1].IsInteger || !a[2].IsAtom)
            return p.Badarg();
        int? advice = Atoms.Name(a[2]) switch
        {
            "normal" => 0, "random" => 1, "sequential" => 2, "will_need" => 3, "dont_need" => 4, "no_reuse" => 5, _ => null,
        };
        if (advice is null || !a[0].IsSmall || !a[1].IsSmall || a[0].SmallValue < 0 || a[1].SmallValue < 0)
            return Error(p, Errno.Einval);
        var errno = Libc.posix_fadvise(file.Fd, a[0].SmallValue, a[1].SmallValue, advice.Value);
        return errno == 0 ? Atoms.Ok : Error(p, errno);
    }
}
