using Enigma.Runtime.Code;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime;

/// <summary>One Erlang node: its export table, its code, its BIFs and its processes.</summary>
public sealed class Node
{
    private long _nextPid;

    public Node(IReadOnlyList<string> codePath, TextWriter stdout, bool specialize = true)
    {
        Exports = new ExportTable();
        Code = new CodeServer(Exports, codePath, specialize);
        Stdout = stdout;
        Bifs.BifTable.Register(Exports);
    }

    public ExportTable Exports { get; }

    public CodeServer Code { get; }

    /// <summary>Where erlang:display and the standard_io group leader write.</summary>
    public TextWriter Stdout { get; }

    public Process Spawn() => new(this, Term.Pid(Interlocked.Increment(ref _nextPid)));
}
