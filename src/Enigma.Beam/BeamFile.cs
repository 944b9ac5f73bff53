using Enigma.Beam.Code;
using Enigma.Beam.Etf;

namespace Enigma.Beam;

/// <summary>Everything a .beam file holds, decoded but not yet loaded.</summary>
public sealed class BeamFile
{
    /// <summary>Where the bytes came from, for messages.</summary>
    public required string Source { get; init; }

    /// <summary>The atom table; atom index i in the file is <c>Atoms[i - 1]</c>.</summary>
    public required IReadOnlyList<string> Atoms { get; init; }

    public string Module => Atoms[0];

    public required CodeHeader CodeHeader { get; init; }

    public required IReadOnlyList<Instruction> Code { get; init; }

    public required IReadOnlyList<ImportEntry> Imports { get; init; }

    public required IReadOnlyList<FunctionEntry> Exports { get; init; }

    public IReadOnlyList<FunctionEntry> Locals { get; init; } = [];

    public IReadOnlyList<LambdaEntry> Lambdas { get; init; } = [];

    public IReadOnlyList<ETerm> Literals { get; init; } = [];

    /// <summary>The StrT chunk: bytes that bs_put_string and bs_match_string refer to by offset.</summary>
    public ReadOnlyMemory<byte> Strings { get; init; } = ReadOnlyMemory<byte>.Empty;

    public ETerm? Attributes { get; init; }

    public ETerm? CompileInfo { get; init; }

    public ETerm? Meta { get; init; }

    public LineTable? Lines { get; init; }

    public IReadOnlyList<TypeEntry> Types { get; init; } = [];

    /// <summary>Chunks this reader does not interpret (Dbgi, Docs, ExCk ...), in file order.</summary>
    public IReadOnlyList<RawChunk> OtherChunks { get; init; } = [];

    public string AtomName(long index) => index >= 1 && index <= Atoms.Count
        ? Atoms[(int)index - 1]
        : throw new ArgumentOutOfRangeException(nameof(index), index, "no such atom");
}

/// <summary>The Code chunk header.</summary>
public sealed record CodeHeader(int InstructionSet, int MaxOpcode, int LabelCount, int FunctionCount);

public sealed record ImportEntry(string Module, string Function, int Arity);

/// <summary>An exported or local function and the label of its entry.</summary>
public sealed record FunctionEntry(string Function, int Arity, int Label);

/// <summary>A FunT entry: the code behind a fun, with its free-variable count.</summary>
public sealed record LambdaEntry(string Function, int Arity, int Label, int Index, int FreeCount, uint OldUniq);

/// <summary>One Type chunk entry (OTP 25 format, version 1): a union of type bits and an integer range.</summary>
public readonly record struct TypeEntry(ushort TypeBits, long Min, long Max);

public sealed record RawChunk(string Id, ReadOnlyMemory<byte> Data);

/// <summary>
/// The Line chunk. Item 0 is the undefined location; file index 0 is the module's
/// own source file (<c>Module.erl</c>), the others come from <see cref="FileNames"/>.
/// </summary>
public sealed record LineTable(int InstructionCount, IReadOnlyList<LineItem> Items, IReadOnlyList<string> FileNames);

public readonly record struct LineItem(int FileIndex, int Line);
