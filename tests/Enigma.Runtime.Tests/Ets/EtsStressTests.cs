using Enigma.Runtime.Terms;
using static Enigma.Runtime.Tests.Ets.EtsHarness;

namespace Enigma.Runtime.Tests.Ets;

/// <summary>
/// Threads standing in for processes on different schedulers: 4 writers and 4 readers on one
/// public table at once. No update_counter is lost and no reader sees half an object.
/// </summary>
public sealed class EtsStressTests
{
    private const int Writers = 4;
    private const int Readers = 4;
    private const int Rounds = 3000;

    [Fact]
    public void ConcurrentWritersAndReadersLoseNothingAndSeeWholeObjects()
    {
        var ets = new EtsHarness();
        var owner = ets.NewProcess();
        var table = ets.NewTable(owner, "set", "public");
        ets.Call(owner, "ets", "insert", table, owner.Heap.Tuple([A("counter"), I(0)]));
        int torn = 0;
        int backwards = 0;
        using var start = new Barrier(Writers + Readers);

        var writers = Enumerable.Range(0, Writers).Select(w => new Thread(() =>
        {
            var p = ets.NewProcess();
            start.SignalAndWait();
            for (int i = 0; i < Rounds; i++)
            {
                ets.Call(p, "ets", "update_counter", table, A("counter"), I(1));
                // Every object keeps its two values equal: a reader seeing them differ saw a torn write.
                var key = p.Heap.Tuple([I(w), I(i % 50)]);
                ets.Call(p, "ets", "insert", table, p.Heap.Tuple([key, I(i), p.Heap.List([I(i)])]));
                if (i % 3 == 0)
                    ets.Call(p, "ets", "delete", table, key);
            }
        })).ToList();
        var readers = Enumerable.Range(0, Readers).Select(r => new Thread(() =>
        {
            var p = ets.NewProcess();
            long last = 0;
            start.SignalAndWait();
            for (int i = 0; i < Rounds; i++)
            {
                var key = p.Heap.Tuple([I((i + r) % Writers), I(i % 50)]);
                foreach (var obj in Bifs.ListBifs.Elements(ets.Call(p, "ets", "lookup", table, key))!)
                {
                    if (!TermOrder.ExactlyEqual(obj.Element(2), obj.Element(3).Head))
                        Interlocked.Increment(ref torn);
                }
                var counter = ets.Call(p, "ets", "lookup_element", table, A("counter"), I(2)).SmallValue;
                // The counter only goes up: a reader never sees an older value after a newer one.
                if (counter < last)
                    Interlocked.Increment(ref backwards);
                last = counter;
                ets.Call(p, "ets", "select_count", table, p.Heap.List([p.Heap.Tuple([A("_"), Term.Nil, p.Heap.List([A("true")])])]));
            }
        })).ToList();

        foreach (var t in writers.Concat(readers))
            t.Start();
        foreach (var t in writers.Concat(readers))
            t.Join();

        Assert.Equal(0, torn);
        Assert.Equal(0, backwards);
        Assert.Equal(Writers * Rounds, ets.Call(owner, "ets", "lookup_element", table, A("counter"), I(2)).SmallValue);
        // Each writer ends with the keys it did not delete last: i % 50 for the last round of each key.
        long expected = Writers * Enumerable.Range(0, 50).Count(k => (Rounds - 50 + k) % 3 != 0);
        Assert.Equal(expected + 1, ets.Call(owner, "ets", "info", table, A("size")).SmallValue);
    }
}
