using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Enigma.Beam.Code;
using Enigma.Beam.Etf;
using Enigma.Runtime.Code;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// What the code knows about modules (erl_bif_info.c, bif.c): erlang:get_module_info/1,2
/// (M:module_info/0,1 call it), function_exported/3, module_loaded/1, is_builtin/3.
/// </summary>
internal static class ModuleInfoBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "get_module_info", 1, (p, a) => Loaded(p, a[0]) is { } m ? AllInfo(p, m) : p.Badarg()),
        new("erlang", "get_module_info", 2, (p, a) => Loaded(p, a[0]) is { } m && Info(p, m, a[1]) is { } info ? info : p.Badarg()),
        new("erlang", "function_exported", 3, FunctionExported),
        new("erlang", "module_loaded", 1, (p, a) => a[0].IsAtom ? Term.Boolean(IsLoaded(p, a[0])) : p.Badarg()),
        new("erlang", "is_builtin", 3, (p, a) => IsMfa(a) ? Term.Boolean(p.Node.Exports.Find(a[0], a[1], (int)a[2].SmallValue)?.Bif is not null) : p.Badarg()),
    ];

    private static readonly Term Module = Atoms.Intern("module");
    private static readonly Term Md5 = Atoms.Intern("md5");
    private static readonly Term ExportsKey = Atoms.Intern("exports");
    private static readonly Term Functions = Atoms.Intern("functions");
    private static readonly Term Nifs = Atoms.Intern("nifs");
    private static readonly Term Attributes = Atoms.Intern("attributes");
    private static readonly Term Compile = Atoms.Intern("compile");
    private static readonly Term NativeAddresses = Atoms.Intern("native_addresses");
    private static readonly Term Native = Atoms.Intern("native");

    /// <summary>Each module's MD5, computed once from its file.</summary>
    private static readonly ConditionalWeakTable<LoadedModule, byte[]> Md5s = new();

    private static bool IsMfa(ReadOnlySpan<Term> a) => a[0].IsAtom && a[1].IsAtom && a[2].IsSmall;

    private static LoadedModule? Loaded(Process p, Term module) => module.IsAtom ? p.Node.Code.Find(module) : null;

    /// <summary>erlang is always there in erl (preloaded); here its BIFs are native whether or not erlang.beam was loaded.</summary>
    private static bool IsLoaded(Process p, Term module) => p.Node.Code.Find(module) is not null || module.IsSameAs(Atoms.Erlang);

    private static Term FunctionExported(Process p, ReadOnlySpan<Term> a)
    {
        if (!IsMfa(a))
            return p.Badarg();
        var export = p.Node.Exports.Find(a[0], a[1], (int)a[2].SmallValue);
        return Term.Boolean(export is not null && (export.Code is not null || export.Bif is not null));
    }

    /// <summary>module_info/0: [{module, M}, {exports, ...}, {attributes, ...}, {compile, ...}, {md5, ...}].</summary>
    private static Term AllInfo(Process p, LoadedModule m)
    {
        var items = new List<Term>();
        foreach (var what in (Term[])[Module, ExportsKey, Attributes, Compile, Md5])
            items.Add(p.Heap.Tuple([what, Info(p, m, what)!.Value]));
        return p.Heap.List(items.ToArray());
    }

    private static Term? Info(Process p, LoadedModule m, Term what)
    {
        if (what.IsSameAs(Module))
            return m.Name;
        if (what.IsSameAs(Md5))
            return Term.Bitstring(Bitstring.Of(Md5s.GetValue(m, ComputeMd5)));
        if (what.IsSameAs(ExportsKey))
            return ExportList(p, m);
        if (what.IsSameAs(Functions))
            return FunctionList(p, m);
        if (what.IsSameAs(Nifs) || what.IsSameAs(NativeAddresses))
            return Term.Nil;
        if (what.IsSameAs(Native))
            return Atoms.False;
        if (what.IsSameAs(Attributes))
            return Decode(p, m.File?.Attributes);
        if (what.IsSameAs(Compile))
            return Decode(p, m.File?.CompileInfo);
        return null;
    }

    /// <summary>
    /// erts lists a module's export entries newest first. Loading makes them in ExpT order
    /// (the reverse of the source order), so the list comes out in source order, except
    /// entries that existed before the module loaded: BIFs, made at start-up, come last (in
    /// the reverse of their registration order). Entries an earlier module made by importing
    /// the function would come last in erl too; the export table does not record that.
    /// </summary>
    private static Term ExportList(Process p, LoadedModule m)
    {
        var fresh = new List<Export>();
        var bifs = new List<Export>();
        for (int i = m.Exports.Count - 1; i >= 0; i--)
        {
            var export = m.Exports[i].Export;
            (export.Bif is null ? fresh : bifs).Add(export);
        }
        if (bifs.Count > 0)
        {
            var rank = BifRanks();
            bifs.Sort((x, y) => rank.GetValueOrDefault(Key(y)).CompareTo(rank.GetValueOrDefault(Key(x))));
        }
        var items = fresh.Concat(bifs).Select(e => p.Heap.Tuple([e.Function, Term.Small(e.Arity)])).ToArray();
        return p.Heap.List(items);
    }

    private static (string, string, int) Key(Export e) => (Atoms.Name(e.Module), Atoms.Name(e.Function), e.Arity);

    private static Dictionary<(string, string, int), int>? _bifRanks;

    /// <summary>Built on first use (not with the class: BifTable.All names this class's entries); racing callers agree on one.</summary>
    private static Dictionary<(string, string, int), int> BifRanks() =>
        LazyInitializer.EnsureInitialized(ref _bifRanks, () =>
        {
            var ranks = new Dictionary<(string, string, int), int>();
            foreach (var (module, function, arity, _) in BifTable.All)
                ranks.TryAdd((module, function, arity), ranks.Count);
            return ranks;
        });

    /// <summary>module_info(functions): every function in code order, from the func_info instructions.</summary>
    private static Term FunctionList(Process p, LoadedModule m)
    {
        if (m.File is not { } file)
            return Term.Nil;
        var items = new List<Term>();
        foreach (var instruction in file.Code)
        {
            if (instruction.Op != GenericOp.FuncInfo)
                continue;
            var name = Atoms.Intern(file.AtomName(instruction.Operands[1].Value));
            items.Add(p.Heap.Tuple([name, Term.Small(instruction.Operands[2].Value)]));
        }
        return p.Heap.List(items.ToArray());
    }

    private static Term Decode(Process p, ETerm? term) =>
        term is null ? Term.Nil : TermBuilder.FromETerm(term, p.Heap, p.Node.Exports.Get);

    /// <summary>
    /// The module's MD5 as erts computes it when loading (beam_file.c): over the AtU8, Code,
    /// StrT, ImpT and ExpT chunks, FunT with each OldUniq zeroed, then LitT and Meta as stored.
    /// Zeros when the file cannot be read again.
    /// </summary>
    private static byte[] ComputeMd5(LoadedModule m)
    {
        try
        {
            if (m.File is { } file && File.Exists(file.Source))
                return Md5OfBeam(File.ReadAllBytes(file.Source));
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        catch (InvalidDataException)
        {
        }
        return new byte[16];
    }

    internal static byte[] Md5OfBeam(byte[] data)
    {
        if (data.Length >= 2 && data[0] == 0x1f && data[1] == 0x8b)
        {
            using var gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gzip.CopyTo(plain);
            data = plain.ToArray();
        }
        var chunks = new Dictionary<string, ArraySegment<byte>>();
        int at = 12; // "FOR1", size, "BEAM"
        while (at + 8 <= data.Length)
        {
            var id = System.Text.Encoding.ASCII.GetString(data, at, 4);
            int size = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at + 4));
            if (size < 0 || at + 8 + (long)size > data.Length)
                break;
            chunks.TryAdd(id, new ArraySegment<byte>(data, at + 8, size));
            at += 8 + ((size + 3) & ~3);
        }

        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        foreach (var id in (string[])["AtU8", "Code", "StrT", "ImpT", "ExpT"])
        {
            if (chunks.TryGetValue(id, out var chunk))
                md5.AppendData(chunk);
        }
        if (chunks.TryGetValue("FunT", out var funs) && funs.Count >= 4)
        {
            md5.AppendData(funs.AsSpan(0, 4));
            for (int k = 4; k + 24 <= funs.Count; k += 24)
            {
                md5.AppendData(funs.AsSpan(k, 20));
                md5.AppendData(new byte[4]);
            }
        }
        foreach (var id in (string[])["LitT", "Meta"])
        {
            if (chunks.TryGetValue(id, out var chunk))
                md5.AppendData(chunk);
        }
        return md5.GetHashAndReset();
    }
}
