using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Files;

/// <summary>Linux errno values as the atoms erl gives them (erl_errno_id: the lowercase C name), indexed by number.</summary>
internal static class Errno
{
    public const int Enoent = 2, Ebadf = 9, Enomem = 12, Eexist = 17, Enotdir = 20, Eisdir = 21, Einval = 22, Enotempty = 39;

    private static readonly string[] Names =
    [
        "unknown", "eperm", "enoent", "esrch", "eintr", "eio", "enxio", "e2big", "enoexec", "ebadf",
        "echild", "eagain", "enomem", "eacces", "efault", "enotblk", "ebusy", "eexist", "exdev", "enodev",
        "enotdir", "eisdir", "einval", "enfile", "emfile", "enotty", "etxtbsy", "efbig", "enospc", "espipe",
        "erofs", "emlink", "epipe", "edom", "erange", "edeadlk", "enametoolong", "enolck", "enosys", "enotempty",
        "eloop", "unknown", "enomsg", "eidrm", "echrng", "el2nsync", "el3hlt", "el3rst", "elnrng", "eunatch",
        "enocsi", "el2hlt", "ebade", "ebadr", "exfull", "enoano", "ebadrqc", "ebadslt", "unknown", "ebfont",
        "enostr", "enodata", "etime", "enosr", "enonet", "enopkg", "eremote", "enolink", "eadv", "esrmnt",
        "ecomm", "eproto", "emultihop", "edotdot", "ebadmsg", "eoverflow", "enotuniq", "ebadfd", "eremchg", "elibacc",
        "elibbad", "elibscn", "elibmax", "elibexec", "eilseq", "erestart", "estrpipe", "eusers", "enotsock", "edestaddrreq",
        "emsgsize", "eprototype", "enoprotoopt", "eprotonosupport", "esocktnosupport", "eopnotsupp", "epfnosupport", "eafnosupport", "eaddrinuse", "eaddrnotavail",
        "enetdown", "enetunreach", "enetreset", "econnaborted", "econnreset", "enobufs", "eisconn", "enotconn", "eshutdown", "etoomanyrefs",
        "etimedout", "econnrefused", "ehostdown", "ehostunreach", "ealready", "einprogress", "estale", "euclean", "enotnam", "enavail",
        "eisnam", "eremoteio", "edquot", "enomedium", "emediumtype", "ecanceled", "enokey", "ekeyexpired", "ekeyrevoked", "ekeyrejected",
        "eownerdead", "enotrecoverable", "erfkill", "ehwpoison",
    ];

    public static Term Atom(int errno) => Atoms.Intern(errno > 0 && errno < Names.Length ? Names[errno] : "unknown");
}
