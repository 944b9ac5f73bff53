using Enigma.Runtime.Ets;
using Enigma.Runtime.Terms;
using static Enigma.Runtime.Tests.Ets.EtsHarness;

namespace Enigma.Runtime.Tests.Ets;

/// <summary>The match-spec engine on its own: heads, guards, bodies, errors; and key ranges.</summary>
public sealed class MatchSpecTests
{
    private readonly EtsHarness _ets = new();

    /// <summary>Runs a spec written in Erlang syntax on an object written in Erlang syntax.</summary>
    private string Run(string spec, string obj)
    {
        var p = _ets.NewProcess();
        var (ms, error) = MatchSpec.Compile(Parse(p, spec), _ets.Node.Exports);
        Assert.True(ms is not null, error);
        var result = ms.Run(p, Parse(p, obj));
        return result.IsNonValue ? "nomatch" : TermPrinter.Print(result);
    }

    private static Term Parse(Runtime.Emulator.Process p, string text) =>
        Runtime.Memory.TermBuilder.FromETerm(TestErl.Parse(text), p.Heap, (m, f, a) => throw new InvalidOperationException());

    [Theory]
    [InlineData("[{{'$1','$2'},[],['$$']}]", "{a,1}", "[a,1]")]
    [InlineData("[{{'$1','$1'},[],['$_']}]", "{a,a}", "{a,a}")]
    [InlineData("[{{'$1','$1'},[],['$_']}]", "{a,b}", "nomatch")]
    [InlineData("[{{'_',1},[],[true]}]", "{x,1.0}", "nomatch")]
    [InlineData("[{{'$1',#{k => '$2'}},[],[{{'$2','$1'}}]}]", "{a,#{k => v, z => 1}}", "{v,a}")]
    [InlineData("[{['$1'|'$2'],[],['$2']}]", "[1,2,3]", "[2,3]")]
    [InlineData("[{'$1',[{'>',{element,2,'$1'},3}],[{'+',{element,2,'$1'},1}]}]", "{a,5}", "6")]
    [InlineData("[{'$1',[{'>',{element,2,'$1'},3}],[{'+',{element,2,'$1'},1}]}]", "{a,2}", "nomatch")]
    [InlineData("[{'$1',[{element,9,'$1'}],[true]}]", "{a,2}", "nomatch")]
    [InlineData("[{'$1',[],[{element,9,'$1'}]}]", "{a,2}", "'EXIT'")]
    [InlineData("[{{'$1'},[{'andalso',{is_integer,'$1'},{'>','$1',1}}],[{{'$1',{const,{x}}}}]}]", "{3}", "{3,{x}}")]
    [InlineData("[{{'$1'},[{'orelse',{is_atom,'$1'},{'>','$1',1}}],[ok]}]", "{a}", "ok")]
    [InlineData("[{{'$1'},[{'or',{is_atom,'$1'},{'>','$1',1}}],[ok]}]", "{0}", "nomatch")]
    [InlineData("[{{'$1'},[{'xor',true,{'not',false}}],[ok]}, {'_',[],[other]}]", "{1}", "other")]
    [InlineData("[{{'$1'},[],[[{'band','$1',6},{'bor','$1',1},{'bxor','$1',3},{'bnot','$1'},{'bsl','$1',2},{'bsr','$1',1}]]}]", "{5}", "[4,5,6,-6,20,2]")]
    [InlineData("[{{'$1'},[],[{{{hd,'$1'},{tl,'$1'},{length,'$1'},{abs,-3},{size,{{1,2}}}}}]}]", "{[1,2]}", "{1,[2],2,3,2}")]
    [InlineData("[{{'$1'},[{is_map_key,k,'$1'}],[{map_get,k,'$1'}]}]", "{#{k => 9}}", "9")]
    [InlineData("[{{'$1'},[],[#{key => '$1'}]}]", "{7}", "#{key => 7}")]
    public void RunsLikeErl(string spec, string obj, string expected) => Assert.Equal(expected, Run(spec, obj));

    [Theory]
    [InlineData("foo", null)]
    [InlineData("[{a,b,c}]", null)]
    [InlineData("[{'_',[],['$1']}]", "Variable $1 is unbound.")]
    [InlineData("[{'_',[],[{message,x}]}]", "Special form 'message' used in wrong dialect.")]
    [InlineData("[{'_',[],[{nosuch,x}]}]", "Function nosuch/1 does_not_exist.")]
    [InlineData("[{'_',[],[{apply,x,y}]}]", "Function apply/2 does_not_exist.")]
    public void RefusesBadSpecs(string spec, string? error)
    {
        var p = _ets.NewProcess();
        var (ms, message) = MatchSpec.Compile(Parse(p, spec), _ets.Node.Exports);
        Assert.Null(ms);
        if (error is not null)
            Assert.Equal(error, message);
    }

    [Fact]
    public void LongListsInHeadsAndBodiesNeedNoDeepStack()
    {
        var p = _ets.NewProcess();
        var heap = p.Heap;
        var numbers = Enumerable.Range(0, 200_000).Select(i => Term.Small(i)).ToArray();
        var list = heap.List(numbers);
        var withVariable = heap.List(numbers, heap.List([A("$1")]));
        // [{{k, List ++ ['$1']}, [], [['$1' | List]]}]
        var spec = heap.List([heap.Tuple([heap.Tuple([A("k"), withVariable]), Term.Nil, heap.List([heap.Cons(A("$1"), list)])])]);
        var (ms, error) = MatchSpec.Compile(spec, _ets.Node.Exports);
        Assert.True(ms is not null, error);
        var result = ms.Run(p, heap.Tuple([A("k"), heap.List(numbers, heap.List([A("x")]))]));
        Assert.Equal(A("x"), result.Head);
        Assert.True(TermOrder.ExactlyEqual(list, result.Tail));
    }

    [Fact]
    public void KeyRangeIsOneRunInTermOrder()
    {
        var p = _ets.NewProcess();
        var pattern = Parse(p, "{b,'$1'}");
        string[] keys = ["a", "{a,9}", "{b}", "{b,1}", "{b,z}", "{b,[x]}", "{c,0}", "{b,1,1}"];
        var sorted = keys.Select(k => Parse(p, k)).Order(Comparer<Term>.Create(TermOrder.Compare)).ToList();
        var signs = sorted.Select(k => Math.Sign(KeyRange.Compare(k, pattern))).ToList();
        Assert.Equal([-1, -1, -1, 0, 0, 0, 1, 1], signs);
    }
}
