using System.Runtime.CompilerServices;
using Enigma.Runtime.Bifs;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Ets;

/// <summary>What a match specification's guards and body run against: the caller, the object, the bindings.</summary>
internal readonly ref struct MatchRun(Process process, Term obj, Span<Term> bindings)
{
    public Process Process { get; } = process;

    public Term Object { get; } = obj;

    public Span<Term> Bindings { get; } = bindings;
}

/// <summary>
/// A guard or body expression of a match specification, compiled once. Eval gives the value
/// (built on the caller's heap) or NonValue when it fails, as erl_db_util's interpreter does.
/// </summary>
internal abstract class MatchExpr
{
    public abstract Term Eval(MatchRun run);

    /// <summary>A variable of the head ('$1').</summary>
    public sealed class Variable(int slot) : MatchExpr
    {
        public override Term Eval(MatchRun run) => run.Bindings[slot];
    }

    /// <summary>'$_': the whole object.</summary>
    public sealed class WholeObject : MatchExpr
    {
        public override Term Eval(MatchRun run) => run.Object;
    }

    /// <summary>'$$': the head's variables in the order of their numbers.</summary>
    public sealed class AllVariables(int[] slots) : MatchExpr
    {
        public override Term Eval(MatchRun run)
        {
            var values = new Term[slots.Length];
            for (int i = 0; i < slots.Length; i++)
                values[i] = run.Bindings[slots[i]];
            return run.Process.Heap.List(values);
        }
    }

    /// <summary>A constant: {const, X}, or any term that is not an expression.</summary>
    public sealed class Constant(Term value) : MatchExpr
    {
        public override Term Eval(MatchRun run) => value;
    }

    public sealed class Self : MatchExpr
    {
        public override Term Eval(MatchRun run) => run.Process.Pid;
    }

    /// <summary>{{E1, ..., En}}: a tuple built from expressions.</summary>
    public sealed class MakeTuple(MatchExpr[] elements) : MatchExpr
    {
        public override Term Eval(MatchRun run) =>
            EvalAll(elements, run) is { } values ? run.Process.Heap.Tuple(values) : Term.NonValue;
    }

    /// <summary>[E1, ..., En | Tail] built from expressions.</summary>
    public sealed class MakeList(MatchExpr[] elements, MatchExpr tail) : MatchExpr
    {
        public override Term Eval(MatchRun run)
        {
            if (EvalAll(elements, run) is not { } values)
                return Term.NonValue;
            var t = tail.Eval(run);
            return t.IsNonValue ? t : run.Process.Heap.List(values, t);
        }
    }

    /// <summary>#{K => V} built from expressions.</summary>
    public sealed class MakeMap(MatchExpr[] keys, MatchExpr[] values) : MatchExpr
    {
        public override Term Eval(MatchRun run) =>
            EvalAll(keys, run) is { } k && EvalAll(values, run) is { } v ? Maps.FromPairs(run.Process.Heap, k, v) : Term.NonValue;
    }

    /// <summary>A guard BIF (is_atom, element, '+', ...), run as the BIF itself.</summary>
    public sealed class Call(BifFunction bif, MatchExpr[] args) : MatchExpr
    {
        public override Term Eval(MatchRun run)
        {
            // Guard BIFs take at most three arguments: they are gathered on the stack, not in an array per object.
            ArgBuffer buffer = default;
            Span<Term> values = args.Length <= 3 ? ((Span<Term>)buffer)[..args.Length] : new Term[args.Length];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = args[i].Eval(run);
                if (values[i].IsNonValue)
                    return Term.NonValue;
            }
            var result = bif(run.Process, values);
            if (result.IsNonValue)
                run.Process.ForgetError();
            return result;
        }
    }

    [InlineArray(3)]
    private struct ArgBuffer
    {
        private Term _first;
    }

    /// <summary>'<', '==', '=:=' and the other comparisons, done here: a select's guard runs once per object.</summary>
    public sealed class Comparison(Func<Term, Term, bool> holds, MatchExpr left, MatchExpr right) : MatchExpr
    {
        public override Term Eval(MatchRun run)
        {
            var a = left.Eval(run);
            if (a.IsNonValue)
                return a;
            var b = right.Eval(run);
            return b.IsNonValue ? b : Term.Boolean(holds(a, b));
        }

        /// <summary>The test for an operator's name, or null when it is not a comparison.</summary>
        public static Func<Term, Term, bool>? For(string op) => op switch
        {
            "<" => TermOrder.Less,
            ">" => static (a, b) => TermOrder.Less(b, a),
            "=<" => static (a, b) => !TermOrder.Less(b, a),
            ">=" => static (a, b) => !TermOrder.Less(a, b),
            "==" => TermOrder.Equal,
            "/=" => static (a, b) => !TermOrder.Equal(a, b),
            "=:=" => TermOrder.ExactlyEqual,
            "=/=" => static (a, b) => !TermOrder.ExactlyEqual(a, b),
            _ => null,
        };
    }

    /// <summary>andalso / orelse (stop at the first false / true) and and / or (all operands evaluated).</summary>
    public sealed class Logic(MatchExpr[] operands, bool isAnd, bool shortCircuit) : MatchExpr
    {
        public override Term Eval(MatchRun run)
        {
            bool decided = false;
            foreach (var operand in operands)
            {
                var v = operand.Eval(run);
                if (!v.IsSameAs(Atoms.True) && !v.IsSameAs(Atoms.False))
                    return Term.NonValue;
                if (v.IsSameAs(Atoms.True) != isAnd)
                {
                    decided = true;
                    if (shortCircuit)
                        break;
                }
            }
            return Term.Boolean(decided != isAnd);
        }
    }

    private static Term[]? EvalAll(MatchExpr[] exprs, MatchRun run)
    {
        var values = new Term[exprs.Length];
        for (int i = 0; i < exprs.Length; i++)
        {
            values[i] = exprs[i].Eval(run);
            if (values[i].IsNonValue)
                return null;
        }
        return values;
    }
}
