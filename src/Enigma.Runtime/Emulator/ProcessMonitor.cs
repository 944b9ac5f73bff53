using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>How an alias reference stops working (monitor option {alias, Mode}, alias/1).</summary>
internal enum AliasMode
{
    /// <summary>Only unalias/1 (or the owner's end) removes it.</summary>
    ExplicitUnalias,
    /// <summary>Removed with its monitor: demonitor or the DOWN message.</summary>
    Demonitor,
    /// <summary>Like Demonitor, and also after the first message sent through it.</summary>
    ReplyDemonitor,
    /// <summary>alias([reply]): removed after the first message sent through it.</summary>
    Reply,
}

/// <summary>An active alias: who gets what is sent to it, until when, and the monitor it belongs to.</summary>
internal sealed record Alias(Process Owner, AliasMode Mode, ProcessMonitor? Monitor);

/// <summary>
/// One process monitor: <see cref="Watcher"/> gets {Tag, Ref, process, Subject, Reason} when
/// <see cref="Target"/> ends. Subject is the pid, or {Name, Node} when monitored by name.
/// Tag is kept off any process heap (a copy), so it survives the watcher's collections.
/// </summary>
internal sealed class ProcessMonitor(Term reference, Process watcher, Process target, Term name, Term tag)
{
    public Term Ref { get; } = reference;

    public Process Watcher { get; } = watcher;

    public Process Target { get; } = target;

    /// <summary>The registered name it was made with, or NonValue when made with a pid.</summary>
    public Term Name { get; } = name;

    /// <summary>The first element of the DOWN message: 'DOWN' unless {tag, Tag} was given.</summary>
    public Term Tag { get; } = tag;
}
