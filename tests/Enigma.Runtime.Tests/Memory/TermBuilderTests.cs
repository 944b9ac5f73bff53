using System.Numerics;
using Enigma.Beam.Etf;
using Enigma.Runtime.Code;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;
using static Enigma.Runtime.Tests.Memory.MemoryTesting;

namespace Enigma.Runtime.Tests.Memory;

public sealed class TermBuilderTests
{
    private static readonly EAtom Local = new("nonode@nohost");
    private static readonly EAtom Remote = new("other@host");

    private static KeyValuePair<ETerm, ETerm> Pair(ETerm k, ETerm v) => new(k, v);

    [Fact]
    public void BuildsEveryKindAndReadsItBack()
    {
        ETerm[] terms =
        [
            new EInteger(42), new EInteger(-(BigInteger.One << 70)), new EFloat(-0.125), new EAtom("héllo"), ENil.Instance,
            new ETuple([]), new ETuple([new EAtom("a"), new ETuple([new EInteger(1)])]),
            new EList([new EInteger(1), new EFloat(2.0)], ENil.Instance), new EList([new EAtom("x")], new EAtom("y")),
            new EBitstring([1, 2, 3]), new EBitstring([0xF0], 4), new EBitstring([]),
            new EMap([]), new EMap([Pair(new EAtom("b"), new EInteger(2)), Pair(new EAtom("a"), new EInteger(1))]),
            new EPid(Local, 81, 2, 0), new EPid(Remote, 81, 2, 7),
            new EPort(Local, 5, 0), new ERef(Local, 0, [1, 2, 3]), new ERef(Remote, 3, [1, 2, 3]),
        ];
        var heap = new Heap();
        foreach (var e in terms)
        {
            var t = FromETerm(e, heap);
            var back = TermReader.ToETerm(t);
            if (e is EMap { Pairs.Length: 2 })
                Assert.Equal("#{a => 1,b => 2}", back.ToString());
            else
                Assert.Equal(e, back);
        }
    }

    [Fact]
    public void IdentifiersMapToImmediatesOrObjects()
    {
        var heap = new Heap();
        var pid = FromETerm(new EPid(Local, 81, 2, 0), heap);
        Assert.True(pid.IsPid);
        Assert.Equal((2 << 15) | 81, pid.ImmediateId);
        var remote = new EPid(Remote, 81, 2, 7);
        Assert.Same(remote, FromETerm(remote, heap).Box);
        // Another creation of this node's name is another node.
        Assert.Equal(TermTag.Other, FromETerm(new EPid(Local, 1, 0, 3), heap).Tag);
        Assert.True(FromETerm(new EPort(Local, 5, 0), heap).IsPort);
        var reference = FromETerm(new ERef(Local, 0, [7, 1, 1]), heap);
        Assert.True(reference.IsRef);
        Assert.Equal(7 + (1L << 18) + (1L << 50), reference.ImmediateId);
        // A third word too big for an immediate keeps the object.
        Assert.Equal(TermTag.Other, FromETerm(new ERef(Local, 0, [7, 1, 1u << 20]), heap).Tag);

        // What erl's binary_to_term rejects with badarg.
        Assert.Throws<InvalidTermException>(() => FromETerm(new EPid(Local, 1 << 15, 0, 0), heap));
        Assert.Throws<InvalidTermException>(() => FromETerm(new EPort(Local, 1 << 28, 0), heap));
        Assert.Throws<InvalidTermException>(() => FromETerm(new ERef(Local, 0, [1 << 18, 0, 0]), heap));
    }

    [Fact]
    public void ExportFunsComeFromTheResolver()
    {
        var entry = new Export(A("lists"), A("reverse"), 1);
        var heap = new Heap();
        var t = TermBuilder.FromETerm(new EExport(new EAtom("lists"), new EAtom("reverse"), 1), heap,
            (m, f, a) => m.IsSameAs(A("lists")) && f.IsSameAs(A("reverse")) && a == 1 ? entry : null!);
        Assert.True(t.IsFun);
        Assert.Same(entry, ((ExportFun)t.Box!).Export);
        Assert.Equal(0, heap.UsedWords);
    }

    [Fact]
    public void LocalFunsBecomeClosuresOverTheirTemplate()
    {
        var efun = new EFun(new EAtom("m"), 3, new byte[16], 3, 99, 2, new EPid(Local, 1, 0, 0), [new EInteger(1), new ETuple([])]);
        var heap = new Heap();
        var t = FromETerm(efun, heap);
        Assert.True(t.IsFun);
        Assert.Same(efun, t.Block[t.Offset + 1].Box);
        Assert.Equal(2, TermReader.FunFreeCount(t));
        Assert.Equal(2 + 2 + 1, heap.UsedWords);
    }

    [Fact]
    public void MapKeysAreSortedInTheExactOrder()
    {
        // Integers before floats, then atoms, tuples, [], and a map inside a key sorted first.
        var innerKey = new EMap([Pair(new EAtom("z"), new EInteger(0)), Pair(new EAtom("y"), new EInteger(0))]);
        var e = new EMap(
        [
            Pair(new EFloat(0.5), new EAtom("f")), Pair(new EAtom("a"), new EAtom("atom")), Pair(ENil.Instance, new EAtom("nil")),
            Pair(new EInteger(3), new EAtom("three")), Pair(new ETuple([]), new EAtom("tuple")), Pair(new EInteger(1), new EAtom("one")),
            Pair(innerKey, new EAtom("map")), Pair(new EFloat(1.0), new EAtom("float")),
        ]);
        var t = FromETerm(e, new Heap());
        Assert.Equal("#{1 => one,3 => three,0.5 => f,1.0 => float,a => atom,{} => tuple,#{y => 0,z => 0} => map,[] => nil}",
            TermReader.ToETerm(t).ToString());
    }

    [Fact]
    public void ADuplicateMapKeyIsRejected()
    {
        var e = new EMap([Pair(new EAtom("a"), new EInteger(1)), Pair(new EAtom("a"), new EInteger(2))]);
        Assert.Throws<InvalidTermException>(() => FromETerm(e, new Heap()));
        var intAndFloat = new EMap([Pair(new EInteger(1), new EInteger(1)), Pair(new EFloat(1.0), new EInteger(2))]);
        Assert.Equal(2, Maps.Size(FromETerm(intAndFloat, new Heap())));
    }

    [Fact]
    public void UsesOneAllocationOfTheTreeSize()
    {
        var e = new ETuple([new EList([new EFloat(1.0), new EInteger(2)], ENil.Instance), new EMap([Pair(new EAtom("k"), new EFloat(2.0))])]);
        var heap = new Heap();
        var t = FromETerm(e, heap);
        Assert.Equal(3 + 4 + 2 + (2 + 3 + 2), heap.UsedWords);
        Assert.Equal(TermCopier.SizeOf(t), heap.UsedWords);
    }

    [Fact]
    public void DeepTermsBuildOnASmallStack()
    {
        ETerm deep = new EAtom("bottom");
        for (int i = 0; i < DeepLevels; i++)
            deep = new ETuple([deep]);
        var longList = new EList([.. Enumerable.Range(0, DeepLevels).Select(i => (ETerm)new EInteger(i))], ENil.Instance);
        OnSmallStack(() =>
        {
            var heap = new Heap();
            var (levels, leaf) = Unwrap(FromETerm(deep, heap));
            Assert.Equal(DeepLevels, levels);
            Assert.True(leaf.IsSameAs(A("bottom")));
            AssertSequence(FromETerm(longList, heap), DeepLevels);
            Assert.Equal(2L * DeepLevels + 2L * DeepLevels, heap.UsedWords);
        });
    }
}
