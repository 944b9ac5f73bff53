using System.Buffers.Binary;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Files;

/// <summary>
/// What stat(2) says of a file (read through statx), and the #file_info record erl's
/// prim_file_nif.c builds from it: {file_info, Size, Type, Access, Atime, Mtime, Ctime, Mode,
/// Links, MajorDevice, MinorDevice, Inode, Uid, Gid}, times in POSIX seconds.
/// </summary>
internal sealed record FileStatus(uint Mode, uint Links, uint Uid, uint Gid, ulong Inode, ulong Size,
    long Atime, long Mtime, long Ctime, ulong Device, ulong RawDevice)
{
    private const uint TypeMask = 0xF000, Directory = 0x4000, Regular = 0x8000, Symlink = 0xA000, CharDevice = 0x2000, BlockDevice = 0x6000;

    public bool IsDirectory => (Mode & TypeMask) == Directory;

    public bool IsRegular => (Mode & TypeMask) == Regular;

    /// <summary>stat or lstat of a path; the errno when it fails.</summary>
    public static FileStatus? OfPath(byte[] path, bool followLinks, out int errno) =>
        Statx(Libc.AtFdCwd, path, followLinks ? 0 : Libc.AtSymlinkNoFollow, out errno);

    /// <summary>fstat of an open file; null when it fails.</summary>
    public static FileStatus? OfHandle(int fd) => Statx(fd, [0], Libc.AtEmptyPath, out _);

    private static FileStatus? Statx(int dirfd, byte[] path, int flags, out int errno)
    {
        var b = new byte[256];
        if (Libc.statx(dirfd, path, flags, Libc.StatxBasicStats, b) < 0)
        {
            errno = Libc.Errno;
            return null;
        }
        errno = 0;
        uint U32(int at) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at));
        long Seconds(int at) => BinaryPrimitives.ReadInt64LittleEndian(b.AsSpan(at));
        return new FileStatus(
            Mode: BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(28)), Links: U32(16), Uid: U32(20), Gid: U32(24),
            Inode: BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(32)), Size: BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(40)),
            Atime: Seconds(64), Mtime: Seconds(112), Ctime: Seconds(96),
            Device: MakeDevice(U32(136), U32(140)), RawDevice: MakeDevice(U32(128), U32(132)));
    }

    /// <summary>glibc's makedev: the dev_t stat gives.</summary>
    private static ulong MakeDevice(ulong major, ulong minor) =>
        ((major & 0xfffff000) << 32) | ((major & 0xfff) << 8) | ((minor & 0xffffff00) << 12) | (minor & 0xff);

    /// <summary>How many bytes a read of <paramref name="wanted"/> at <paramref name="position"/> needs room for: no more than a regular file has left.</summary>
    public static int ReadableBytes(int fd, int wanted, long position)
    {
        if (OfHandle(fd) is { IsRegular: true } status && position >= 0)
            return (int)Math.Min(wanted, Math.Max(0, (long)status.Size - position));
        return Math.Min(wanted, 1 << 16);
    }

    /// <summary>read_handle_info's access: the owner's read/write bits (check_access in unix_prim_file.c, for the owner).</summary>
    public static int HandleAccess(FileStatus status) => (int)(((status.Mode >> 8) & 1) | ((status.Mode >> 6) & 2));

    /// <summary>read_info's access: what access(2) allows this process.</summary>
    public static Func<FileStatus, int> PathAccess(byte[] path) =>
        _ => (Libc.access(path, Libc.ROk) == 0 ? 1 : 0) | (Libc.access(path, Libc.WOk) == 0 ? 2 : 0);

    /// <summary>The #file_info tuple (access bits: 1 read, 2 write); {error, Posix} when <paramref name="status"/> is null.</summary>
    public static Term ToRecord(Process p, FileStatus? status, Func<FileStatus, int> access)
    {
        if (status is null)
            return Bifs.FileNifs.Error(p, Errno.Ebadf);
        var type = (status.Mode & TypeMask) switch
        {
            CharDevice or BlockDevice => "device",
            Directory => "directory",
            Regular => "regular",
            Symlink => "symlink",
            _ => "other",
        };
        var accessName = access(status) switch { 1 => "read", 2 => "write", 3 => "read_write", _ => "none" };
        return p.Heap.Tuple([
            Atoms.Intern("file_info"), Term.Integer(status.Size), Atoms.Intern(type), Atoms.Intern(accessName),
            Term.Integer(status.Atime), Term.Integer(status.Mtime), Term.Integer(status.Ctime),
            Term.Integer(status.Mode), Term.Integer(status.Links),
            Term.Integer((uint)status.Device), Term.Integer((uint)status.RawDevice), Term.Integer((uint)status.Inode),
            Term.Integer(status.Uid), Term.Integer(status.Gid)]);
    }
}
