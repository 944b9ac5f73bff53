using System.Text;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>The report of a process that died of an uncaught exception: class, reason, stack trace.</summary>
internal static class CrashReport
{
    public static string Describe(Process p)
    {
        var text = new StringBuilder();
        var classAtom = p.ErrorClass switch { ErrorClass.Error => "error", ErrorClass.Exit => "exit", _ => "throw" };
        text.Append("enigma: uncaught ").Append(classAtom).Append(": ").Append(TermPrinter.Print(p.ErrorReason));
        var trace = Interpreter.BuildStacktrace(p, p.Trace);
        for (var frames = trace; frames.IsCons; frames = frames.Tail)
            text.Append("\n  in ").Append(TermPrinter.Print(frames.Head));
        return text.ToString();
    }
}
