using Enigma.Runtime.Terms;
using static Enigma.Runtime.Tests.Terms.TestTerms;

namespace Enigma.Runtime.Tests.Terms;

/// <summary>TermOrder against erl's &lt;, ==, =:= and lists:sort (otp-fixtures/terms/term_order_ref).</summary>
public class TermOrderTests
{
    private static readonly Term[] Built = TermReference.Entries.Select(e => e.Build()).ToArray();

    [Fact]
    public void Compare_and_Equal_agree_with_erl_for_every_pair()
    {
        var wrong = new List<string>();
        for (int i = 0; i < Built.Length; i++)
        {
            var row = TermReference.At(i).Order;
            Assert.Equal(Built.Length, row.Length);
            for (int j = 0; j < Built.Length; j++)
            {
                int c = TermOrder.Compare(Built[i], Built[j]);
                char got = c < 0 ? '<' : c == 0 ? '=' : '>';
                if (got != row[j])
                    wrong.Add($"{TermReference.At(i)} vs {TermReference.At(j)}: erl {row[j]}, got {got}");
                if (TermOrder.Equal(Built[i], Built[j]) != (row[j] == '='))
                    wrong.Add($"{TermReference.At(i)} == {TermReference.At(j)}: erl {row[j] == '='}");
                if (Math.Sign(TermOrder.Compare(Built[j], Built[i])) != -Math.Sign(c))
                    wrong.Add($"{TermReference.At(i)} vs {TermReference.At(j)}: not antisymmetric");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} mismatches:\n" + string.Join("\n", wrong.Take(30)));
    }

    [Fact]
    public void ExactlyEqual_agrees_with_erl_for_every_pair()
    {
        var wrong = new List<string>();
        for (int i = 0; i < Built.Length; i++)
        {
            var row = TermReference.At(i).Exact;
            for (int j = 0; j < Built.Length; j++)
            {
                bool expected = row[j] == '1';
                if (TermOrder.ExactlyEqual(Built[i], Built[j]) != expected)
                    wrong.Add($"{TermReference.At(i)} =:= {TermReference.At(j)}: erl {expected}");
                if ((TermOrder.CompareExact(Built[i], Built[j]) == 0) != expected)
                    wrong.Add($"CompareExact({TermReference.At(i)}, {TermReference.At(j)}) == 0: erl {expected}");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} mismatches:\n" + string.Join("\n", wrong.Take(30)));
    }

    [Fact]
    public void Sorting_gives_the_order_of_lists_sort()
    {
        var order = Enumerable.Range(0, Built.Length).ToArray();
        Array.Sort(order, (i, j) =>
        {
            int c = TermOrder.Compare(Built[i], Built[j]);
            return c != 0 ? c : i.CompareTo(j);
        });
        Assert.Equal(TermReference.SortOrder, order);
    }

    [Fact]
    public void The_exact_order_puts_integers_before_floats()
    {
        Assert.True(TermOrder.CompareExact(Int(2), Float(1.0)) < 0);
        Assert.True(TermOrder.CompareExact(Float(-1.0e300), Int(-(System.Numerics.BigInteger.One << 2000))) > 0);
        Assert.True(TermOrder.CompareExact(Float(1.0), Atom("a")) < 0);
        Assert.True(TermOrder.Compare(Int(2), Float(1.0)) > 0);
    }

    [Fact]
    public void Numbers_compare_exactly_across_integers_and_floats()
    {
        var twoPow53 = System.Numerics.BigInteger.One << 53;
        Assert.Equal(0, TermOrder.Compare(Int(1), Float(1.0)));
        Assert.False(TermOrder.ExactlyEqual(Int(1), Float(1.0)));
        Assert.True(TermOrder.Compare(Int(twoPow53 + 1), Float(9007199254740992.0)) > 0);
        Assert.True(TermOrder.Compare(Float(9007199254740992.0), Int(twoPow53 + 1)) < 0);
        Assert.Equal(0, TermOrder.Compare(Int(twoPow53), Float(9007199254740992.0)));
        Assert.True(TermOrder.Compare(Int(-1), Float(-0.5)) < 0);
        Assert.True(TermOrder.Compare(Int(0), Float(-0.5)) > 0);
        Assert.True(TermOrder.Compare(Int(0), Float(5.0e-324)) < 0);
        var max = Float(double.MaxValue);
        var maxInt = Int(new System.Numerics.BigInteger(double.MaxValue));
        Assert.Equal(0, TermOrder.Compare(max, maxInt));
        Assert.True(TermOrder.Compare(max, Int(new System.Numerics.BigInteger(double.MaxValue) + 1)) < 0);
    }

    [Fact]
    public void Zero_and_negative_zero_are_equal_in_OTP_25()
    {
        Assert.True(TermOrder.ExactlyEqual(Float(0.0), Float(-0.0)));
        Assert.True(TermOrder.Equal(Float(0.0), Float(-0.0)));
        Assert.Equal(0, TermOrder.Compare(Float(-0.0), Int(0)));
    }

    [Fact]
    public void Map_keys_compare_exactly_even_under_equality()
    {
        var intKey = Map((Int(1), Atom("a")));
        var floatKey = Map((Float(1.0), Atom("a")));
        Assert.False(TermOrder.Equal(intKey, floatKey));
        Assert.True(TermOrder.Compare(intKey, floatKey) < 0);
        // Values compare arithmetically under ==.
        Assert.True(TermOrder.Equal(Map((Atom("a"), Int(1))), Map((Atom("a"), Float(1.0)))));
        Assert.False(TermOrder.ExactlyEqual(Map((Atom("a"), Int(1))), Map((Atom("a"), Float(1.0)))));
    }

    [Fact]
    public void Unaligned_bitstrings_compare_by_their_bits()
    {
        byte[] data = [0b1010_1010, 0b1100_1100, 0b1111_0000];
        var unaligned = Term.Bitstring(new Bitstring(data, 3, 13));
        // The same 13 bits, aligned: 01010110 01100
        var aligned = Term.Bitstring(new Bitstring([0b0101_0110, 0b0110_0000], 0, 13));
        Assert.True(TermOrder.ExactlyEqual(unaligned, aligned));
        Assert.True(TermOrder.Compare(unaligned, Term.Bitstring(new Bitstring([0b0101_0110, 0b0110_1000], 0, 13))) < 0);
        Assert.True(TermOrder.Compare(unaligned, Term.Bitstring(new Bitstring([0b0101_0110, 0b0110_0000], 0, 14))) < 0);
        Assert.True(TermOrder.Compare(unaligned, Binary(0b0101_0110)) > 0);
    }
}
