using System.Numerics;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;
using static Enigma.Runtime.Tests.Memory.MemoryTesting;

namespace Enigma.Runtime.Tests.Memory;

public sealed class HeapTests
{
    [Fact]
    public void AFreshHeapHasBeamsDefaultSize()
    {
        var heap = new Heap();
        Assert.Equal(233, heap.SizeWords);
        Assert.Equal(0, heap.UsedWords);
        Assert.Equal(376, new Heap(300).SizeWords);
    }

    [Fact]
    public void HeapSizesFollowBeam()
    {
        long[] expected = [12, 38, 51, 90, 142, 233, 376, 610, 987, 1598];
        for (int i = 1; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], HeapSizes.Next(expected[i]));
            Assert.Equal(expected[i], HeapSizes.Next(expected[i - 1] + 1));
            Assert.Equal(expected[i], HeapSizes.Next(expected[i - 1], 1));
        }
        Assert.Equal(12, HeapSizes.Next(0));
        // Past Fibonacci growth, steps are 20%.
        long big = HeapSizes.Next(10_000_000);
        Assert.Equal(big + big / 5, HeapSizes.Next(big, 1));
    }

    [Fact]
    public void BuildsAndReadsBackEveryKind()
    {
        var heap = new Heap();
        var cons = heap.Cons(Term.Small(1), A("tail"));
        Assert.True(cons.IsCons);
        Assert.Equal(1, cons.Head.SmallValue);
        Assert.True(cons.Tail.IsSameAs(A("tail")));

        var tuple = heap.Tuple([A("ok"), Term.Small(-7), Term.Nil]);
        Assert.True(tuple.IsTuple);
        Assert.Equal(3, tuple.TupleArity);
        Assert.True(tuple.Element(1).IsSameAs(A("ok")));
        Assert.Equal(-7, tuple.Element(2).SmallValue);
        Assert.True(tuple.Element(3).IsNil);
        Assert.Equal(0, heap.Tuple([]).TupleArity);

        var f = heap.Float(-2.5e300);
        Assert.True(f.IsFloat);
        Assert.Equal(-2.5e300, f.FloatValue);

        var list = heap.List([Term.Small(1), Term.Small(2)], A("improper"));
        Assert.Equal("[1,2|improper]", TermReader.ToETerm(list).ToString());
        Assert.True(heap.List([], A("x")).IsSameAs(A("x")));
        Assert.True(heap.List([]).IsNil);
        Assert.Equal("[104,105,128512]", TermReader.ToETerm(heap.String("hi\U0001F600")).ToString());
        Assert.True(heap.String("").IsNil);

        var lambda = new object();
        var fun = heap.Fun(lambda, [Term.Small(5), tuple]);
        Assert.True(fun.IsFun);
        Assert.Same(lambda, fun.Block[fun.Offset + 1].Box);
        Assert.Equal(2, TermReader.FunFreeCount(fun));
        Assert.True(fun.Block[fun.Offset + 3].IsSameAs(tuple));

        var map = heap.FlatMap([Term.Small(1), A("a")], [A("one"), f]);
        Assert.True(map.IsMap);
        Assert.Equal(2, Maps.Size(map));
        Assert.Equal("#{1 => one,a => -2.5e300}", TermReader.ToETerm(map).ToString());
        var updated = heap.FlatMap(Maps.KeysTuple(map), [A("uno"), Term.Small(0)]);
        Assert.True(Maps.KeysTuple(updated).IsSameAs(Maps.KeysTuple(map)));
        Assert.Equal("#{1 => uno,a => 0}", TermReader.ToETerm(updated).ToString());
        Assert.Equal("#{}", TermReader.ToETerm(heap.FlatMap([], [])).ToString());

        // Off-heap kinds take no heap words.
        long used = heap.UsedWords;
        var big = Term.Integer(BigInteger.Pow(2, 100));
        var bits = Term.Bitstring(Bitstring.Of([1, 2, 3]));
        Assert.Equal(used, heap.UsedWords);
        Assert.Equal("{1267650600228229401496703205376,<<1,2,3>>}", TermReader.ToETerm(heap.Tuple([big, bits])).ToString());
    }

    [Fact]
    public void CountsWordsAsBeamDoes()
    {
        var heap = new Heap();
        heap.Cons(Term.Nil, Term.Nil);
        heap.Tuple([Term.Nil, Term.Nil, Term.Nil]);
        heap.Float(1.0);
        heap.FlatMap([Term.Small(1)], [Term.Small(2)]);
        heap.Fun(new object(), [Term.Nil]);
        Assert.Equal(2 + 4 + 2 + (2 + 3) + 3, heap.UsedWords);
    }

    [Fact]
    public void AllocationPastTheBlockOpensAGrowingBlock()
    {
        var heap = new Heap();
        var (first, _) = heap.Allocate(200);
        Assert.False(heap.NeedsCollection(33));
        Assert.True(heap.NeedsCollection(34));
        var (second, at) = heap.Allocate(100);
        Assert.NotSame(first, second);
        Assert.Equal(1, at);
        Assert.Equal(300, heap.UsedWords);
        Assert.Equal(233 + 233, heap.SizeWords);
        Assert.True(heap.NeedsCollection(0));

        // A request bigger than the growth step gets a block of its own size.
        var (huge, hugeAt) = heap.Allocate(100_000);
        Assert.Equal(1, hugeAt);
        Assert.Equal(100_001, huge.Length);
    }

    [Fact]
    public void AllocatedCellsAreMarkedWithTheHeapsEpoch()
    {
        var a = new Heap();
        var b = new Heap();
        var ta = a.Tuple([Term.Nil]);
        var tb = b.Tuple([Term.Nil]);
        Assert.NotEqual(MarkOf(ta), MarkOf(tb));
        Assert.NotEqual(0ul, MarkOf(ta));
    }
}
