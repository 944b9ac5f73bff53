using Enigma.Beam.Etf;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;
using static Enigma.Runtime.Tests.Memory.MemoryTesting;

namespace Enigma.Runtime.Tests.Memory;

public sealed class LiteralAreaTests
{
    [Fact]
    public void BuildsEachLiteralInOneBlockOwnedByNoProcess()
    {
        ETerm[] literals =
        [
            new EAtom("plain"),
            new ETuple([new EAtom("ok"), new EFloat(1.5)]),
            new EList([new EInteger(1), new EInteger(2)], ENil.Instance),
            new EMap([new(new EAtom("b"), new EInteger(2)), new(new EAtom("a"), new EInteger(1))]),
        ];
        var terms = LiteralArea.Build(literals, NoExports);
        Assert.Equal(literals.Length, terms.Length);
        Assert.True(terms[0].IsSameAs(A("plain")));
        Assert.Equal(literals[1], TermReader.ToETerm(terms[1]));
        Assert.Equal(literals[2], TermReader.ToETerm(terms[2]));
        Assert.Equal("#{a => 1,b => 2}", TermReader.ToETerm(terms[3]).ToString());
        Assert.Same(terms[1].Block, terms[3].Block);
        Assert.Equal(0ul, MarkOf(terms[1]));
        Assert.Equal(3 + 2 + 4 + 3 + 4 + 1, terms[1].Block.Length);
    }

    [Fact]
    public void CopiesAndCollectionsLeaveLiteralsShared()
    {
        var literal = LiteralArea.Build([new ETuple([new EList([new EInteger(1)], ENil.Instance)])], NoExports)[0];
        var heap = new Heap();
        Assert.Equal(0, TermCopier.SizeOf(literal));
        Assert.True(TermCopier.Copy(literal, heap).IsSameAs(literal));
        var fragment = TermCopier.CopyToFragment(literal);
        Assert.True(fragment.Message.IsSameAs(literal));
        var x = new[] { literal };
        heap.Collect(new RootSet().Add(x, 1), 0);
        Assert.True(x[0].IsSameAs(literal));
    }

    [Fact]
    public void AnEmptyTableBuildsNothing() => Assert.Empty(LiteralArea.Build([], NoExports));
}
