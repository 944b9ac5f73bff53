using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Loading;

/// <summary>
/// Load-time specialisation: small rules, each replacing one generic instruction by a
/// faster form when its operands allow. Every rule is listed in notes/loader.md and has
/// a test that it fires and that the specialised code computes what the generic does.
/// </summary>
internal static class Specializer
{
    /// <summary>Below this many entries a jump table is not worth it; above this span it wastes memory.</summary>
    private const int MinJumpTableSize = 3, MaxJumpTableSpan = 1024;

    /// <summary>erlang's arithmetic BIFs with an inline path for small integers.</summary>
    private static readonly Dictionary<string, Op> InlineArithmetic = new()
    {
        ["+"] = Op.Add, ["-"] = Op.Subtract, ["*"] = Op.Multiply, ["band"] = Op.BitAnd, ["bor"] = Op.BitOr,
        ["bxor"] = Op.BitXor, ["bsl"] = Op.ShiftLeft, ["bsr"] = Op.ShiftRight, ["div"] = Op.Divide, ["rem"] = Op.Remainder,
    };

    public static void Apply(LoadedModule module)
    {
        var code = module.Code;
        // Pairs first: they match generic instructions, which the rules below then no longer see.
        for (var i = 0; i + 1 < code.Length; i++)
            Fuse(ref code[i], in code[i + 1]);
        var extra = new List<int>(module.Extra);
        for (var i = 0; i < code.Length; i++)
        {
            ref var instr = ref code[i];
            switch (instr.Op)
            {
                case Op.Move:
                    SpecializeMove(ref instr);
                    break;
                case Op.CallExt or Op.CallExtLast or Op.CallExtOnly:
                    BindBifCall(ref instr, module);
                    break;
                case Op.IsEqExact or Op.IsNeExact:
                    SpecializeCompareWithConstant(ref instr);
                    break;
                case Op.SelectVal:
                    TryJumpTable(ref instr, module, extra);
                    break;
                case Op.GcBif2:
                    SpecializeArithmetic(ref instr, module);
                    break;
            }
        }
        module.Extra = [.. extra];
    }

    // move S D: the operand kinds in the opcode (MoveXX ... MoveCY), no kind switch at run time.
    private static void SpecializeMove(ref Instr instr)
    {
        if (SpecialisedMoves.For(Operand.Kind(instr.A), Operand.Kind(instr.B)) is { } specialized)
            (instr.Op, instr.A, instr.B) = (specialized, Operand.Index(instr.A), Operand.Index(instr.B));
    }

    // call_ext* to a BIF: call the BIF directly (A arity, B import index stay).
    private static void BindBifCall(ref Instr instr, LoadedModule module)
    {
        if (module.Imports[instr.B].Bif is null)
            return;
        instr.Op = instr.Op switch
        {
            Op.CallExt => Op.CallBif,
            Op.CallExtLast => Op.CallBifLast,
            _ => Op.CallBifOnly,
        };
    }

    // gc_bif2 erlang:'+', '-', '*', band, bor, bxor, bsl, bsr, div, rem: an inline path for
    // small integers (fields unchanged).
    private static void SpecializeArithmetic(ref Instr instr, LoadedModule module)
    {
        var bif = module.Imports[instr.C];
        if (bif.Module.IsSameAs(Atoms.Erlang) && bif.Arity == 2 && InlineArithmetic.TryGetValue(Atoms.Name(bif.Function), out var op))
            instr.Op = op;
    }

    // Pairs erlc emits back to back become one dispatch (see Op.DeallocateReturn and after).
    private static void Fuse(ref Instr first, in Instr second)
    {
        switch (first.Op, second.Op)
        {
            case (Op.Deallocate, Op.Return):
                first.Op = Op.DeallocateReturn;
                break;
            case (Op.Move, Op.Return) when first.B == Operand.Encode(Operand.X, 0):
                first.Op = Op.MoveReturn;
                break;
            case (Op.IsTuple, Op.TestArity) when first.A == second.A && first.B == second.B:
                (first.Op, first.C) = (Op.IsTupleOfArity, second.C);
                break;
            case (Op.IsNonemptyList, Op.GetList) when first.B == second.A:
                (first.Op, first.C, first.D) = (Op.IsNonemptyListGetList, second.B, second.C);
                break;
            case (Op.TestHeap, Op.PutList):
                (first.Op, first.C, first.D, first.E) = (Op.TestHeapPutList, second.A, second.B, second.C);
                break;
        }
    }

    // is_eq_exact / is_ne_exact Fail x(N) Constant: the register index and constant index directly.
    private static void SpecializeCompareWithConstant(ref Instr instr)
    {
        if (Operand.Kind(instr.B) != Operand.X || Operand.Kind(instr.C) != Operand.Const)
            return;
        instr.Op = instr.Op == Op.IsEqExact ? Op.IsEqExactXC : Op.IsNeExactXC;
        (instr.B, instr.C) = (Operand.Index(instr.B), Operand.Index(instr.C));
    }

    // select_val on small integers within a dense range: Extra gets [min, target...] and the
    // instruction indexes it (C start, D span); values outside the range go to Fail.
    private static void TryJumpTable(ref Instr instr, LoadedModule module, List<int> extra)
    {
        var pairs = instr.D / 2;
        if (pairs < MinJumpTableSize)
            return;
        long min = long.MaxValue, max = long.MinValue;
        for (var p = 0; p < pairs; p++)
        {
            var value = Constant(module, module.Extra[instr.C + 2 * p]);
            if (value is not { IsSmall: true })
                return;
            min = Math.Min(min, value.Value.SmallValue);
            max = Math.Max(max, value.Value.SmallValue);
        }
        var span = max - min + 1;
        if (span > MaxJumpTableSpan || span > 2 * pairs + 8 || min < int.MinValue || min > int.MaxValue)
            return;
        var table = new int[span + 1];
        table[0] = (int)min;
        Array.Fill(table, instr.B, 1, (int)span);
        for (var p = 0; p < pairs; p++)
        {
            var value = Constant(module, module.Extra[instr.C + 2 * p])!.Value.SmallValue;
            table[1 + value - min] = module.Extra[instr.C + 2 * p + 1];
        }
        var start = extra.Count;
        extra.AddRange(table);
        (instr.Op, instr.C, instr.D) = (Op.SelectValJumpTable, start, (int)span);
    }

    private static Term? Constant(LoadedModule module, int operand) =>
        Operand.Kind(operand) == Operand.Const ? module.Constants[Operand.Index(operand)] : null;
}
