using System.Text;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>
/// The report of a process that died of an uncaught exception, in the shape erl's shell
/// uses: class and reason, then one line per stack frame with file and line.
/// </summary>
internal static class CrashReport
{
    public static string Describe(Process p)
    {
        var text = new StringBuilder();
        var classAtom = p.ErrorClass switch { ErrorClass.Error => "error", ErrorClass.Exit => "exit", _ => "throw" };
        text.Append("enigma: uncaught ").Append(classAtom).Append(": ").Append(TermPrinter.Print(p.ErrorReason));
        var first = true;
        for (var frames = Interpreter.BuildStacktrace(p, p.Trace); frames.IsCons; frames = frames.Tail)
        {
            text.Append('\n').Append(first ? "  in function  " : "  in call from ").Append(Frame(frames.Head));
            first = false;
        }
        return text.ToString();
    }

    /// <summary>{M, F, Arity | Args, Location} as "m:f/2 (file.erl, line 7)" or "m:f(1, 2)".</summary>
    private static string Frame(Term frame)
    {
        if (!frame.IsTuple || frame.TupleArity != 4)
            return TermPrinter.Print(frame);
        var (module, function, arityOrArgs, location) = (frame.Element(1), frame.Element(2), frame.Element(3), frame.Element(4));
        var text = new StringBuilder(TermPrinter.Print(module)).Append(':').Append(TermPrinter.Print(function));
        if (arityOrArgs.IsSmall)
        {
            text.Append('/').Append(arityOrArgs.SmallValue);
        }
        else
        {
            var args = new List<string>();
            for (var a = arityOrArgs; a.IsCons; a = a.Tail)
                args.Add(TermPrinter.Print(a.Head));
            text.Append('(').Append(string.Join(", ", args)).Append(')');
        }
        string? file = null;
        long? line = null;
        for (var l = location; l.IsCons; l = l.Tail)
        {
            var item = l.Head;
            if (item.IsTuple && item.TupleArity == 2 && item.Element(1).IsSameAs(Atoms.File))
                file = Bifs.ConversionBifs.Text(item.Element(2));
            if (item.IsTuple && item.TupleArity == 2 && item.Element(1).IsSameAs(Atoms.Line) && item.Element(2).IsSmall)
                line = item.Element(2).SmallValue;
        }
        if (file is not null)
            text.Append(" (").Append(file).Append(line is { } n ? $", line {n}" : "").Append(')');
        return text.ToString();
    }
}
