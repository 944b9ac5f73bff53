using System.Text;
using Enigma.Beam.Code;
using Enigma.Beam.Etf;

namespace Enigma.Beam.Tests;

public sealed class BeamReaderTests
{
    [Fact]
    public void EveryInstalledOtpModuleParses()
    {
        var files = OtpBeams.All;
        Assert.True(files.Count > 250, $"only {files.Count} .beam files found under {OtpBeams.Otp.Root}");
        foreach (var path in files)
        {
            var beam = BeamReader.ReadFile(path);
            Assert.Equal(Path.GetFileNameWithoutExtension(path), beam.Module);
            Assert.Equal(GenericOp.IntCodeEnd, beam.Code[^1].Op);
            Assert.Equal(beam.CodeHeader.FunctionCount, beam.Code.Count(i => i.Op == GenericOp.FuncInfo));
            Assert.All(beam.Exports, e => Assert.Contains(beam.Code, i => i.Op == GenericOp.Label && i.Operands[0].Value == e.Label));
        }
    }

    /// <summary>Atoms, exports, imports, locals, attributes and compile info equal what beam_lib reads.</summary>
    [Fact]
    public void ChunksEqualWhatBeamLibReads()
    {
        var expected = File.ReadLines(Path.Combine(RepoPaths.Fixtures, "beam", "beam_chunks_ref.out"))
            .ToDictionary(line => line[1..line.IndexOf(',', StringComparison.Ordinal)].Trim('\''));
        var files = OtpBeams.All;
        Assert.Equal(expected.Count, files.Count);
        foreach (var path in files)
        {
            var beam = BeamReader.ReadFile(path);
            Assert.Equal(expected[beam.Module], ETermFormatter.Format(AsBeamLibSees(beam)));
        }
    }

    [Fact]
    public void HelloFixtureHasTheChunksErlcWrites()
    {
        var beam = BeamReader.ReadFile(Path.Combine(RepoPaths.Fixtures, "hello", "hello.beam"));
        Assert.Equal("hello", beam.Module);
        Assert.Contains(new FunctionEntry("main", 1, beam.Exports.Single(e => e.Function == "main").Label), beam.Exports);
        Assert.Contains(new ImportEntry("io", "format", 2), beam.Imports);
        Assert.NotNull(beam.Lines);
        Assert.NotEmpty(beam.Literals);
        Assert.NotNull(beam.CompileInfo);
        Assert.Contains(beam.OtherChunks, c => c.Id == "Dbgi");
    }

    [Fact]
    public void GzippedFilesAreRead()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, "hello", "hello.beam"));
        using var packed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(bytes);
        Assert.Equal("hello", BeamReader.Read(packed.ToArray(), "hello.beam.gz").Module);
    }

    private static ETerm AsBeamLibSees(BeamFile beam) => new ETuple(
    [
        new EAtom(beam.Module),
        List(beam.Atoms.Select(a => (ETerm)new EAtom(a))),
        List(SortedTriples(beam.Exports.Select(e => (e.Function, e.Arity, e.Label)))),
        Tuples(beam.Imports.Select(i => new ETerm[] { new EAtom(i.Module), new EAtom(i.Function), new EInteger(i.Arity) })
            .OrderBy(t => t, TermOrder.Instance)),
        List(SortedTriples(beam.Locals.Select(e => (e.Function, e.Arity, e.Label)))),
        MergedAttributes(beam.Attributes!),
        beam.CompileInfo!,
    ]);

    private static IEnumerable<ETerm> SortedTriples(IEnumerable<(string Name, int Arity, int Label)> entries) =>
        entries.Select(e => new ETerm[] { new EAtom(e.Name), new EInteger(e.Arity), new EInteger(e.Label) })
            .OrderBy(t => t, TermOrder.Instance)
            .Select(t => (ETerm)new ETuple(t));

    private static ETerm Tuples(IEnumerable<ETerm[]> tuples) => List(tuples.Select(t => (ETerm)new ETuple(t)));

    /// <summary>beam_lib keysorts the attributes and appends the values of equal keys.</summary>
    private static ETerm MergedAttributes(ETerm attributes)
    {
        var pairs = attributes is EList list ? list.Elements.Cast<ETuple>() : [];
        var merged = pairs
            .Select((t, i) => (Key: ((EAtom)t.Elements[0]).Name, Values: (EList?)(t.Elements[1] as EList), Order: i))
            .OrderBy(p => Encoding.UTF8.GetBytes(p.Key), ByteOrder.Instance).ThenBy(p => p.Order)
            .GroupBy(p => p.Key)
            .Select(g => (ETerm)new ETuple([new EAtom(g.Key), List(g.SelectMany(p => p.Values?.Elements ?? []))]));
        return List(merged);
    }

    private static ETerm List(IEnumerable<ETerm> elements)
    {
        var array = elements.ToArray();
        return array.Length == 0 ? ENil.Instance : new EList(array, ENil.Instance);
    }

    /// <summary>Erlang term order for tuples of atoms and small integers: atoms sort by their UTF-8 text.</summary>
    private sealed class TermOrder : IComparer<ETerm[]>
    {
        public static readonly TermOrder Instance = new();

        public int Compare(ETerm[]? x, ETerm[]? y)
        {
            for (var i = 0; i < x!.Length; i++)
            {
                var c = (x[i], y![i]) switch
                {
                    (EAtom a, EAtom b) => ByteOrder.Instance.Compare(Encoding.UTF8.GetBytes(a.Name), Encoding.UTF8.GetBytes(b.Name)),
                    (EInteger a, EInteger b) => a.Value.CompareTo(b.Value),
                    _ => throw new InvalidOperationException("only atoms and integers expected"),
                };
                if (c != 0)
                    return c;
            }
            return 0;
        }
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
