using Enigma.Runtime.Terms;
using static Enigma.Runtime.Tests.Terms.TestTerms;

namespace Enigma.Runtime.Tests.Terms;

/// <summary>Compare, hash, read and print terms nested a million levels deep on a 256 KB thread stack.</summary>
public class TermDeepNestingTests
{
    private const int Depth = 1_000_000;

    private static void OnSmallStack(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null)
            throw new Xunit.Sdk.XunitException($"failed on the small stack: {failure}");
    }

    /// <summary>[[[...[Inner]...]]]: each level a one-element list.</summary>
    private static Term NestedLists(Term inner)
    {
        var t = inner;
        for (int k = 0; k < Depth; k++)
            t = Cons(t, Term.Nil);
        return t;
    }

    /// <summary>[[[...]|1]|1]: each level also has a tail to compare after the head.</summary>
    private static Term NestedWithTails(Term inner)
    {
        var t = inner;
        for (int k = 0; k < Depth; k++)
            t = Cons(t, Term.Small(1));
        return t;
    }

    private static Term NestedTuples(Term inner)
    {
        var t = inner;
        for (int k = 0; k < Depth; k++)
            t = Tuple(t, Atom("x"));
        return t;
    }

    [Fact]
    public void Deep_lists_compare() => OnSmallStack(() =>
    {
        var a = NestedLists(Term.Nil);
        var b = NestedLists(Term.Nil);
        Assert.True(TermOrder.ExactlyEqual(a, b));
        Assert.True(TermOrder.Equal(a, b));
        Assert.Equal(0, TermOrder.Compare(a, b));
        Assert.True(TermOrder.Compare(NestedLists(Term.Small(1)), NestedLists(Term.Small(2))) < 0);
        Assert.True(TermOrder.Equal(NestedLists(Term.Small(1)), NestedLists(Float(1.0))));
        Assert.False(TermOrder.ExactlyEqual(NestedLists(Term.Small(1)), NestedLists(Float(1.0))));
    });

    [Fact]
    public void Deep_lists_with_tails_and_deep_tuples_compare() => OnSmallStack(() =>
    {
        Assert.True(TermOrder.ExactlyEqual(NestedWithTails(Term.Nil), NestedWithTails(Term.Nil)));
        Assert.True(TermOrder.Compare(NestedWithTails(Atom("a")), NestedWithTails(Atom("b"))) < 0);
        Assert.True(TermOrder.ExactlyEqual(NestedTuples(Term.Nil), NestedTuples(Term.Nil)));
        Assert.True(TermOrder.Compare(NestedTuples(Term.Small(3)), NestedTuples(Term.Small(2))) > 0);
    });

    [Fact]
    public void Deep_terms_hash() => OnSmallStack(() =>
    {
        Assert.Equal(TermHash.Phash2(NestedLists(Term.Nil)), TermHash.Phash2(NestedLists(Term.Nil)));
        Assert.NotEqual(TermHash.Hash2(NestedLists(Term.Small(1))), TermHash.Hash2(NestedLists(Term.Small(2))));
        Assert.Equal(TermHash.Hash2(NestedTuples(Term.Nil)), TermHash.Hash2(NestedTuples(Term.Nil)));
        Assert.Equal(TermHash.Hash2(NestedWithTails(Term.Nil)), TermHash.Hash2(NestedWithTails(Term.Nil)));
    });

    [Fact]
    public void Deep_terms_read_and_print() => OnSmallStack(() =>
    {
        string text = TermPrinter.Print(NestedLists(Term.Small(7)));
        Assert.Equal(2 * Depth + 1, text.Length);
        Assert.StartsWith("[[[", text);
        Assert.Contains("[7]", text);
        Assert.Equal(TermReader.ToETerm(NestedTuples(Term.Nil)), TermReader.ToETerm(NestedTuples(Term.Nil)));
    });
}
