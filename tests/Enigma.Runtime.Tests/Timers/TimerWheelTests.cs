using Enigma.Runtime.Timers;

namespace Enigma.Runtime.Tests.Timers;

public sealed class TimerWheelTests
{
    private sealed class Recorded(List<Recorded> fired, long due, int id) : WheelTimer
    {
        public int Id { get; } = id;

        public long Expected { get; } = due;

        public override void Fire() => fired.Add(this);
    }

    [Fact]
    public void AMillionTimersFireInDeadlineThenCreationOrder()
    {
        const int Count = 1_000_000;
        var start = 1_000_000_007L;
        var wheel = new TimerWheel(start);
        var fired = new List<Recorded>(Count);
        var random = new Random(42);
        for (var k = 0; k < Count; k++)
        {
            // Deadlines from now to ~2^31 ms ahead, with many ties in the first second.
            var due = start + (k % 3 == 0 ? random.Next(1000) : random.NextInt64(1L << 31));
            wheel.Add(new Recorded(fired, due, k) { Due = due });
        }
        Assert.Equal(Count, wheel.Count);

        // As the scheduler does when idle: jump to the next work, then advance to it.
        var steps = 0;
        while (wheel.NextWork() is { } next)
        {
            wheel.Advance(next);
            steps++;
        }

        Assert.Equal(0, wheel.Count);
        Assert.Equal(Count, fired.Count);
        for (var k = 1; k < fired.Count; k++)
        {
            var (a, b) = (fired[k - 1], fired[k]);
            Assert.True(a.Expected < b.Expected || (a.Expected == b.Expected && a.Id < b.Id), $"{a.Id}@{a.Expected} before {b.Id}@{b.Expected}");
        }
        // One step per deadline or slot split, not one per millisecond (2^31 of them).
        Assert.True(steps < 3 * Count, $"{steps} steps");
    }

    [Fact]
    public void CancelledTimersNeverFire()
    {
        var wheel = new TimerWheel(0);
        var fired = new List<Recorded>();
        var timers = Enumerable.Range(0, 10_000).Select(k => new Recorded(fired, 1 + (k * 37 % 5000), k) { Due = 1 + (k * 37 % 5000) }).ToList();
        timers.ForEach(wheel.Add);
        foreach (var t in timers.Where(t => t.Id % 2 == 0))
            Assert.True(wheel.Cancel(t));
        Assert.False(wheel.Cancel(timers[0]));

        wheel.Advance(10_000);

        Assert.Equal(5_000, fired.Count);
        Assert.All(fired, t => Assert.Equal(1, t.Id % 2));
        Assert.False(wheel.Cancel(timers[1]));
    }

    [Fact]
    public void ATimerDueInThePastFiresAtTheNextAdvance()
    {
        var wheel = new TimerWheel(500);
        var fired = new List<Recorded>();
        wheel.Add(new Recorded(fired, 100, 1) { Due = 100 });
        Assert.Equal(501, wheel.NextWork());
        wheel.Advance(500);
        Assert.Empty(fired);
        wheel.Advance(501);
        Assert.Single(fired);
    }

    [Fact]
    public void TimersAddedWhileFiringWaitForTheirOwnTime()
    {
        var wheel = new TimerWheel(0);
        var fired = new List<Recorded>();
        wheel.Add(new Chained(wheel, fired, depth: 100) { Due = 10 });
        wheel.Advance(1_000_000);
        Assert.Equal(101, fired.Count);
        Assert.Equal(Enumerable.Range(0, 101).Select(k => 10L * (k + 1)), fired.Select(t => t.Expected));
    }

    /// <summary>Fires, then adds the next one 10 ms later, <c>depth</c> times.</summary>
    private sealed class Chained(TimerWheel wheel, List<Recorded> fired, int depth) : WheelTimer
    {
        public override void Fire()
        {
            fired.Add(new Recorded(fired, Due, depth));
            if (depth > 0)
                wheel.Add(new Chained(wheel, fired, depth - 1) { Due = Due + 10 });
        }
    }
}
