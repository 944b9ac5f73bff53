using Enigma.Runtime.Emulator;
using Enigma.Runtime.Ets;
using Enigma.Runtime.Terms;
using static Enigma.Runtime.Bifs.EtsBifs;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// update_counter/3,4 and update_element/3: read, change and write one object under the
/// table's write lock, so concurrent updates of a counter lose nothing.
/// </summary>
internal static class EtsUpdateBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("ets", "update_counter", 3, (p, a) => UpdateCounter(p, a, Term.NonValue)),
        new("ets", "update_counter", 4, (p, a) => UpdateCounter(p, a, a[3])),
        new("ets", "update_element", 3, UpdateElement),
    ];

    /// <summary>{Pos, Incr} or {Pos, Incr, Threshold, SetValue} (Threshold NonValue when there is none).</summary>
    private readonly record struct CounterOp(long Pos, Term Incr, Term Threshold, Term SetValue);

    private static Term UpdateCounter(Process p, ReadOnlySpan<Term> a, Term defaultObject)
    {
        if (Writable(p, a[0]) is not { } table)
            return Term.NonValue;
        if (table.IsBag)
            return Fail(p, "table_type");
        int keyPos = table.Options.KeyPos;
        var ops = CounterOps(a[2], keyPos);
        if (ops is null || (!defaultObject.IsNonValue && !Fits(table, defaultObject)))
            return Fail(p);
        var key = a[1];
        string? cause = null;
        var results = new Term[ops.Length];
        bool done = false;
        table.Update(key, old =>
        {
            var copy = old is null ? null : StoredObject.CopyBlock(old);
            Span<Term> elements;
            if (copy is not null)
                elements = StoredObject.Elements(copy);
            else if (old is not null)
                elements = Elements(StoredObject.View(old, p.Heap, p.Node.Exports));
            else if (defaultObject.IsNonValue)
                return Failed(out cause, "badkey");
            else
            {
                elements = Elements(defaultObject);
                elements[keyPos - 1] = key;
            }
            bool immediate = true;
            for (int i = 0; i < ops.Length; i++)
            {
                var op = ops[i];
                if (op.Pos == keyPos)
                    return Failed(out cause, "keypos");
                if (op.Pos > elements.Length)
                    return Failed(out cause, "position");
                if (!elements[(int)op.Pos - 1].IsInteger)
                    return Failed(out cause, null);
                results[i] = elements[(int)op.Pos - 1] = Count(elements[(int)op.Pos - 1], op);
                immediate &= results[i].Box is null;
            }
            done = true;
            return copy is not null && immediate ? copy : Store(table, p.Heap.Tuple(elements));
        });
        if (!done)
            return Fail(p, cause);
        return a[2].IsList ? p.Heap.List(results) : results[0];
    }

    private static object? Failed(out string? cause, string? why)
    {
        cause = why;
        return null;
    }

    private static Term[] Elements(Term tuple)
    {
        var elements = new Term[tuple.TupleArity];
        for (int i = 0; i < elements.Length; i++)
            elements[i] = tuple.Element(i + 1);
        return elements;
    }

    /// <summary>One operation or a list of them; null when one is malformed.</summary>
    private static CounterOp[]? CounterOps(Term spec, int keyPos)
    {
        if (!spec.IsList)
            return CounterOpOf(spec, keyPos) is { } op ? [op] : null;
        var ops = new List<CounterOp>();
        for (; spec.IsCons; spec = spec.Tail)
        {
            if (CounterOpOf(spec.Head, keyPos) is not { } op)
                return null;
            ops.Add(op);
        }
        return spec.IsNil ? [.. ops] : null;
    }

    private static CounterOp? CounterOpOf(Term op, int keyPos)
    {
        if (op.IsInteger)
            return new CounterOp(keyPos + 1, op, Term.NonValue, Term.NonValue);
        if (!op.IsTuple || !op.Element(1).IsSmall || op.Element(1).SmallValue < 1 || !op.Element(2).IsInteger)
            return null;
        return op.TupleArity switch
        {
            2 => new CounterOp(op.Element(1).SmallValue, op.Element(2), Term.NonValue, Term.NonValue),
            4 when op.Element(3).IsInteger && op.Element(4).IsInteger => new CounterOp(op.Element(1).SmallValue, op.Element(2), op.Element(3), op.Element(4)),
            _ => null,
        };
    }

    /// <summary>The counter plus the increment; past the threshold (above it going up, below going down) the set value.</summary>
    private static Term Count(Term counter, CounterOp op)
    {
        var sum = counter.IsSmall && op.Incr.IsSmall
            ? Term.Integer(counter.SmallValue + op.Incr.SmallValue)
            : Term.Integer(counter.BigValue + op.Incr.BigValue);
        if (op.Threshold.IsNonValue)
            return sum;
        int c = TermOrder.Compare(sum, op.Threshold);
        bool up = op.Incr.IsSmall ? op.Incr.SmallValue >= 0 : op.Incr.BigValue.Sign >= 0;
        return (up && c > 0) || (!up && c < 0) ? op.SetValue : sum;
    }

    private static Term UpdateElement(Process p, ReadOnlySpan<Term> a)
    {
        if (Writable(p, a[0]) is not { } table)
            return Term.NonValue;
        var changes = a[2].IsList ? ListBifs.Elements(a[2]) : [a[2]];
        if (table.IsBag || changes is null || changes.Any(c => !c.IsTuple || c.TupleArity != 2 || !c.Element(1).IsSmall || c.Element(1).SmallValue < 1))
            return Fail(p);
        int keyPos = table.Options.KeyPos;
        if (changes.Any(c => c.Element(1).SmallValue == keyPos))
            return Fail(p, "keypos");
        var key = a[1];
        bool badPosition = false;
        bool updated = false;
        table.Update(key, old =>
        {
            if (old is null)
                return null;
            var copy = changes.All(c => c.Element(2).Box is null) ? StoredObject.CopyBlock(old) : null;
            var elements = copy is not null ? StoredObject.Elements(copy) : Elements(StoredObject.View(old, p.Heap, p.Node.Exports));
            foreach (var c in changes)
            {
                badPosition |= c.Element(1).SmallValue > elements.Length;
                if (!badPosition)
                    elements[(int)c.Element(1).SmallValue - 1] = c.Element(2);
            }
            if (badPosition)
                return null;
            updated = true;
            return copy ?? Store(table, p.Heap.Tuple(elements));
        });
        return badPosition ? Fail(p) : Term.Boolean(updated);
    }
}
