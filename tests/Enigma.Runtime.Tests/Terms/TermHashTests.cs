using Enigma.Beam.Etf;
using Enigma.Runtime.Terms;
using static Enigma.Runtime.Tests.Terms.TestTerms;

namespace Enigma.Runtime.Tests.Terms;

/// <summary>TermHash against erl's phash2/1,2 (otp-fixtures/terms/term_order_ref).</summary>
public class TermHashTests
{
    [Fact]
    public void Phash2_agrees_with_erl_for_every_term_and_range()
    {
        var wrong = new List<string>();
        foreach (var entry in TermReference.Entries)
        {
            var t = entry.Build();
            if (TermHash.Phash2(t) != entry.Phash2)
                wrong.Add($"{entry}: phash2 erl {entry.Phash2}, got {TermHash.Phash2(t)}");
            for (int k = 0; k < TermReference.Ranges.Count; k++)
            {
                ulong range = TermReference.Ranges[k];
                uint got = TermHash.Phash2(t, range == 1UL << 32 ? 0 : (uint)range);
                if (got != entry.Ranged[k])
                    wrong.Add($"{entry}: phash2(_, {range}) erl {entry.Ranged[k]}, got {got}");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} mismatches:\n" + string.Join("\n", wrong.Take(30)));
    }

    [Fact]
    public void An_unaligned_bitstring_hashes_as_its_aligned_copy()
    {
        // unaligned() in term_order_ref.erl: <<_:3, Rest/bitstring>> = <<5, 200, 17, ...>>.
        byte[] source = [5, 200, 17, 99, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        var unaligned = Term.Bitstring(new Bitstring(source, 3, source.Length * 8 - 3));
        var expected = TermHash.Hash2(Term.Bitstring(new Bitstring(TermReaderTests.Copy(unaligned), 0, source.Length * 8 - 3)));
        Assert.Equal(expected, TermHash.Hash2(unaligned));

        var entry = TermReference.Entries.Single(e => e.Decoded.Equals(TermReader.ToETerm(unaligned)));
        Assert.Equal(entry.Phash2, TermHash.Phash2(unaligned));
        Assert.Equal(entry.Ranged[^1], TermHash.Phash2(unaligned, 0));
    }

    [Fact]
    public void A_closure_hashes_by_module_index_uniq_and_free_variables()
    {
        var template = new EFun(new EAtom("m"), 1, new byte[16], 1, 12345, 1, new EPid(new EAtom("nonode@nohost"), 0, 0, 0), []);
        var a = Closure(template, Int(5));
        var b = Closure(template, Int(5));
        var c = Closure(template, Int(6));
        Assert.Equal(TermHash.Hash2(a), TermHash.Hash2(b));
        Assert.NotEqual(TermHash.Hash2(a), TermHash.Hash2(c));
        Assert.True(TermOrder.ExactlyEqual(a, b));
        Assert.True(TermOrder.Compare(a, c) < 0);
    }

    [Fact]
    public void Pairs_of_a_map_hash_alike_in_any_order()
    {
        var m = Map((Atom("a"), Int(1)), (Int(2), Atom("b")), (List(Int(1)), Float(2.5)));
        var reordered = Map((List(Int(1)), Float(2.5)), (Atom("a"), Int(1)), (Int(2), Atom("b")));
        Assert.Equal(TermHash.Hash2(m), TermHash.Hash2(reordered));
    }
}
