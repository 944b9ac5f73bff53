namespace Enigma.Beam.Etf;

/// <summary>Tag bytes of the external term format (erts' external.h).</summary>
internal static class EtfTags
{
    public const byte Version = 131;

    public const byte NewFloat = 70;
    public const byte BitBinary = 77;
    public const byte Compressed = 80;
    public const byte AtomCacheRef = 82;
    public const byte DistHeader = 68;
    public const byte DistFragHeader = 69;
    public const byte NewPid = 88;
    public const byte NewPort = 89;
    public const byte NewerReference = 90;
    public const byte SmallInteger = 97;
    public const byte Integer = 98;
    public const byte Float = 99;
    public const byte Atom = 100;
    public const byte Reference = 101;
    public const byte Port = 102;
    public const byte Pid = 103;
    public const byte SmallTuple = 104;
    public const byte LargeTuple = 105;
    public const byte Nil = 106;
    public const byte String = 107;
    public const byte List = 108;
    public const byte Binary = 109;
    public const byte SmallBig = 110;
    public const byte LargeBig = 111;
    public const byte NewFun = 112;
    public const byte Export = 113;
    public const byte NewReference = 114;
    public const byte SmallAtom = 115;
    public const byte Map = 116;
    public const byte Fun = 117;
    public const byte AtomUtf8 = 118;
    public const byte SmallAtomUtf8 = 119;
    public const byte V4Port = 120;

    /// <summary>FLOAT_EXT's fixed text field.</summary>
    public const int FloatTextLength = 31;

    /// <summary>STRING_EXT's 16-bit length.</summary>
    public const int MaxStringLength = 65535;

    /// <summary>erl's BIG_ARITY_MAX digits of 8 bytes.</summary>
    public const int MaxBigBytes = ((1 << 19) - 1) * 8;

    /// <summary>UTF-8 bytes of a 255-character atom.</summary>
    public const int MaxAtomUtf8Bytes = 4 * 255;

    /// <summary>Ports above this use V4_PORT_EXT (erl's ERTS_MAX_V3_PORT_NUMBER).</summary>
    public const ulong MaxV3PortNumber = (1UL << 28) - 1;

    /// <summary>Old-style (PID_EXT, PORT_EXT, REFERENCE_EXT) creations are 2 bits.</summary>
    public const uint MaxTinyCreation = 3;

    /// <summary>First id word of REFERENCE_EXT / NEW_REFERENCE_EXT is 18 bits.</summary>
    public const uint MaxOldReferenceId = (1u << 18) - 1;
}
