namespace Enigma.Runtime.Memory;

/// <summary>
/// BEAM's heap sizes in words (erl_gc.c, erts_init_gc): Fibonacci-like growth from
/// 12 and 38 (hitting 233, the default minimum), then 20% steps once heaps are large.
/// </summary>
internal static class HeapSizes
{
    private static readonly long[] Sizes = Build();

    private static long[] Build()
    {
        var sizes = new List<long> { 12, 38 };
        while (sizes.Count < 23)
            sizes.Add(sizes[^1] + sizes[^2] + 1);
        // Stop well before a size no array could hold.
        while (sizes[^1] < (long)Array.MaxLength * 2)
            sizes.Add(sizes[^1] + sizes[^1] / 5);
        return [.. sizes];
    }

    /// <summary>
    /// The smallest heap size that holds <paramref name="words"/>, or with <paramref name="step"/>
    /// 1 the size after that one: erts_next_heap_size with its offset.
    /// </summary>
    public static long Next(long words, int step = 0)
    {
        if (words < Sizes[0])
            return Sizes[0];
        int index = Array.BinarySearch(Sizes, words);
        index = (index < 0 ? ~index : index) + step;
        return index < Sizes.Length ? Sizes[index] : words + words / 5;
    }
}
