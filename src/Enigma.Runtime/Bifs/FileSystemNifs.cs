using System.Text;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Files;
using Enigma.Runtime.Terms;
using static Enigma.Runtime.Bifs.FileNifs;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// The NIFs of prim_file that work on paths (prim_file_nif.c with unix_prim_file.c's
/// corrections of errno): every path is a native name from prim_file:internal_name2native/1,
/// and a path that is not one gives {error, einval}.
/// </summary>
internal static class FileSystemNifs
{
    public static readonly BifEntry[] Entries =
    [
        new("prim_file", "read_file_nif", 1, (p, a) => WithPath(p, a[0], ReadFile)),
        new("prim_file", "list_dir_nif", 1, (p, a) => WithPath(p, a[0], ListDir)),
        new("prim_file", "read_info_nif", 2, ReadInfo),
        new("prim_file", "read_link_nif", 1, (p, a) => WithPath(p, a[0], ReadLink)),
        new("prim_file", "make_dir_nif", 1, (p, a) => WithPath(p, a[0], (p, path) => Result(p, Libc.mkdir(path, 0x1ff)))),
        new("prim_file", "del_file_nif", 1, (p, a) => WithPath(p, a[0], DeleteFile)),
        new("prim_file", "del_dir_nif", 1, (p, a) => WithPath(p, a[0], DeleteDirectory)),
        new("prim_file", "rename_nif", 2, (p, a) => WithPaths(p, a, Rename)),
        new("prim_file", "make_hard_link_nif", 2, (p, a) => WithPaths(p, a, (p, from, to) => Result(p, Libc.link(from, to)))),
        new("prim_file", "make_soft_link_nif", 2, (p, a) => WithPaths(p, a, (p, from, to) => Result(p, Libc.symlink(from, to)))),
        new("prim_file", "set_cwd_nif", 1, (p, a) => WithPath(p, a[0], (p, path) => Result(p, Libc.chdir(path)))),
        new("prim_file", "get_cwd_nif", 0, GetCwd),
        new("prim_file", "get_device_cwd_nif", 1, (p, a) => a[0].IsSmall ? Error(p, EnotSup) : p.Badarg()),
        new("prim_file", "altname_nif", 1, (p, a) => WithPath(p, a[0], (p, _) => Error(p, EnotSup))),
        new("prim_file", "set_permissions_nif", 2, SetPermissions),
        new("prim_file", "set_owner_nif", 3, SetOwner),
        new("prim_file", "set_time_nif", 4, SetTime),
    ];

    /// <summary>ENOTSUP (EOPNOTSUPP on Linux): what unix_prim_file.c answers for Windows-only calls.</summary>
    private const int EnotSup = 95;

    private delegate Term PathOperation(Process p, byte[] path);

    private delegate Term TwoPathOperation(Process p, byte[] from, byte[] to);

    private static Term WithPath(Process p, Term path, PathOperation operation) =>
        NativePath(path) is { } native ? operation(p, native) : Error(p, Errno.Einval);

    private static Term WithPaths(Process p, ReadOnlySpan<Term> a, TwoPathOperation operation) =>
        NativePath(a[0]) is { } from && NativePath(a[1]) is { } to ? operation(p, from, to) : Error(p, Errno.Einval);

    private static Term Result(Process p, int status) => status < 0 ? Error(p, Libc.Errno) : Atoms.Ok;

    private static string Text(byte[] nativePath) => Encoding.UTF8.GetString(nativePath.AsSpan(0, nativePath.Length - 1));

    /// <summary>The whole file, as read_file_nif: opened for reading (a directory is eisdir), read to its end.</summary>
    private static Term ReadFile(Process p, byte[] path)
    {
        var fd = Libc.open(path, Libc.ORdOnly | Libc.OCloExec, 0);
        if (fd < 0)
            return Error(p, Libc.Errno);
        using var file = new FileHandle(fd, FileModes.Read);
        if (FileStatus.OfHandle(fd) is { IsDirectory: true })
            return Error(p, Errno.Eisdir);
        using var content = new MemoryStream();
        var block = new byte[1 << 16];
        while (true)
        {
            var read = Libc.read(fd, ref block[0], block.Length);
            if (read < 0)
                return Error(p, Libc.Errno);
            if (read == 0)
                break;
            content.Write(block, 0, (int)read);
        }
        return Ok(p, Term.Bitstring(Bitstring.Of(content.ToArray())));
    }

    /// <summary>The names in a directory as native binaries, in the order the system lists them (without . and ..).</summary>
    private static Term ListDir(Process p, byte[] path)
    {
        // open(2) gives the errno erl's opendir(3) would (enoent, eacces ...); only a directory can be listed.
        var fd = Libc.open(path, Libc.ORdOnly | Libc.OCloExec, 0);
        if (fd < 0)
            return Error(p, Libc.Errno);
        using (var directory = new FileHandle(fd, FileModes.Read))
        {
            if (FileStatus.OfHandle(fd) is not { IsDirectory: true })
                return Error(p, Errno.Enotdir);
        }
        try
        {
            var names = Directory.EnumerateFileSystemEntries(Text(path))
                .Select(entry => Binary(Encoding.UTF8.GetBytes(Path.GetFileName(entry))));
            return Ok(p, p.Heap.List([.. names]));
        }
        catch (IOException e)
        {
            return Error(p, e.HResult is > 0 and < 200 ? e.HResult : 5);
        }
        catch (UnauthorizedAccessException)
        {
            return Error(p, 13);
        }
    }

    private static Term ReadInfo(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[1].IsSmall)
            return p.Badarg();
        if (NativePath(a[0]) is not { } path)
            return Error(p, Errno.Einval);
        var status = FileStatus.OfPath(path, followLinks: a[1].SmallValue != 0, out var errno);
        return status is null ? Error(p, errno) : FileStatus.ToRecord(p, status, FileStatus.PathAccess(path));
    }

    private static Term ReadLink(Process p, byte[] path)
    {
        var buffer = new byte[4096];
        var length = Libc.readlink(path, buffer, buffer.Length);
        return length <= 0 ? Error(p, Libc.Errno) : Ok(p, Binary(buffer.AsSpan(0, (int)length)));
    }

    /// <summary>unlink(2); Linux says eisdir for a directory where erl says eperm.</summary>
    private static Term DeleteFile(Process p, byte[] path)
    {
        if (Libc.unlink(path) == 0)
            return Atoms.Ok;
        var errno = Libc.Errno;
        return Error(p, errno == Errno.Eisdir ? 1 : errno);
    }

    /// <summary>rmdir(2); a directory that is not empty is eexist in erl, and the current directory einval.</summary>
    private static Term DeleteDirectory(Process p, byte[] path)
    {
        if (Libc.rmdir(path) == 0)
            return Atoms.Ok;
        var errno = Libc.Errno;
        if (errno == Errno.Enotempty)
            errno = Errno.Eexist;
        if (errno == Errno.Eexist && FileStatus.OfPath(path, true, out _) is { } target && FileStatus.OfPath(".\0"u8.ToArray(), true, out _) is { } cwd
            && target.Inode == cwd.Inode && target.Device == cwd.Device)
            errno = Errno.Einval;
        return Error(p, errno);
    }

    /// <summary>rename(2); a directory that is not empty in the way is eexist in erl.</summary>
    private static Term Rename(Process p, byte[] from, byte[] to)
    {
        if (Libc.rename(from, to) == 0)
            return Atoms.Ok;
        var errno = Libc.Errno;
        return Error(p, errno == Errno.Enotempty ? Errno.Eexist : errno);
    }

    private static Term GetCwd(Process p, ReadOnlySpan<Term> a)
    {
        var buffer = new byte[4096];
        if (Libc.getcwd(buffer, buffer.Length) == 0)
            return Error(p, Libc.Errno);
        return Ok(p, Binary(buffer.AsSpan(0, buffer.AsSpan().IndexOf((byte)0))));
    }

    /// <summary>chmod(2) with the bits erl lets change; without set-id bits when that is refused.</summary>
    private static Term SetPermissions(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[1].IsSmall || a[1].SmallValue is < 0 or > uint.MaxValue)
            return p.Badarg();
        var mode = (uint)a[1].SmallValue & 0xdff;
        return WithPath(p, a[0], (p, path) =>
            Libc.chmod(path, mode) == 0 || Libc.chmod(path, mode & 0x1ff) == 0 ? Atoms.Ok : Error(p, Libc.Errno));
    }

    private static Term SetOwner(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[1].IsSmall || !a[2].IsSmall || a[1].SmallValue is < int.MinValue or > int.MaxValue || a[2].SmallValue is < int.MinValue or > int.MaxValue)
            return p.Badarg();
        var (owner, group) = ((int)a[1].SmallValue, (int)a[2].SmallValue);
        return WithPath(p, a[0], (p, path) => Result(p, Libc.chown(path, owner, group)));
    }

    /// <summary>utime(2) with access and modification times; the change time cannot be set, as in erl.</summary>
    private static Term SetTime(Process p, ReadOnlySpan<Term> a)
    {
        if (!a[1].IsSmall || !a[2].IsSmall || !a[3].IsSmall)
            return p.Badarg();
        long[] times = [a[1].SmallValue, a[2].SmallValue];
        return WithPath(p, a[0], (p, path) => Result(p, Libc.utime(path, times)));
    }
}
