namespace Enigma.Testing;

/// <summary>Races: the same work on several threads, all released at once by a barrier.</summary>
public static class Concurrently
{
    public const int Threads = 8;

    /// <summary>What <paramref name="work"/> gave on each thread (given the thread's number).</summary>
    public static T[] Run<T>(Func<int, T> work)
    {
        using var start = new Barrier(Threads);
        var results = new T[Threads];
        var failures = new Exception?[Threads];
        var threads = Enumerable.Range(0, Threads).Select(k => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                results[k] = work(k);
            }
            catch (Exception e)
            {
                failures[k] = e;
            }
        })).ToArray();
        foreach (var t in threads)
            t.Start();
        foreach (var t in threads)
            t.Join();
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
            throw new AggregateException(failure);
        return results;
    }
}
