using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Terms;

/// <summary>The atom table under several threads interning the same new names at once.</summary>
public sealed class AtomTableTests
{
    [Fact]
    public void ThreadsInterningTheSameNewNamesGetOneIndexEach()
    {
        var table = new AtomTable(limit: 1 << 20);
        var names = Enumerable.Range(0, 20_000).Select(k => $"atom_{k}").ToArray();
        var seen = Concurrently.Run(_ => names.Select(table.Intern).ToArray());
        foreach (var indices in seen)
            Assert.Equal(seen[0], indices);
        Assert.Equal(names.Length, table.Count);
        Assert.Equal(Enumerable.Range(0, names.Length), seen[0].Order());
        Assert.All(names, name => Assert.Equal(name, table.Name(table.Find(name))));
    }

    [Fact]
    public void AFullTableRefusesEveryNameItHasNotGot()
    {
        const int Limit = 5_000;
        var table = new AtomTable(Limit);
        // Each thread interns the names in its own order, so the ones that get in differ from run to run.
        var seen = Concurrently.Run(thread => Enumerable.Range(0, 2 * Limit)
            .Select(k => $"atom_{(k * (thread + 1) * 7919) % (2 * Limit)}")
            .Select(name => (Name: name, Index: table.Intern(name))).ToArray());
        Assert.Equal(Limit, table.Count);
        foreach (var (name, index) in seen.SelectMany(s => s))
            Assert.Equal(table.Find(name), index);
        Assert.Equal(Limit, seen.SelectMany(s => s).Where(e => e.Index >= 0).Select(e => e.Index).Distinct().Count());
        Assert.Equal(-1, table.Intern("one_more"));
    }
}
