using Enigma.Beam.Etf;
using Enigma.Runtime.Code;

namespace Enigma.Runtime.Terms;

/// <summary>
/// Reads a runtime <see cref="Term"/> back into the parse stage's <see cref="ETerm"/>
/// model, for term_to_binary and printing. Iterative: a term nested a million
/// levels deep converts without deep .NET recursion.
/// </summary>
/// <remarks>
/// Local pids, ports and references become identifiers of node
/// <c>nonode@nohost</c> with creation 0, split as erl 25 splits them (see
/// <see cref="PidNumber"/>, <see cref="RefWords"/>).
/// </remarks>
public static class TermReader
{
    /// <summary>The node name erl runs as when not distributed.</summary>
    public const string LocalNodeName = "nonode@nohost";

    /// <summary>erl 25 keeps a local pid's number in its low 15 bits and its serial above.</summary>
    internal const int PidNumberBits = 15;

    /// <summary>A local reference's first 32-bit word holds 18 bits (erts' _REF_NUM_SIZE).</summary>
    internal const int RefFirstWordBits = 18;

    private static readonly EAtom LocalNode = new(LocalNodeName);

    /// <summary>
    /// <paramref name="t"/> as an <see cref="ETerm"/>, map pairs in the order term_to_binary
    /// writes them, or with <paramref name="sortMaps"/> (its deterministic option) in key order.
    /// </summary>
    public static ETerm ToETerm(Term t, bool sortMaps = false)
    {
        if (TryLeaf(t, out var leaf))
            return leaf;

        var stack = default(WorkStack<Frame>);
        stack.Push(Open(t, sortMaps));
        while (true)
        {
            ref var top = ref stack.Top;
            if (top.Filled < top.Items.Length)
            {
                var child = top.Child(top.Filled);
                if (TryLeaf(child, out leaf))
                    top.Items[top.Filled++] = leaf;
                else
                    stack.Push(Open(child, sortMaps));
                continue;
            }

            var done = stack.Pop().Close();
            if (stack.Count == 0)
                return done;
            ref var parent = ref stack.Top;
            parent.Items[parent.Filled++] = done;
        }
    }

    private static bool TryLeaf(Term t, out ETerm result)
    {
        switch (t.Tag)
        {
            case TermTag.Small:
                result = new EInteger(t.SmallValue);
                return true;
            case TermTag.Big:
                result = new EInteger(t.BigValue);
                return true;
            case TermTag.Float:
                result = new EFloat(t.FloatValue);
                return true;
            case TermTag.Atom:
                result = new EAtom(Atoms.Name(t));
                return true;
            case TermTag.Nil:
                result = ENil.Instance;
                return true;
            case TermTag.Pid:
                result = new EPid(LocalNode, PidNumber(t.ImmediateId), PidSerial(t.ImmediateId), 0);
                return true;
            case TermTag.Port:
                result = new EPort(LocalNode, (ulong)t.ImmediateId, 0);
                return true;
            case TermTag.Ref:
                result = new ERef(LocalNode, 0, RefWords(t.ImmediateId));
                return true;
            case TermTag.Bitstring:
                result = ToEBitstring(t.Bits);
                return true;
            case TermTag.Other:
                result = t.Box switch
                {
                    ExportFun f => new EExport(new EAtom(Atoms.Name(f.Export.Module)), new EAtom(Atoms.Name(f.Export.Function)), f.Export.Arity),
                    EPid or EPort or ERef => (ETerm)t.Box,
                    _ => throw new NotSupportedException($"no external form for {t.Box?.GetType().Name ?? "null"}"),
                };
                return true;
            case TermTag.Tuple when t.TupleArity == 0:
                result = new ETuple([]);
                return true;
            case TermTag.Map when Maps.Size(t) == 0:
                result = new EMap([]);
                return true;
            case TermTag.Cons or TermTag.Tuple or TermTag.Map or TermTag.Fun:
                result = null!;
                return false;
            default:
                throw new ArgumentException($"not a term: special word {t.SpecialKind}", nameof(t));
        }
    }

    private static Frame Open(Term t, bool sortMaps)
    {
        switch (t.Tag)
        {
            case TermTag.Tuple:
                return new Frame(t, t.Block, t.Offset + 1, t.TupleArity);
            case TermTag.Fun:
                Lambda(t); // fails early when the fun cannot be described
                return new Frame(t, t.Block, t.Offset + 2, FunFreeCount(t));
            case TermTag.Map:
            {
                // Keys then values, in the order erl's term_to_binary writes them: a flat
                // map's key order, a trie's leaves last first.
                var (keys, values) = sortMaps ? Maps.SortedPairs(t) : Maps.Pairs(t);
                if (!sortMaps && !Maps.IsFlat(t))
                {
                    Array.Reverse(keys);
                    Array.Reverse(values);
                }
                return new Frame(t, [.. keys, .. values], 0, 2 * keys.Length);
            }
            default:
            {
                // A list: its elements, then the tail that ends it.
                var elements = new List<Term>();
                var cell = t;
                while (cell.IsCons)
                {
                    elements.Add(cell.Head);
                    cell = cell.Tail;
                }

                elements.Add(cell);
                return new Frame(t, [.. elements], 0, elements.Count);
            }
        }
    }

    private struct Frame(Term term, Term[] source, int start, int count)
    {
        public readonly Term Term = term;
        public readonly ETerm[] Items = new ETerm[count];
        public int Filled;

        public readonly Term Child(int k) => source[start + k];

        public readonly ETerm Close()
        {
            switch (Term.Tag)
            {
                case TermTag.Tuple:
                    return new ETuple(Items);
                case TermTag.Map:
                {
                    int size = Items.Length / 2;
                    var pairs = new KeyValuePair<ETerm, ETerm>[size];
                    for (int k = 0; k < size; k++)
                        pairs[k] = new(Items[k], Items[size + k]);
                    return new EMap(pairs);
                }
                case TermTag.Fun:
                    return ToEFun(Term, Items);
                default:
                    return new EList(Items[..^1], Items[^1]);
            }
        }
    }

    private static EFun ToEFun(Term fun, ETerm[] freeVars)
    {
        var lambda = Lambda(fun);
        if (lambda.Template is { } t)
            return new EFun(t.Module, t.Index, t.Uniq, t.OldIndex, t.OldUniq, t.Arity, t.Pid, freeVars);
        // A loaded fun entry knows no module MD5 and no creator: zeros and <0.0.0> stand in.
        return new EFun(new EAtom(lambda.ModuleName), lambda.Index, new byte[EFun.UniqLength], lambda.Index,
            unchecked((int)lambda.OldUniq), lambda.Arity, new EPid(LocalNode, 0, 0, 0), freeVars);
    }

    private static EBitstring ToEBitstring(Bitstring bits)
    {
        if (bits.IsByteAligned && bits.IsBinary)
            return new EBitstring(bits.Bytes.ToArray());
        long whole = bits.BitSize >> 3;
        int rest = (int)(bits.BitSize & 7);
        var bytes = new byte[whole + (rest == 0 ? 0 : 1)];
        for (long k = 0; k < whole; k++)
            bytes[k] = bits.ByteAt(k);
        if (rest == 0)
            return new EBitstring(bytes);
        bytes[^1] = PartialByte(bits, whole, rest);
        return new EBitstring(bytes, rest);
    }

    // ---- facts shared with TermOrder and TermHash ----

    internal static uint PidNumber(long id) => (uint)(id & ((1 << PidNumberBits) - 1));

    internal static uint PidSerial(long id) => (uint)(id >> PidNumberBits);

    /// <summary>
    /// A local reference's id as erl's three 32-bit words, first word first:
    /// 18 bits, then 32, then the rest. Numeric order of ids is erl's order of refs.
    /// </summary>
    internal static uint[] RefWords(long id) =>
        [(uint)(id & ((1 << RefFirstWordBits) - 1)), (uint)(id >> RefFirstWordBits), (uint)(id >> (RefFirstWordBits + 32))];

    internal static uint RefFirstWord(long id) => (uint)(id & ((1 << RefFirstWordBits) - 1));

    internal static int FunFreeCount(Term fun) => (int)fun.Block[fun.Offset].SpecialPayload;

    /// <summary>What erl compares and hashes of a closure: its module, index and old uniq.</summary>
    internal readonly record struct LambdaInfo(string ModuleName, int Index, uint OldUniq, int Arity, EFun? Template);

    /// <summary>The lambda word of a closure: a loaded <see cref="FunEntry"/>, or an <see cref="EFun"/> used as a template.</summary>
    internal static LambdaInfo Lambda(Term fun) => fun.Block[fun.Offset + 1].Box switch
    {
        FunEntry e => new(Atoms.Name(e.Module.Name), e.Index, e.OldUniq, e.Arity - e.FreeCount, null),
        EFun f => new(f.Module.Name, f.Index, unchecked((uint)f.OldUniq), f.Arity, f),
        var other => throw new NotSupportedException(
            $"a fun whose lambda word is {other?.GetType().Name ?? "null"} has no module, index and uniq to read"),
    };

    /// <summary>
    /// The <paramref name="bits"/> (1..8) bits starting at byte <paramref name="index"/>,
    /// at the top of the byte, the rest zero. Reads no byte past the bitstring's data.
    /// </summary>
    internal static byte PartialByte(Bitstring s, long index, int bits)
    {
        long bit = s.BitOffset + index * 8;
        int shift = (int)(bit & 7);
        var data = s.Data;
        int value = data[bit >> 3] << shift;
        if (shift + bits > 8)
            value |= data[(bit >> 3) + 1] >> (8 - shift);
        return (byte)(value & (0xFF00 >> bits));
    }
}

/// <summary>A growable stack of structs with in-place access to the top: the explicit
/// stacks of <see cref="TermOrder"/>, <see cref="TermHash"/> and <see cref="TermReader"/>.
/// A default instance is empty and allocates on its first push.</summary>
internal struct WorkStack<T>
{
    private T[]? _items;
    private int _count;

    public readonly int Count => _count;

    public readonly ref T Top => ref _items![_count - 1];

    public void Push(in T item)
    {
        if (_items is null)
            _items = new T[8];
        else if (_count == _items.Length)
            Array.Resize(ref _items, _items.Length * 2);
        _items[_count++] = item;
    }

    public T Pop()
    {
        var item = _items![--_count];
        _items[_count] = default!;
        return item;
    }
}
