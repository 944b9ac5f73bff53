using Enigma.Runtime.Code;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>erlang:fun_info/2 and fun_to_list/1 for closures and export funs.</summary>
internal static class FunBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("erlang", "fun_info", 2, FunInfo),
        new("erlang", "fun_to_list", 1, (p, a) => a[0].IsFun ? p.Heap.String(TermPrinter.Print(a[0])) : p.Badarg()),
    ];

    private static Term FunInfo(Process p, ReadOnlySpan<Term> a)
    {
        var (fun, item) = (a[0], a[1]);
        if (!fun.IsFun || !item.IsAtom)
            return p.Badarg();
        var value = fun.Tag == TermTag.Fun ? Closure(p, fun, Atoms.Name(item)) : Export(p, ((ExportFun)fun.Box!).Export, Atoms.Name(item));
        return value is { } v ? p.Heap.Tuple([item, v]) : p.Badarg();
    }

    private static Term? Closure(Process p, Term fun, string item)
    {
        var entry = (FunEntry)fun.Block[fun.Offset + 1].Box!;
        return item switch
        {
            "arity" => Term.Small(entry.Arity - entry.FreeCount),
            "module" => entry.Module.Name,
            "name" => entry.Function,
            "type" => Atoms.Intern("local"),
            "env" => p.Heap.List(fun.Block.AsSpan(fun.Offset + 2, entry.FreeCount)),
            "index" => Term.Small(entry.Index),
            "uniq" => Term.Integer(entry.OldUniq),
            "pid" => p.Pid,
            _ => null,
        };
    }

    private static Term? Export(Process p, Export export, string item) => item switch
    {
        "arity" => Term.Small(export.Arity),
        "module" => export.Module,
        "name" => export.Function,
        "type" => Atoms.Intern("external"),
        "env" => Term.Nil,
        "index" or "new_index" or "uniq" or "new_uniq" or "pid" => Atoms.Undefined,
        _ => null,
    };
}
