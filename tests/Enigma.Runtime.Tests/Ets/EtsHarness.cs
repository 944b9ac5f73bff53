using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Ets;

/// <summary>A node with bare processes (never scheduled) that call BIFs directly, from any thread.</summary>
internal sealed class EtsHarness
{
    private long _nextPid = 1000;

    public Node Node { get; } = new([], TextWriter.Null);

    public Process NewProcess() => new(Node, Term.Pid(Interlocked.Increment(ref _nextPid)));

    /// <summary>M:F(Args) as <paramref name="p"/>; a raised error fails the test with its reason.</summary>
    public Term Call(Process p, string module, string function, params Term[] args)
    {
        var result = TryCall(p, module, function, args);
        Assert.False(result.IsNonValue, $"{module}:{function} raised {p.ErrorReason}");
        return result;
    }

    /// <summary>M:F(Args) as <paramref name="p"/>: NonValue when it raised.</summary>
    public Term TryCall(Process p, string module, string function, params Term[] args)
    {
        var bif = Node.Exports.Find(Atoms.Intern(module), Atoms.Intern(function), args.Length)?.Bif;
        Assert.NotNull(bif);
        var result = bif(p, args);
        if (result.IsNonValue)
            p.ForgetError();
        return result;
    }

    public static Term A(string name) => Atoms.Intern(name);

    public static Term I(long value) => Term.Integer(value);

    /// <summary>A new table of the given options (atoms) owned by <paramref name="owner"/>.</summary>
    public Term NewTable(Process owner, params string[] options) =>
        Call(owner, "ets", "new", A("t"), owner.Heap.List([.. options.Select(A)]));
}
