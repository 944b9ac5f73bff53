using Enigma.Runtime.Code;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Ets;

/// <summary>
/// A match specification ([{Head, Guards, Body}]) compiled once for ETS (select, match,
/// match_spec_compile/run) and erlang:match_spec_test/3: heads become patterns, guards and
/// bodies expression trees that call the runtime's own BIFs. The spec is copied out of the
/// caller's heap first, so a compiled spec can outlive the call (continuations, match_spec_compile).
/// </summary>
internal sealed class MatchSpec
{
    private static readonly Term Exit = Atoms.ExitTag;

    // The guard BIFs erl_db_util.c allows (its guard_tab), by name and arity.
    private static readonly HashSet<(string, int)> GuardBifs =
    [
        ("is_atom", 1), ("is_float", 1), ("is_integer", 1), ("is_list", 1), ("is_number", 1), ("is_pid", 1),
        ("is_port", 1), ("is_reference", 1), ("is_tuple", 1), ("is_map", 1), ("is_binary", 1), ("is_function", 1),
        ("is_record", 3), ("abs", 1), ("element", 2), ("hd", 1), ("length", 1), ("node", 1), ("node", 0),
        ("round", 1), ("size", 1), ("map_size", 1), ("map_get", 2), ("is_map_key", 2), ("bit_size", 1),
        ("byte_size", 1), ("binary_part", 2), ("binary_part", 3), ("tl", 1), ("trunc", 1), ("float", 1),
        ("+", 1), ("-", 1), ("+", 2), ("-", 2), ("*", 2), ("/", 2), ("div", 2), ("rem", 2), ("band", 2),
        ("bor", 2), ("bxor", 2), ("bnot", 1), ("bsl", 2), ("bsr", 2), (">", 2), (">=", 2), ("<", 2),
        ("=<", 2), ("=:=", 2), ("==", 2), ("=/=", 2), ("/=", 2), ("not", 1), ("xor", 2),
    ];

    // Forms only tracing allows.
    private static readonly HashSet<string> TraceForms =
    [
        "message", "is_seq_trace", "set_seq_token", "get_seq_token", "return_trace", "exception_trace",
        "display", "process_dump", "enable_trace", "disable_trace", "trace", "caller", "caller_line", "silent",
        "get_tcw", "set_tcw",
    ];

    private sealed record Clause(Term Head, MatchPattern Pattern, MatchExpr[] Guards, MatchExpr[] Body, int Slots);

    private readonly Clause[] _clauses;

    private MatchSpec(Clause[] clauses) => _clauses = clauses;

    /// <summary>The compiled spec, or null and why (erl's wording where known).</summary>
    public static (MatchSpec? Spec, string? Error) Compile(Term spec, ExportTable exports)
    {
        spec = TermCopier.CopyToFragment(spec).Message;
        var clauses = new List<Clause>();
        for (; spec.IsCons; spec = spec.Tail)
        {
            var c = spec.Head;
            if (!c.IsTuple || c.TupleArity != 3 || !IsProperList(c.Element(2)) || !IsProperList(c.Element(3)))
                return (null, "Match program is not a list of {Head, Guards, Body}.");
            var slots = new Dictionary<long, int>();
            var pattern = CompilePattern(c.Element(1), slots);
            var compiler = new ExprCompiler(slots, exports);
            var guards = compiler.CompileList(c.Element(2));
            var body = compiler.CompileList(c.Element(3));
            if (compiler.Error is { } error)
                return (null, error);
            clauses.Add(new Clause(c.Element(1), pattern, guards!, body!, slots.Count));
        }
        return spec.IsNil ? (new MatchSpec([.. clauses]), null) : (null, "Match program is not a proper list.");
    }

    /// <summary>
    /// The result of the first clause whose head matches and whose guards hold: the body's last
    /// value ('EXIT' when the body fails), built on <paramref name="p"/>'s heap and possibly
    /// sharing parts of <paramref name="obj"/>. NonValue when no clause matches.
    /// </summary>
    public Term Run(Process p, Term obj)
    {
        foreach (var clause in _clauses)
        {
            var bindings = Bindings(clause.Slots);
            bindings.Fill(Term.NonValue);
            if (!clause.Pattern.Match(obj, bindings))
                continue;
            var run = new MatchRun(p, obj, bindings);
            if (!GuardsHold(clause.Guards, run))
                continue;
            var result = Atoms.True;
            foreach (var e in clause.Body)
            {
                result = e.Eval(run);
                if (result.IsNonValue)
                    return Exit;
            }
            return result;
        }
        return Term.NonValue;
    }

    // One array of bindings per thread, reused by every run (a select runs once per object): no
    // run starts inside another, and results take values out of it, never the array itself. It
    // holds the last run's values until the next run overwrites them.
    [ThreadStatic]
    private static Term[]? _bindings;

    private static Span<Term> Bindings(int slots)
    {
        if (_bindings is null || _bindings.Length < slots)
            _bindings = new Term[Math.Max(slots, 16)];
        return _bindings.AsSpan(0, slots);
    }

    private static bool GuardsHold(MatchExpr[] guards, MatchRun run)
    {
        foreach (var g in guards)
        {
            if (!g.Eval(run).IsSameAs(Atoms.True))
                return false;
        }
        return true;
    }

    /// <summary>
    /// The key part of the head when the spec has one clause whose head is a tuple long enough:
    /// a table can then search by key instead of looking at every object.
    /// </summary>
    public Term? KeyPattern(int keyPos) =>
        _clauses is [{ Head: { IsTuple: true } head }] && head.TupleArity >= keyPos ? head.Element(keyPos) : null;

    // ---- compiling ----

    private static bool IsProperList(Term t)
    {
        while (t.IsCons)
            t = t.Tail;
        return t.IsNil;
    }

    /// <summary>'$N' (N digits): the number; else -1.</summary>
    internal static long VariableNumber(Term t)
    {
        if (!t.IsAtom)
            return -1;
        var name = Atoms.Name(t);
        if (name.Length < 2 || name.Length > 18 || name[0] != '$')
            return -1;
        long n = 0;
        foreach (var ch in name.AsSpan(1))
        {
            if (!char.IsAsciiDigit(ch))
                return -1;
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    internal static bool IsWildcard(Term t) => t.IsAtom && (Atoms.Name(t) == "_" || VariableNumber(t) >= 0);

    /// <summary>
    /// Whether a head part can match more than the term it is: it has a variable or '_' in it,
    /// or a map (a map pattern matches any map with at least its keys). Iterative: a long
    /// constant list in a head costs no .NET stack.
    /// </summary>
    internal static bool HasWildcard(Term t)
    {
        var pending = new Stack<Term>();
        pending.Push(t);
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part.IsMap || IsWildcard(part))
                return true;
            if (part.IsTuple)
            {
                for (int i = 1; i <= part.TupleArity; i++)
                    pending.Push(part.Element(i));
            }
            else if (part.IsCons)
            {
                pending.Push(part.Head);
                pending.Push(part.Tail);
            }
        }
        return false;
    }

    private static MatchPattern CompilePattern(Term t, Dictionary<long, int> slots)
    {
        if (!HasWildcard(t))
            return new MatchPattern.Constant(t);
        if (VariableNumber(t) is var n and >= 0)
        {
            if (!slots.TryGetValue(n, out int slot))
                slots[n] = slot = slots.Count;
            return new MatchPattern.Variable(slot);
        }
        if (t.IsAtom)
            return MatchPattern.Any.Instance;
        if (t.IsTuple)
        {
            var elements = new MatchPattern[t.TupleArity];
            for (int i = 0; i < elements.Length; i++)
                elements[i] = CompilePattern(t.Element(i + 1), slots);
            return new MatchPattern.Tuple(elements);
        }
        if (t.IsCons)
        {
            var elements = new List<MatchPattern>();
            for (; t.IsCons; t = t.Tail)
                elements.Add(CompilePattern(t.Head, slots));
            return new MatchPattern.List([.. elements], CompilePattern(t, slots));
        }
        var (keys, mapValues) = Maps.Pairs(t);
        var values = new MatchPattern[keys.Length];
        for (int i = 0; i < keys.Length; i++)
            values[i] = CompilePattern(mapValues[i], slots);
        return new MatchPattern.Map(keys, values);
    }

    /// <summary>Guards and bodies into expression trees; the first problem is kept in <see cref="Error"/>.</summary>
    private sealed class ExprCompiler(Dictionary<long, int> slots, ExportTable exports)
    {
        public string? Error { get; private set; }

        public MatchExpr[]? CompileList(Term list)
        {
            var exprs = new List<MatchExpr>();
            for (; list.IsCons; list = list.Tail)
                exprs.Add(Compile(list.Head));
            return Error is null ? [.. exprs] : null;
        }

        private MatchExpr Fail(string error)
        {
            Error ??= error;
            return new MatchExpr.Constant(Atoms.False);
        }

        private MatchExpr Compile(Term t)
        {
            if (t.IsAtom)
            {
                var name = Atoms.Name(t);
                if (name == "$_")
                    return new MatchExpr.WholeObject();
                if (name == "$$")
                    return new MatchExpr.AllVariables([.. slots.OrderBy(s => s.Key).Select(s => s.Value)]);
                if (VariableNumber(t) is var n and >= 0)
                    return slots.TryGetValue(n, out int slot) ? new MatchExpr.Variable(slot) : Fail($"Variable {name} is unbound.");
                return new MatchExpr.Constant(t);
            }
            if (t.IsCons)
            {
                var elements = new List<MatchExpr>();
                for (; t.IsCons; t = t.Tail)
                    elements.Add(Compile(t.Head));
                return new MatchExpr.MakeList([.. elements], Compile(t));
            }
            if (t.IsMap)
            {
                var (keys, values) = Maps.Pairs(t);
                return new MatchExpr.MakeMap([.. keys.Select(Compile)], [.. values.Select(Compile)]);
            }
            if (!t.IsTuple)
                return new MatchExpr.Constant(t);
            if (t.TupleArity == 1 && t.Element(1).IsTuple)
            {
                var inner = t.Element(1);
                var elements = new MatchExpr[inner.TupleArity];
                for (int i = 0; i < elements.Length; i++)
                    elements[i] = Compile(inner.Element(i + 1));
                return new MatchExpr.MakeTuple(elements);
            }
            return CompileCall(t);
        }

        private MatchExpr CompileCall(Term t)
        {
            if (t.TupleArity == 0 || !t.Element(1).IsAtom)
                return Fail("Invalid expression in match program.");
            var name = Atoms.Name(t.Element(1));
            int arity = t.TupleArity - 1;
            if (name == "const" && arity == 1)
                return new MatchExpr.Constant(t.Element(2));
            if (name == "self" && arity == 0)
                return new MatchExpr.Self();
            if (TraceForms.Contains(name))
                return Fail($"Special form '{name}' used in wrong dialect.");
            var args = new MatchExpr[arity];
            for (int i = 0; i < arity; i++)
                args[i] = Compile(t.Element(i + 2));
            switch (name)
            {
                case "andalso" or "andthen":
                    return new MatchExpr.Logic(args, isAnd: true, shortCircuit: true);
                case "orelse":
                    return new MatchExpr.Logic(args, isAnd: false, shortCircuit: true);
                case "and":
                    return new MatchExpr.Logic(args, isAnd: true, shortCircuit: false);
                case "or":
                    return new MatchExpr.Logic(args, isAnd: false, shortCircuit: false);
            }
            if (arity == 2 && MatchExpr.Comparison.For(name) is { } holds)
                return new MatchExpr.Comparison(holds, args[0], args[1]);
            if (GuardBifs.Contains((name, arity)) && exports.Find(Atoms.Erlang, t.Element(1), arity)?.Bif is { } bif)
                return new MatchExpr.Call(bif, args);
            return Fail($"Function {name}/{arity} does_not_exist.");
        }
    }
}
