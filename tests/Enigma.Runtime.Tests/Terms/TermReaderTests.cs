using Enigma.Beam.Etf;
using Enigma.Runtime.Terms;
using static Enigma.Runtime.Tests.Terms.TestTerms;

namespace Enigma.Runtime.Tests.Terms;

/// <summary>TermReader (runtime term to ETerm) and TermPrinter (~w) against erl.</summary>
public class TermReaderTests
{
    [Fact]
    public void Every_reference_term_reads_back_as_erl_encoded_it()
    {
        var wrong = new List<string>();
        foreach (var entry in TermReference.Entries)
        {
            var expected = entry.Decoded;
            var got = TermReader.ToETerm(entry.Build());
            // erl encodes maps of more than 32 keys in hash order; ours come out in key order.
            bool same = HasLargeMap(expected) ? Sorted(expected).Equals(got) : expected.Equals(got);
            if (!same)
                wrong.Add($"{entry}: read back as {got}");
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} mismatches:\n" + string.Join("\n", wrong.Take(30)));
    }

    [Fact]
    public void Printing_agrees_with_erl_w()
    {
        var wrong = new List<string>();
        int checkedCount = 0;
        foreach (var entry in TermReference.Entries)
        {
            // erl prints other nodes by a per-run node table number, and big maps in hash order.
            if (HasLargeMap(entry.Decoded) || HasRemoteIdentifier(entry.Decoded))
                continue;
            checkedCount++;
            string got = TermPrinter.Print(entry.Build());
            if (got != entry.Printed)
                wrong.Add($"{entry}: printed {got}");
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} mismatches:\n" + string.Join("\n", wrong.Take(30)));
        Assert.True(checkedCount > 180);
    }

    [Fact]
    public void Local_identifiers_read_as_nonode_at_nohost()
    {
        Assert.Equal("<0.100.2>", TermPrinter.Print(Term.Pid((2L << 15) | 100)));
        Assert.Equal("#Port<0.5>", TermPrinter.Print(Term.Port(5)));
        Assert.Equal("#Ref<0.1.2.3>", TermPrinter.Print(Term.Ref((1L << 50) | (2L << 18) | 3)));
        var pid = Assert.IsType<EPid>(TermReader.ToETerm(Term.Pid(7)));
        Assert.Equal("nonode@nohost", pid.Node.Name);
        Assert.Equal(0u, pid.Creation);
    }

    [Fact]
    public void Export_funs_read_as_EExport()
    {
        var e = Assert.IsType<EExport>(TermReader.ToETerm(ExportFun("lists", "map", 2)));
        Assert.Equal(("lists", "map", 2), (e.Module.Name, e.Function.Name, e.Arity));
        Assert.Equal("fun lists:map/2", TermPrinter.Print(ExportFun("lists", "map", 2)));
    }

    [Fact]
    public void A_closure_without_lambda_information_is_not_supported()
    {
        var block = new[] { Term.Special(SpecialKind.BlockMark, 0), Term.Special(SpecialKind.FunHeader, 0), new Term(0, new object()) };
        var fun = Term.Pointer(TermTag.Fun, block, 1);
        Assert.Throws<NotSupportedException>(() => TermReader.ToETerm(fun));
    }

    [Fact]
    public void Unaligned_bitstrings_read_as_their_bits()
    {
        byte[] data = [0b1010_1010, 0b1100_1100, 0b1111_0000];
        var e = Assert.IsType<EBitstring>(TermReader.ToETerm(Term.Bitstring(new Bitstring(data, 3, 13))));
        Assert.Equal(new EBitstring([0b0101_0110, 0b0110_0000], 5), e);
        Assert.Equal("<<86,12:5>>", TermPrinter.Print(Term.Bitstring(new Bitstring(data, 3, 13))));
    }

    /// <summary>The bits of a bitstring term, realigned to byte 0.</summary>
    internal static byte[] Copy(Term bits) => ((EBitstring)TermReader.ToETerm(bits)).Bytes;

    private static bool HasLargeMap(ETerm e) => Any(e, t => t is EMap m && m.Pairs.Length > 32);

    private static bool HasRemoteIdentifier(ETerm e) => Any(e, t =>
        t is EPid { Node.Name: not TermReader.LocalNodeName } or EPort { Node.Name: not TermReader.LocalNodeName }
            or ERef { Node.Name: not TermReader.LocalNodeName });

    private static bool Any(ETerm e, Func<ETerm, bool> test) => test(e) || e switch
    {
        ETuple t => t.Elements.Any(x => Any(x, test)),
        EList l => l.Elements.Any(x => Any(x, test)) || Any(l.Tail, test),
        EMap m => m.Pairs.Any(p => Any(p.Key, test) || Any(p.Value, test)),
        EFun f => f.FreeVars.Any(x => Any(x, test)),
        _ => false,
    };

    /// <summary>The term with the pairs of its maps in key order (only top-level maps of integer keys here).</summary>
    private static ETerm Sorted(ETerm e) => e is EMap m
        ? new EMap(m.Pairs.OrderBy(p => ((EInteger)p.Key).Value).ToArray())
        : throw new NotSupportedException("only top-level maps with integer keys");
}
