using Microsoft.Win32.SafeHandles;

namespace Enigma.Runtime.Files;

/// <summary>
/// An open file of prim_file (erl's efile resource): a file descriptor, the modes it was
/// opened with, and the process that opened it. In Erlang it is a reference carrying this
/// object (<see cref="Terms.Term.Resource"/>). As in erl, the file closes when its owner
/// ends (<see cref="Emulator.Process.CloseFiles"/>), and a handle nobody refers to any
/// more is closed by the .NET finalizer.
/// </summary>
internal sealed class FileHandle : SafeHandleMinusOneIsInvalid
{
    public FileHandle(int fd, FileModes modes)
        : base(ownsHandle: true)
    {
        SetHandle(fd);
        Modes = modes;
    }

    public FileModes Modes { get; }

    public int Fd => (int)handle;

    /// <summary>False once closed: every operation then gives {error, einval}, as erl's do.</summary>
    public bool IsOpen => !IsClosed;

    protected override bool ReleaseHandle() => Libc.close((int)handle) == 0;

    /// <summary>close(2) now, giving its errno (0 when it succeeded).</summary>
    public int CloseNow()
    {
        SetHandleAsInvalid();
        GC.SuppressFinalize(this);
        return Libc.close((int)handle) == 0 ? 0 : Libc.Errno;
    }
}

/// <summary>The modes open_nif understands (efile_modes_t); the others are prim_file's business.</summary>
[Flags]
internal enum FileModes
{
    None = 0,
    Read = 1,
    Write = 2,
    Append = 4,
    Exclusive = 8,
    Sync = 16,
    SkipTypeCheck = 32,
    Directory = 64,
}
