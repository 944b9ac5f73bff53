using Enigma.Beam.Etf;
using Enigma.Runtime.Code;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Memory;

/// <summary>Helpers shared by the memory tests.</summary>
internal static class MemoryTesting
{
    public const int DeepLevels = 1_000_000;

    public static Term A(string name) => Atoms.Intern(name);

    public static Export NoExports(Term module, Term function, int arity) =>
        throw new InvalidOperationException($"unexpected export fun {Atoms.Name(module)}:{Atoms.Name(function)}/{arity}");

    public static Term FromETerm(ETerm e, Heap heap) => TermBuilder.FromETerm(e, heap, NoExports);

    /// <summary>Runs <paramref name="action"/> on a thread with a 256 KB stack: deep terms must not recurse.</summary>
    public static void OnSmallStack(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null)
            throw new AggregateException("failed on the small-stack thread", failure);
    }

    /// <summary>{{...{leaf}...}} nested <paramref name="levels"/> deep.</summary>
    public static Term DeepTuple(Heap heap, int levels, Term leaf)
    {
        var t = leaf;
        for (int i = 0; i < levels; i++)
            t = heap.Tuple([t]);
        return t;
    }

    /// <summary>How deep a <see cref="DeepTuple"/> is, and its leaf.</summary>
    public static (int Levels, Term Leaf) Unwrap(Term t)
    {
        int levels = 0;
        while (t.IsTuple)
        {
            Assert.Equal(1, t.TupleArity);
            t = t.Element(1);
            levels++;
        }
        return (levels, t);
    }

    public static Term[] Sequence(int count)
    {
        var items = new Term[count];
        for (int i = 0; i < count; i++)
            items[i] = Term.Small(i);
        return items;
    }

    /// <summary>Checks a list is 0, 1, ..., count-1 and ends in [].</summary>
    public static void AssertSequence(Term list, int count)
    {
        for (int i = 0; i < count; i++)
        {
            Assert.True(list.IsCons);
            Assert.Equal(i, list.Head.SmallValue);
            list = list.Tail;
        }
        Assert.True(list.IsNil);
    }

    public static void AssertSameStructure(Term expected, Term actual) =>
        Assert.True(TermOrder.ExactlyEqual(expected, actual), $"expected {TermReader.ToETerm(expected)}, got {TermReader.ToETerm(actual)}");

    public static ulong MarkOf(Term t) => t.Block[0].SpecialPayload;
}
