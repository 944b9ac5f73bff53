using Enigma.Beam.Etf;
using Enigma.Runtime.Bifs;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;
using static Enigma.Runtime.Tests.Memory.MemoryTesting;

namespace Enigma.Runtime.Tests.Terms;

/// <summary>Maps above 32 keys (hash tries): erl's orders, updates, collection and deep terms.</summary>
public class HashMapTests
{
    /// <summary>erl 25's io:format("~w", [maps:from_list([{K, K * K} || K &lt;- lists:seq(1, 40)])]) (otp-fixtures/maps/maps_hamt_order.out).</summary>
    private const string ErlIntsOrder =
        "#{16 => 256,18 => 324,5 => 25,19 => 361,27 => 729,35 => 1225,10 => 100,24 => 576,36 => 1296,4 => 16," +
        "21 => 441,22 => 484,17 => 289,3 => 9,8 => 64,1 => 1,7 => 49,2 => 4,14 => 196,15 => 225,20 => 400," +
        "40 => 1600,13 => 169,38 => 1444,6 => 36,28 => 784,25 => 625,34 => 1156,32 => 1024,9 => 81,37 => 1369," +
        "11 => 121,31 => 961,26 => 676,39 => 1521,30 => 900,29 => 841,23 => 529,12 => 144,33 => 1089}";

    /// <summary>erlang:phash2/1 of that map in erl 25.</summary>
    private const uint ErlIntsPhash2 = 37357662;

    private static Term Squares(Heap heap, IEnumerable<int> keys)
    {
        var ks = keys.Select(k => Term.Small(k)).ToArray();
        var vs = keys.Select(k => Term.Small((long)k * k)).ToArray();
        return Maps.FromPairs(heap, ks, vs);
    }

    private static long[] IterationKeys(Term map) => [.. Maps.Pairs(map).Keys.Select(k => k.SmallValue)];

    [Fact]
    public void A_map_of_40_integers_iterates_hashes_and_prints_as_in_erl()
    {
        var map = Squares(new Heap(), Enumerable.Range(1, 40));
        Assert.False(Maps.IsFlat(map));
        Assert.Equal(40, Maps.Size(map));
        Assert.Equal(ErlIntsOrder, TermPrinter.Print(map));
        Assert.Equal(ErlIntsPhash2, TermHash.Phash2(map));
    }

    [Fact]
    public void Any_way_of_building_gives_the_same_trie_order()
    {
        var heap = new Heap();
        var bulk = Squares(heap, Enumerable.Range(1, 40));
        var byPut = Maps.FromPairs(heap, [], []);
        foreach (int k in Enumerable.Range(1, 40).Reverse())
            byPut = Maps.Put(heap, byPut, Term.Small(k), Term.Small((long)k * k));
        var byMerge = Maps.Merge(heap, Squares(heap, Enumerable.Range(1, 25)), Squares(heap, Enumerable.Range(20, 21)));
        var withDuplicates = Maps.FromPairs(heap,
            [.. Enumerable.Range(1, 40).Select(k => Term.Small(k)), Term.Small(7)],
            [.. Enumerable.Range(1, 40).Select(k => Term.Small(0)), Term.Small(49)]);
        withDuplicates = Maps.Put(heap, withDuplicates, Term.Small(7), Term.Small(49));

        foreach (var map in new[] { byPut, byMerge })
        {
            Assert.Equal(IterationKeys(bulk), IterationKeys(map));
            Assert.True(TermOrder.ExactlyEqual(bulk, map));
        }
        Assert.Equal(IterationKeys(bulk), IterationKeys(withDuplicates));
        Assert.True(Maps.TryGet(withDuplicates, Term.Small(7), out var seven) && seven.SmallValue == 49);
    }

    [Fact]
    public void Removing_down_to_32_keys_makes_the_map_flat_again()
    {
        var heap = new Heap();
        var map = Squares(heap, Enumerable.Range(1, 34));
        map = Maps.Remove(heap, map, Term.Small(1));
        Assert.False(Maps.IsFlat(map));
        Assert.Same(map.Block, Maps.Remove(heap, map, Term.Small(1000)).Block);
        map = Maps.Remove(heap, map, Term.Small(2));
        Assert.True(Maps.IsFlat(map));
        Assert.Equal(Enumerable.Range(3, 32).Select(k => (long)k), IterationKeys(map));
    }

    [Fact]
    public void Every_key_of_a_large_map_is_found_and_updates_need_the_key()
    {
        var heap = new Heap();
        var keys = Enumerable.Range(1, 20_000).Select(k => k * 7919 % 100_003).ToArray();
        var map = Squares(heap, keys);
        Assert.Equal(20_000, Maps.Size(map));
        foreach (int k in keys)
            Assert.True(Maps.TryGet(map, Term.Small(k), out var v) && v.SmallValue == (long)k * k);
        Assert.False(Maps.ContainsKey(map, Term.Small(100_004)));
        Assert.True(Maps.Update(heap, map, Term.Small(100_004), Term.Nil).IsNonValue);
        var updated = Maps.Update(heap, map, Term.Small(keys[5]), Term.Nil);
        Assert.True(Maps.TryGet(updated, Term.Small(keys[5]), out var nil) && nil.IsNil);
        Assert.Equal(IterationKeys(map), IterationKeys(updated));
    }

    [Fact]
    public void A_collection_copies_the_trie_and_keeps_its_order()
    {
        var heap = new Heap();
        var roots = new[] { Squares(heap, Enumerable.Range(1, 1000)) };
        var before = IterationKeys(roots[0]);
        ulong oldMark = MarkOf(roots[0]);
        heap.Collect(new RootSet().Add(roots, 1), 0);

        Assert.NotEqual(oldMark, MarkOf(roots[0]));
        Assert.Equal(before, IterationKeys(roots[0]));
        for (int k = 1; k <= 1000; k++)
            Assert.True(Maps.TryGet(roots[0], Term.Small(k), out var v) && v.SmallValue == (long)k * k);

        var other = new Heap();
        var copy = TermCopier.Copy(roots[0], other);
        Assert.Equal(before, IterationKeys(copy));
        Assert.True(TermOrder.ExactlyEqual(roots[0], copy));
    }

    [Fact]
    public void Literal_and_external_tries_are_built_like_runtime_ones()
    {
        var heap = new Heap();
        var expected = Squares(heap, Enumerable.Range(1, 40));
        var external = TermReader.ToETerm(expected);
        var decoded = FromETerm(external, heap);
        var literal = LiteralArea.Build([external], NoExports)[0];
        Assert.Equal(IterationKeys(expected), IterationKeys(decoded));
        Assert.Equal(IterationKeys(expected), IterationKeys(literal));
        Assert.True(TermOrder.ExactlyEqual(expected, literal));
    }

    [Fact]
    public void Tries_holding_deep_terms_compare_copy_hash_print_and_encode() => OnSmallStack(() =>
    {
        var heap = new Heap();
        var deep = DeepTuple(heap, DeepLevels, Term.Small(1));
        var keys = Enumerable.Range(1, 40).Select(k => Term.Small(k)).Append(deep).ToArray();
        var values = Enumerable.Range(1, 40).Select(k => Term.Small(k)).Append(deep).ToArray();
        var map = Maps.FromPairs(heap, keys, values);
        var copy = TermCopier.Copy(map, new Heap());

        Assert.True(TermOrder.ExactlyEqual(map, copy));
        Assert.Equal(TermHash.Hash2(map), TermHash.Hash2(copy));
        Assert.Equal(InternalHash.Hash(map), InternalHash.Hash(copy));
        Assert.True(Maps.TryGet(copy, deep, out var found) && TermOrder.ExactlyEqual(found, deep));
        var external = TermReader.ToETerm(copy);
        Assert.Equal(41, ((EMap)external).Pairs.Length);
        Assert.NotEmpty(EtfEncoder.Encode(external, new EtfEncodeOptions(1, 0)));
        Assert.StartsWith("#{", TermPrinter.Print(copy), StringComparison.Ordinal);
    });
}
