using Enigma.Beam.Etf;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;
using static Enigma.Runtime.Tests.Memory.MemoryTesting;

namespace Enigma.Runtime.Tests.Memory;

public sealed class CollectorTests
{
    [Fact]
    public void KeepsExactlyTheLiveData()
    {
        var heap = new Heap();
        var x = new Term[4];
        x[0] = heap.Tuple([A("live"), heap.List([Term.Small(1), Term.Small(2)]), heap.Float(0.5)]);
        for (int i = 0; i < 50; i++)
            heap.Tuple([Term.Small(i), heap.Cons(Term.Small(i), Term.Nil)]);
        x[1] = heap.String("kept");
        var expected = new Heap();
        var want0 = TermCopier.Copy(x[0], expected);
        var want1 = TermCopier.Copy(x[1], expected);

        long before = heap.UsedWords;
        heap.Collect(new RootSet().Add(x, 2), 0);

        Assert.Equal(4 + 4 + 2 + 8, heap.UsedWords);
        Assert.True(heap.UsedWords < before);
        Assert.Equal(1, heap.Collections);
        AssertSameStructure(want0, x[0]);
        AssertSameStructure(want1, x[1]);
        Assert.Equal(0.5, x[0].Element(3).FloatValue);
        Assert.True(x[2].IsSameAs(default)); // beyond the live count: untouched
    }

    [Fact]
    public void PreservesSharing()
    {
        var heap = new Heap();
        var shared = heap.Tuple([A("shared"), heap.Float(1.5)]);
        var pair = heap.Tuple([shared, shared]);
        var roots = new[] { shared, pair, shared };
        heap.Collect(new RootSet().Add(roots, 3), 0);

        Assert.True(roots[0].IsSameAs(roots[2]));
        Assert.Same(roots[0].Box, roots[2].Box);
        Assert.True(roots[1].Element(1).IsSameAs(roots[0]));
        Assert.True(roots[1].Element(2).IsSameAs(roots[0]));
        Assert.Equal(3 + 2 + 3, heap.UsedWords);
    }

    [Fact]
    public void MovesEveryCellIntoFreshBlocks()
    {
        var heap = new Heap();
        var roots = new[] { heap.Tuple([heap.Cons(Term.Small(1), Term.Nil)]) };
        var oldBlock = roots[0].Block;
        var oldMark = MarkOf(roots[0]);
        heap.Collect(new RootSet().Add(roots, 1), 0);
        Assert.NotSame(oldBlock, roots[0].Block);
        Assert.NotEqual(oldMark, MarkOf(roots[0]));
        Assert.Same(roots[0].Block, roots[0].Element(1).Block);
    }

    [Fact]
    public void LeavesLiteralsWhereTheyAre()
    {
        var literals = LiteralArea.Build([new ETuple([new EAtom("lit"), new EFloat(2.0)]), new EList([new EInteger(1)], ENil.Instance)], NoExports);
        var heap = new Heap();
        var roots = new[] { literals[0], heap.Tuple([literals[0], literals[1]]) };
        heap.Collect(new RootSet().Add(roots, 2), 0);

        Assert.True(roots[0].IsSameAs(literals[0]));
        Assert.True(roots[1].Element(1).IsSameAs(literals[0]));
        Assert.True(roots[1].Element(2).IsSameAs(literals[1]));
        Assert.Equal(3, heap.UsedWords);
    }

    [Fact]
    public void SkipsFloatBitsAndLambdaWords()
    {
        // Raw bits whose low nibble reads as a cons tag, and a lambda that is a Term[]:
        // a collector that took either for a term would chase them.
        double tricky = BitConverter.UInt64BitsToDouble(0x4000_0000_0000_0008);
        var heap = new Heap();
        var lambda = new Term[] { Term.Nil };
        var roots = new[] { heap.Fun(lambda, [heap.Float(tricky), Term.Small(3)]) };
        heap.Collect(new RootSet().Add(roots, 1), 0);

        var fun = roots[0];
        Assert.Same(lambda, fun.Block[fun.Offset + 1].Box);
        Assert.Equal(tricky, fun.Block[fun.Offset + 2].FloatValue);
        Assert.Equal(3, fun.Block[fun.Offset + 3].SmallValue);
    }

    [Fact]
    public void MapsKeepTheirKeysTuple()
    {
        var heap = new Heap();
        var map = heap.FlatMap([A("a"), A("b")], [heap.Float(1.0), Term.Small(2)]);
        var roots = new[] { map, heap.FlatMap(Maps.KeysTuple(map), [Term.Small(0), Term.Small(0)]) };
        heap.Collect(new RootSet().Add(roots, 2), 0);

        Assert.Equal("#{a => 1.0,b => 2}", TermReader.ToETerm(roots[0]).ToString());
        Assert.True(Maps.KeysTuple(roots[0]).IsSameAs(Maps.KeysTuple(roots[1])));
        Assert.Equal(3 + 4 + 2 + 4, heap.UsedWords);
    }

    [Fact]
    public void StackFrameWordsAndImmediatesInRootsAreLeftAlone()
    {
        var heap = new Heap();
        var frame = Term.Special(SpecialKind.CodePointer, 42, new object());
        var stack = new[] { frame, Term.Small(7), heap.Cons(Term.Nil, Term.Nil), A("x") };
        heap.Collect(new RootSet().Add(stack.AsMemory(0, 4)), 0);
        Assert.True(stack[0].IsSameAs(frame));
        Assert.True(stack[1].IsSameAs(Term.Small(7)));
        Assert.True(stack[2].IsCons);
        Assert.True(stack[3].IsSameAs(A("x")));
    }

    [Fact]
    public void AfterACollectionTheNeedFitsWithoutANewBlock()
    {
        var heap = new Heap();
        var roots = new[] { heap.List(Sequence(100)) };
        foreach (int need in new[] { 0, 10, 500, 5000 })
        {
            heap.Collect(new RootSet().Add(roots, 1), need);
            Assert.False(heap.NeedsCollection(need));
            long size = heap.SizeWords;
            heap.Allocate(need);
            Assert.Equal(size, heap.SizeWords);
            AssertSequence(roots[0], 100);
        }
    }

    [Fact]
    public void RepeatedCyclesKeepTheHeapBounded()
    {
        var heap = new Heap();
        var x = new Term[2];
        var roots = new RootSet();
        long maxSize = 0;
        for (int cycle = 0; cycle < 2000; cycle++)
        {
            // Like a loop in an interpreter: test_heap, build, drop most of it.
            if (heap.NeedsCollection(8))
                heap.Collect(roots.Clear().Add(x, 2), 8);
            x[0] = heap.Tuple([Term.Small(cycle), Term.Nil, Term.Nil]);
            x[1] = heap.Cons(x[0], cycle % 100 == 0 ? Term.Nil : x[1]);
            heap.Allocate(200); // garbage
            maxSize = Math.Max(maxSize, heap.SizeWords);
        }
        Assert.True(heap.Collections > 100);
        Assert.True(maxSize < 20_000, $"heap grew to {maxSize} words");
    }

    [Fact]
    public void ShrinksWhenMostDataDied()
    {
        var heap = new Heap();
        var x = new[] { heap.List(Sequence(100_000)) };
        heap.Collect(new RootSet().Add(x, 1), 0);
        Assert.True(heap.SizeWords >= 200_000);
        x[0] = Term.Small(1);
        heap.Collect(new RootSet().Add(x, 1), 0);
        Assert.Equal(233, heap.SizeWords);
        Assert.Equal(0, heap.UsedWords);
    }

    [Fact]
    public void AdoptedMessagesMoveInAtTheNextCollection()
    {
        var sender = new Heap();
        var message = sender.Tuple([A("msg"), sender.List(Sequence(10)), sender.Float(3.25)]);
        var fragment = TermCopier.CopyToFragment(message);
        Assert.Equal(4 + 20 + 2, fragment.UsedWords);
        Assert.NotEqual(MarkOf(message), MarkOf(fragment.Message));

        var receiver = new Heap();
        receiver.Tuple([Term.Nil]); // garbage
        receiver.Adopt(fragment);
        Assert.Equal(2 + 26, receiver.UsedWords);
        Assert.Equal(233 + 26, receiver.SizeWords);
        Assert.Throws<InvalidOperationException>(() => receiver.Adopt(fragment));

        var x = new[] { fragment.Message };
        var fragmentBlock = x[0].Block;
        receiver.Collect(new RootSet().Add(x, 1), 0);
        Assert.NotSame(fragmentBlock, x[0].Block);
        Assert.Equal(26, receiver.UsedWords);
        AssertSameStructure(message, x[0]);
    }

    [Fact]
    public void ALongListSurvivesOnASmallStack()
    {
        OnSmallStack(() =>
        {
            var heap = new Heap();
            var x = new[] { heap.List(Sequence(DeepLevels)) };
            heap.Allocate(1000);
            heap.Collect(new RootSet().Add(x, 1), 0);
            Assert.Equal(2L * DeepLevels, heap.UsedWords);
            AssertSequence(x[0], DeepLevels);
        });
    }

    [Fact]
    public void ADeepTupleSurvivesOnASmallStack()
    {
        OnSmallStack(() =>
        {
            var heap = new Heap();
            var x = new[] { DeepTuple(heap, DeepLevels, A("bottom")) };
            heap.Collect(new RootSet().Add(x, 1), 0);
            Assert.Equal(2L * DeepLevels, heap.UsedWords);
            var (levels, leaf) = Unwrap(x[0]);
            Assert.Equal(DeepLevels, levels);
            Assert.True(leaf.IsSameAs(A("bottom")));
        });
    }
}
