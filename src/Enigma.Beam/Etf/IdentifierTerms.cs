namespace Enigma.Beam.Etf;

/// <summary>A process identifier as the external format carries it (NEW_PID_EXT fields).</summary>
public sealed class EPid : ETerm
{
    public EPid(EAtom node, uint id, uint serial, uint creation)
    {
        ArgumentNullException.ThrowIfNull(node);
        Node = node;
        Id = id;
        Serial = serial;
        Creation = creation;
    }

    public EAtom Node { get; }

    public uint Id { get; }

    public uint Serial { get; }

    public uint Creation { get; }
}

/// <summary>A port identifier (NEW_PORT_EXT / V4_PORT_EXT fields).</summary>
public sealed class EPort : ETerm
{
    public EPort(EAtom node, ulong id, uint creation)
    {
        ArgumentNullException.ThrowIfNull(node);
        Node = node;
        Id = id;
        Creation = creation;
    }

    public EAtom Node { get; }

    public ulong Id { get; }

    public uint Creation { get; }
}

/// <summary>A reference (NEWER_REFERENCE_EXT fields): 1 to 5 id words, first word first.</summary>
public sealed class ERef : ETerm
{
    public const int MaxIds = 5;

    public ERef(EAtom node, uint creation, uint[] ids)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Length is < 1 or > MaxIds)
        {
            throw new ArgumentException($"A reference has 1 to {MaxIds} id words, not {ids.Length}.", nameof(ids));
        }

        Node = node;
        Creation = creation;
        Ids = ids;
    }

    public EAtom Node { get; }

    public uint Creation { get; }

    public uint[] Ids { get; }
}

/// <summary>An external fun, <c>fun Module:Function/Arity</c> (EXPORT_EXT).</summary>
public sealed class EExport : ETerm
{
    public EExport(EAtom module, EAtom function, int arity)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(function);
        ArgumentOutOfRangeException.ThrowIfNegative(arity);
        Module = module;
        Function = function;
        Arity = arity;
    }

    public EAtom Module { get; }

    public EAtom Function { get; }

    public int Arity { get; }
}

/// <summary>A local fun, a closure (NEW_FUN_EXT fields).</summary>
public sealed class EFun : ETerm
{
    public const int UniqLength = 16;
    public const int MaxFreeVars = 255;

    public EFun(EAtom module, int index, byte[] uniq, int oldIndex, int oldUniq, int arity, ETerm pid, ETerm[] freeVars)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(uniq);
        ArgumentNullException.ThrowIfNull(pid);
        TermGuard.NoNulls(freeVars);
        if (uniq.Length != UniqLength)
        {
            throw new ArgumentException($"Uniq is an MD5 of {UniqLength} bytes, not {uniq.Length}.", nameof(uniq));
        }

        if (arity is < 0 or > 255)
        {
            throw new ArgumentOutOfRangeException(nameof(arity), arity, "A fun's arity is 0..255.");
        }

        if (freeVars.Length > MaxFreeVars)
        {
            throw new ArgumentException($"A fun has at most {MaxFreeVars} free variables.", nameof(freeVars));
        }

        Module = module;
        Index = index;
        Uniq = uniq;
        OldIndex = oldIndex;
        OldUniq = oldUniq;
        Arity = arity;
        Pid = pid;
        FreeVars = freeVars;
    }

    public EAtom Module { get; }

    /// <summary>Index into the module's fun table.</summary>
    public int Index { get; }

    /// <summary>The 16-byte MD5 of the code the fun belongs to.</summary>
    public byte[] Uniq { get; }

    public int OldIndex { get; }

    public int OldUniq { get; }

    public int Arity { get; }

    /// <summary>The creating process, normally an <see cref="EPid"/> (erl accepts any term here).</summary>
    public ETerm Pid { get; }

    public ETerm[] FreeVars { get; }
}
