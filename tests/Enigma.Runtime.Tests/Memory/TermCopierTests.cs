using System.Numerics;
using Enigma.Beam.Etf;
using Enigma.Runtime.Code;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;
using static Enigma.Runtime.Tests.Memory.MemoryTesting;

namespace Enigma.Runtime.Tests.Memory;

public sealed class TermCopierTests
{
    [Fact]
    public void SizesAreTreeSizes()
    {
        var heap = new Heap();
        Assert.Equal(0, TermCopier.SizeOf(A("atom")));
        Assert.Equal(0, TermCopier.SizeOf(Term.Integer(BigInteger.Pow(10, 30))));
        Assert.Equal(2, TermCopier.SizeOf(heap.Float(1.0)));
        Assert.Equal(6, TermCopier.SizeOf(heap.List(Sequence(3))));
        var shared = heap.Tuple([heap.Float(1.0), Term.Nil]);
        // Sharing is not preserved by a tree copy: the shared tuple counts twice.
        Assert.Equal(3 + 2 * (3 + 2), TermCopier.SizeOf(heap.Tuple([shared, shared])));
        Assert.Equal(2 + 2 + 2, TermCopier.SizeOf(heap.Fun(new object(), [Term.Nil, heap.Cons(Term.Nil, Term.Nil)])));
        Assert.Equal(3 + 2 * 2, TermCopier.SizeOf(heap.FlatMap([A("a"), A("b")], [Term.Nil, Term.Nil])));
    }

    [Fact]
    public void CopiesIntoAnotherHeapAndSharesOffHeapObjects()
    {
        var source = new Heap();
        var big = Term.Integer(BigInteger.Pow(2, 80));
        var bin = Term.Bitstring(Bitstring.Of([9, 8, 7]));
        var export = Term.Other(new ExportFun(new Export(A("lists"), A("map"), 2)));
        var literal = LiteralArea.Build([new ETuple([new EAtom("lit")])], NoExports)[0];
        // A fun template as the lambda word, so that term order can compare the copies.
        var lambda = new EFun(new EAtom("m"), 0, new byte[16], 0, 0, 1, new EPid(new EAtom("nonode@nohost"), 1, 0, 0), [new EFloat(2.5)]);
        var original = source.Tuple([
            big, bin, export, literal,
            source.Fun(lambda, [source.Float(2.5)]),
            source.FlatMap([A("k")], [source.String("v")]),
            source.List([Term.Small(1)], A("tail")),
        ]);

        var target = new Heap();
        var copy = TermCopier.Copy(original, target);
        AssertSameStructure(original, copy);
        Assert.Equal(TermCopier.SizeOf(original), target.UsedWords);
        Assert.Equal(MarkOf(target.Tuple([])), MarkOf(copy));
        Assert.Same(big.Box, copy.Element(1).Box);
        Assert.Same(bin.Box, copy.Element(2).Box);
        Assert.Same(export.Box, copy.Element(3).Box);
        Assert.True(copy.Element(4).IsSameAs(literal));
        Assert.Same(lambda, copy.Element(5).Block[copy.Element(5).Offset + 1].Box);
        Assert.Equal(2.5, copy.Element(5).Block[copy.Element(5).Offset + 2].FloatValue);
        Assert.NotSame(original.Element(6).Box, copy.Element(6).Box);
    }

    [Fact]
    public void ImmediatesAndLiteralsNeedNoFragmentBlock()
    {
        var fragment = TermCopier.CopyToFragment(Term.Small(5));
        Assert.Equal(0, fragment.UsedWords);
        var heap = new Heap();
        heap.Adopt(fragment);
        Assert.Equal(0, heap.UsedWords);
        Assert.Equal(5, fragment.Message.SmallValue);
    }

    [Fact]
    public void DeepTermsCopyOnASmallStack()
    {
        OnSmallStack(() =>
        {
            var source = new Heap();
            var deep = DeepTuple(source, DeepLevels, A("bottom"));
            var target = new Heap();
            var copy = TermCopier.Copy(deep, target);
            Assert.Equal(DeepLevels, Unwrap(copy).Levels);
            Assert.True(TermOrder.ExactlyEqual(deep, copy));

            var fragment = TermCopier.CopyToFragment(source.List(Sequence(DeepLevels)));
            Assert.Equal(2L * DeepLevels, fragment.UsedWords);
            AssertSequence(fragment.Message, DeepLevels);
        });
    }
}
