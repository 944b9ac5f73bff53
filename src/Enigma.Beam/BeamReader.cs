using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Enigma.Beam.Chunks;
using Enigma.Beam.Code;

namespace Enigma.Beam;

/// <summary>
/// Reads a .beam file: the IFF container (FOR1 ... BEAM, chunks padded to 4 bytes),
/// then one parser per chunk. Malformed input gives a <see cref="BeamFormatException"/>.
/// </summary>
public static class BeamReader
{
    private const int MaxGunzipRatio = 1032;

    public static BeamFile ReadFile(string path) => Read(File.ReadAllBytes(path), path);

    public static BeamFile Read(ReadOnlySpan<byte> data, string source)
    {
        // Like BEAM's loader, accept a gzip-compressed file.
        if (data.Length >= 2 && data[0] == 0x1f && data[1] == 0x8b)
            return ReadChunks(Gunzip(data, source), source);
        return ReadChunks(data, source);
    }

    private static BeamFile ReadChunks(ReadOnlySpan<byte> data, string source)
    {
        var chunks = new ChunkTable(data, source);

        var atomCursor = chunks.Has("AtU8") ? chunks.Open("AtU8") : chunks.Open("Atom");
        var atoms = AtomChunk.Parse(ref atomCursor, utf8: chunks.Has("AtU8"));

        var codeCursor = chunks.Open("Code");
        var header = CodeChunk.ParseHeader(ref codeCursor, atoms[0]);

        var strings = chunks.Has("StrT") ? chunks.Open("StrT").Rest.ToArray() : [];
        var imports = chunks.Parse("ImpT", (ref ChunkCursor k) => FunctionTables.ParseImports(ref k, atoms), null)
            ?? throw chunks.Missing("ImpT");
        var exports = chunks.Parse("ExpT", (ref ChunkCursor k) => FunctionTables.ParseFunctions(ref k, atoms, header.LabelCount), null)
            ?? throw chunks.Missing("ExpT");
        var locals = chunks.Parse("LocT", (ref ChunkCursor k) => FunctionTables.ParseFunctions(ref k, atoms, header.LabelCount), []);
        var lambdas = chunks.Parse("FunT", (ref ChunkCursor k) => FunctionTables.ParseLambdas(ref k, atoms, header.LabelCount), []);
        var literals = chunks.Parse("LitT", TermChunks.ParseLiterals, []);
        var types = chunks.Parse("Type", TypeChunk.Parse, null) ?? [];
        var lines = chunks.Parse("Line", LineChunk.Parse, null);

        var tables = new CodeTables(header, new OperandLimits(atoms.Length, header.LabelCount, literals.Length, types.Length),
            imports.Length, lambdas.Length, strings.Length);
        var code = CodeChunk.ParseInstructions(ref codeCursor, tables);

        return new BeamFile
        {
            Source = source,
            Atoms = atoms,
            CodeHeader = header,
            Code = code,
            Imports = imports,
            Exports = exports,
            Locals = locals,
            Lambdas = lambdas,
            Literals = literals,
            Strings = strings,
            Attributes = chunks.Parse("Attr", TermChunks.ParseTerm, null),
            CompileInfo = chunks.Parse("CInf", TermChunks.ParseTerm, null),
            Meta = chunks.Parse("Meta", TermChunks.ParseTerm, null),
            Lines = lines,
            Types = types,
            OtherChunks = chunks.Unknown(),
        };
    }

    private static byte[] Gunzip(ReadOnlySpan<byte> data, string source)
    {
        var limit = Math.Min((long)data.Length * MaxGunzipRatio, Array.MaxLength);
        try
        {
            using var gzip = new GZipStream(new MemoryStream(data.ToArray()), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = gzip.Read(buffer)) > 0)
            {
                if (output.Length + n > limit)
                    throw new BeamFormatException(source, null, 0, "gzip data inflates beyond any plausible size");
                output.Write(buffer, 0, n);
            }
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new BeamFormatException(source, null, 0, $"corrupt gzip data: {e.Message}");
        }
    }
}

internal delegate T ChunkParser<T>(ref ChunkCursor cursor);

/// <summary>The chunks of one file by id; opens a bounded cursor on each.</summary>
internal readonly ref struct ChunkTable
{
    private static readonly HashSet<string> KnownChunks =
        ["AtU8", "Atom", "Code", "StrT", "ImpT", "ExpT", "LocT", "FunT", "LitT", "Type", "Line", "Attr", "CInf", "Meta"];

    private readonly ReadOnlySpan<byte> _data;
    private readonly string _source;
    private readonly Dictionary<string, (int Offset, int Length)> _chunks;

    public ChunkTable(ReadOnlySpan<byte> data, string source)
    {
        _data = data;
        _source = source;
        _chunks = Split(data, source);
    }

    public bool Has(string id) => _chunks.ContainsKey(id);

    public ChunkCursor Open(string id) => _chunks.TryGetValue(id, out var c)
        ? new ChunkCursor(_data.Slice(c.Offset, c.Length), _source, id, c.Offset)
        : throw Missing(id);

    public BeamFormatException Missing(string id) => new(_source, null, 0, $"required chunk {id} is missing");

    /// <summary>Parses the chunk when present, else gives <paramref name="absent"/>.</summary>
    public T Parse<T>(string id, ChunkParser<T> parse, T absent)
    {
        if (!Has(id))
            return absent;
        var cursor = Open(id);
        return parse(ref cursor);
    }

    /// <summary>Chunks no parser interprets, in file order, kept as raw bytes.</summary>
    public RawChunk[] Unknown()
    {
        var data = _data;
        var unknown = _chunks.Where(kv => !KnownChunks.Contains(kv.Key)).OrderBy(kv => kv.Value.Offset).ToArray();
        var result = new RawChunk[unknown.Length];
        for (var i = 0; i < unknown.Length; i++)
            result[i] = new RawChunk(unknown[i].Key, data.Slice(unknown[i].Value.Offset, unknown[i].Value.Length).ToArray());
        return result;
    }

    /// <summary>The chunk table: id to (offset, length) in the file. A known chunk may appear once.</summary>
    private static Dictionary<string, (int Offset, int Length)> Split(ReadOnlySpan<byte> data, string source)
    {
        if (data.Length < 12 || !data[..4].SequenceEqual("FOR1"u8))
            throw new BeamFormatException(source, null, 0, "not a BEAM file: no IFF header 'FOR1'");
        var formSize = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        if (formSize > (uint)(data.Length - 8))
            throw new BeamFormatException(source, null, 4, $"IFF size {formSize} runs past the end of the {data.Length}-byte file");
        if (!data.Slice(8, 4).SequenceEqual("BEAM"u8))
            throw new BeamFormatException(source, null, 8, "not a BEAM file: IFF form type is not 'BEAM'");

        var end = 8 + (int)formSize;
        var chunks = new Dictionary<string, (int, int)>();
        for (var pos = 12; pos < end;)
        {
            if (end - pos < 8)
                throw new BeamFormatException(source, null, pos, $"{end - pos} stray bytes where a chunk header should be");
            var id = Encoding.Latin1.GetString(data.Slice(pos, 4));
            var size = BinaryPrimitives.ReadUInt32BigEndian(data[(pos + 4)..]);
            if (size > (uint)(end - pos - 8))
                throw new BeamFormatException(source, id, pos + 4, $"chunk size {size} runs past the end of the file");
            if (!chunks.TryAdd(id, (pos + 8, (int)size)) && KnownChunks.Contains(id))
                throw new BeamFormatException(source, id, pos, "chunk appears twice");
            pos += 8 + (int)Math.Min((size + 3) & ~3u, (uint)(end - pos - 8));
        }
        return chunks;
    }
}
