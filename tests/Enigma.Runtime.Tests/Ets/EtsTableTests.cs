using Enigma.Runtime.Terms;
using static Enigma.Runtime.Tests.Ets.EtsHarness;

namespace Enigma.Runtime.Tests.Ets;

/// <summary>The four table types, their keys and order, and objects living outside process heaps.</summary>
public sealed class EtsTableTests
{
    private readonly EtsHarness _ets = new();

    private string Lookup(Runtime.Emulator.Process p, Term table, Term key) => TermPrinter.Print(_ets.Call(p, "ets", "lookup", table, key));

    [Theory]
    [InlineData("set", "[{k,3}]", 1)]
    [InlineData("ordered_set", "[{k,3}]", 1)]
    [InlineData("bag", "[{k,1},{k,2},{k,3}]", 3)]
    [InlineData("duplicate_bag", "[{k,1},{k,2},{k,1},{k,3}]", 4)]
    public void EachTypeKeepsWhatItShould(string type, string expected, long size)
    {
        var p = _ets.NewProcess();
        var t = _ets.NewTable(p, type);
        foreach (var v in new long[] { 1, 2, 1, 3 })
            _ets.Call(p, "ets", "insert", t, p.Heap.Tuple([A("k"), I(v)]));
        Assert.Equal(expected, Lookup(p, t, A("k")));
        Assert.Equal(I(size).SmallValue, _ets.Call(p, "ets", "info", t, A("size")).SmallValue);
    }

    [Fact]
    public void OrderedSetTreatsOneAndOnePointZeroAsOneKey()
    {
        var p = _ets.NewProcess();
        var o = _ets.NewTable(p, "ordered_set");
        var s = _ets.NewTable(p, "set");
        foreach (var t in new[] { o, s })
        {
            _ets.Call(p, "ets", "insert", t, p.Heap.Tuple([I(1), A("int")]));
            _ets.Call(p, "ets", "insert", t, p.Heap.Tuple([p.Heap.Float(1.0), A("float")]));
        }
        Assert.Equal("[{1.0,float}]", Lookup(p, o, I(1)));
        Assert.Equal("[{1,int}]", Lookup(p, s, I(1)));
        Assert.Equal("[{1.0,float}]", Lookup(p, s, p.Heap.Float(1.0)));
    }

    [Fact]
    public void OrderedSetWalksInTermOrder()
    {
        var p = _ets.NewProcess();
        var t = _ets.NewTable(p, "ordered_set");
        Term[] keys = [A("b"), I(3), p.Heap.Tuple([I(1)]), Term.Nil, p.Heap.Float(2.5), A("a"), p.Heap.List([I(1)])];
        foreach (var k in keys)
            _ets.Call(p, "ets", "insert", t, p.Heap.Tuple([k]));
        var walked = new List<string>();
        for (var k = _ets.Call(p, "ets", "first", t); !k.IsSameAs(A("$end_of_table")); k = _ets.Call(p, "ets", "next", t, k))
            walked.Add(TermPrinter.Print(k));
        Assert.Equal(["2.5", "3", "a", "b", "{1}", "[]", "[1]"], walked);
        Assert.Equal("[1]", TermPrinter.Print(_ets.Call(p, "ets", "last", t)));
        Assert.Equal("a", TermPrinter.Print(_ets.Call(p, "ets", "prev", t, A("ab"))));
    }

    [Fact]
    public void ObjectsAreCopiedOutOfAndBackIntoProcessHeaps()
    {
        var owner = _ets.NewProcess();
        var reader = _ets.NewProcess();
        var t = _ets.NewTable(owner, "set", "public");
        var obj = owner.Heap.Tuple([A("k"), owner.Heap.List([I(1), owner.Heap.Float(2.5)])]);
        _ets.Call(owner, "ets", "insert", t, obj);
        var read = _ets.Call(reader, "ets", "lookup", t, A("k"));
        Assert.Equal("[{k,[1,2.5]}]", TermPrinter.Print(read));
        // The result is in the reader's heap, not in the table's storage.
        Assert.Same(reader.Heap.Allocate(0).Block, read.Block);
    }

    [Fact]
    public void CompressedTablesGiveBackEqualTerms()
    {
        var p = _ets.NewProcess();
        var t = _ets.NewTable(p, "bag", "compressed");
        var big = Term.Bitstring(Bitstring.Of(new byte[3000]));
        var obj = p.Heap.Tuple([A("k"), big, p.Heap.String("text"), p.Heap.FlatMap([A("m")], [I(1)])]);
        _ets.Call(p, "ets", "insert", t, obj);
        _ets.Call(p, "ets", "insert", t, obj);
        var read = _ets.Call(p, "ets", "lookup", t, A("k"));
        Assert.True(TermOrder.ExactlyEqual(p.Heap.List([obj]), read));
    }

    [Fact]
    public void PrivateTablesRefuseOtherProcesses()
    {
        var owner = _ets.NewProcess();
        var other = _ets.NewProcess();
        var priv = _ets.NewTable(owner, "private");
        var prot = _ets.NewTable(owner, "protected");
        Assert.True(_ets.TryCall(other, "ets", "lookup", priv, A("k")).IsNonValue);
        Assert.False(_ets.TryCall(other, "ets", "lookup", prot, A("k")).IsNonValue);
        Assert.True(_ets.TryCall(other, "ets", "insert", prot, other.Heap.Tuple([A("k")])).IsNonValue);
    }
}
