using System.Runtime.InteropServices;

namespace Enigma.Runtime.Files;

/// <summary>
/// The POSIX calls erl's unix_prim_file.c makes, so that results and errno values are the
/// ones erl sees (Linux only, like the OTP installation the runtime uses). Paths are the
/// NUL-terminated native names prim_file:internal_name2native/1 makes. The calls block the
/// scheduler thread: design.md wants asynchronous I/O here later.
/// </summary>
internal static class Libc
{
    public const int ORdOnly = 0, OWrOnly = 1, ORdWr = 2;
    public const int OCreat = 0x40, OExcl = 0x80, OTrunc = 0x200, OAppend = 0x400, OSync = 0x101000, OCloExec = 0x80000;
    public const int SeekSet = 0, SeekCur = 1, SeekEnd = 2;
    public const int ROk = 4, WOk = 2;
    public const int AtFdCwd = -100, AtSymlinkNoFollow = 0x100, AtEmptyPath = 0x1000;
    public const uint StatxBasicStats = 0x7ff;

    /// <summary>errno of the last failed call on this thread.</summary>
    public static int Errno => Marshal.GetLastPInvokeError();

#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code; plain array and ref marshalling pins the buffers.
    [DllImport("libc", SetLastError = true)]
    public static extern int open(byte[] path, int flags, int mode);

    [DllImport("libc", SetLastError = true)]
    public static extern int close(int fd);

    [DllImport("libc", SetLastError = true)]
    public static extern nint read(int fd, ref byte buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    public static extern nint write(int fd, ref byte buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    public static extern nint pread(int fd, ref byte buffer, nint count, long offset);

    [DllImport("libc", SetLastError = true)]
    public static extern nint pwrite(int fd, ref byte buffer, nint count, long offset);

    [DllImport("libc", SetLastError = true)]
    public static extern long lseek(int fd, long offset, int whence);

    [DllImport("libc", SetLastError = true)]
    public static extern int fsync(int fd);

    [DllImport("libc", SetLastError = true)]
    public static extern int fdatasync(int fd);

    [DllImport("libc", SetLastError = true)]
    public static extern int ftruncate(int fd, long length);

    /// <summary>Returns the error number itself, as posix_fallocate and posix_fadvise do.</summary>
    [DllImport("libc")]
    public static extern int posix_fallocate(int fd, long offset, long length);

    [DllImport("libc")]
    public static extern int posix_fadvise(int fd, long offset, long length, int advice);

    /// <summary>statx's buffer has one layout on every Linux architecture, unlike stat's.</summary>
    [DllImport("libc", SetLastError = true)]
    public static extern int statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", SetLastError = true)]
    public static extern int access(byte[] path, int mode);

    [DllImport("libc", SetLastError = true)]
    public static extern int unlink(byte[] path);

    [DllImport("libc", SetLastError = true)]
    public static extern int rmdir(byte[] path);

    [DllImport("libc", SetLastError = true)]
    public static extern int mkdir(byte[] path, uint mode);

    [DllImport("libc", SetLastError = true)]
    public static extern int rename(byte[] from, byte[] to);

    [DllImport("libc", SetLastError = true)]
    public static extern int link(byte[] existing, byte[] created);

    [DllImport("libc", SetLastError = true)]
    public static extern int symlink(byte[] existing, byte[] created);

    [DllImport("libc", SetLastError = true)]
    public static extern nint readlink(byte[] path, byte[] buffer, nint size);

    [DllImport("libc", SetLastError = true)]
    public static extern int chmod(byte[] path, uint mode);

    [DllImport("libc", SetLastError = true)]
    public static extern int chown(byte[] path, int owner, int group);

    /// <summary>times: access and modification time in seconds (struct utimbuf).</summary>
    [DllImport("libc", SetLastError = true)]
    public static extern int utime(byte[] path, long[] times);

    [DllImport("libc", SetLastError = true)]
    public static extern int chdir(byte[] path);

    [DllImport("libc", SetLastError = true)]
    public static extern nint getcwd(byte[] buffer, nint size);
#pragma warning restore SYSLIB1054
}
