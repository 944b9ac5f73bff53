using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Timers;

/// <summary>The deadline of the receive ... after a process waits in.</summary>
internal sealed class ReceiveTimeout(Node node, Process process) : WheelTimer
{
    public override void Fire() => node.TimeOut(process);
}

/// <summary>erlang:send_after/start_timer: a message (copied when the timer was set) for a pid or a name.</summary>
internal sealed class MessageTimer(Node node, Term reference, Term destination, MessageFragment message) : WheelTimer
{
    public Term Reference { get; } = reference;

    public Term Destination { get; } = destination;

    public MessageFragment Message { get; } = message;

    public override void Fire() => node.FireMessageTimer(this);
}
