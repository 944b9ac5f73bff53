using Enigma.Beam.Code;

namespace Enigma.Runtime.Loading;

/// <summary>
/// What each operand of a generic instruction becomes in an <see cref="Code.Instr"/> field,
/// one character per operand, fields filled from A onwards:
/// <list type="bullet">
/// <item><c>s</c> a value (register, constant or float register), see <see cref="Code.Operand"/></item>
/// <item><c>d</c> a destination (x, y or float register), same encoding</item>
/// <item><c>f</c> a label, as an instruction index (label 0: -1, "raise instead")</item>
/// <item><c>F</c> a label, or the atoms no_fail / resume (bs_start_match4): -1 / -2</item>
/// <item><c>u</c> a plain number (arity, live count, unit, flags, index into a table)</item>
/// <item><c>a</c> a heap need (a number or an allocation list), in words</item>
/// <item><c>l</c> a list: two fields, start and count in the module's extra table
///   (elements encoded as <c>s</c>, labels as <c>f</c>)</item>
/// </list>
/// Instructions OTP 25's erlc never emits are absent (obsolete ones, make_fun2, the pre-OTP 25
/// binary construction family): loading one is an error naming it.
/// </summary>
internal static class OperandShapes
{
    public static string? Of(GenericOp op) => op switch
    {
        GenericOp.Label => "u",
        GenericOp.FuncInfo => "ssu",
        GenericOp.IntCodeEnd or GenericOp.Return or GenericOp.Send or GenericOp.RemoveMessage or GenericOp.Timeout
            or GenericOp.IfEnd or GenericOp.Fclearerror or GenericOp.BuildStacktrace or GenericOp.RawRaise
            or GenericOp.OnLoad or GenericOp.NifStart or GenericOp.BsInitWritable => "",
        GenericOp.Call or GenericOp.CallOnly => "uf",
        GenericOp.CallLast => "ufu",
        GenericOp.CallExt or GenericOp.CallExtOnly => "uu",
        GenericOp.CallExtLast => "uuu",
        GenericOp.Bif0 => "ud",
        GenericOp.Bif1 => "fusd",
        GenericOp.Bif2 => "fussd",
        GenericOp.GcBif1 => "fuusd",
        GenericOp.GcBif2 => "fuussd",
        GenericOp.GcBif3 => "fuusssd",
        GenericOp.Allocate or GenericOp.AllocateZero => "uu",
        GenericOp.AllocateHeap or GenericOp.AllocateHeapZero => "uau",
        GenericOp.TestHeap => "au",
        GenericOp.Init => "d",
        GenericOp.InitYregs => "l",
        GenericOp.Deallocate => "u",
        GenericOp.Trim => "uu",
        GenericOp.LoopRec => "fd",
        GenericOp.LoopRecEnd or GenericOp.Wait or GenericOp.Jump => "f",
        GenericOp.WaitTimeout => "fs",
        GenericOp.RecvMarkerBind => "ss",
        GenericOp.RecvMarkerClear or GenericOp.RecvMarkerUse => "s",
        GenericOp.RecvMarkerReserve => "d",
        GenericOp.IsLt or GenericOp.IsGe or GenericOp.IsEq or GenericOp.IsNe
            or GenericOp.IsEqExact or GenericOp.IsNeExact => "fss",
        GenericOp.IsInteger or GenericOp.IsFloat or GenericOp.IsNumber or GenericOp.IsAtom or GenericOp.IsPid
            or GenericOp.IsReference or GenericOp.IsPort or GenericOp.IsNil or GenericOp.IsBinary or GenericOp.IsList
            or GenericOp.IsNonemptyList or GenericOp.IsTuple or GenericOp.IsFunction or GenericOp.IsBoolean
            or GenericOp.IsBitstr or GenericOp.IsMap => "fs",
        GenericOp.TestArity => "fsu",
        GenericOp.IsFunction2 => "fss",
        GenericOp.IsTaggedTuple => "fsus",
        GenericOp.SelectVal or GenericOp.SelectTupleArity => "sfl",
        GenericOp.Catch or GenericOp.Try => "df",
        GenericOp.CatchEnd or GenericOp.TryEnd or GenericOp.TryCase => "d",
        GenericOp.TryCaseEnd or GenericOp.Badmatch or GenericOp.CaseEnd or GenericOp.Badrecord => "s",
        GenericOp.Raise => "ss",
        GenericOp.Move => "sd",
        GenericOp.Swap => "dd",
        GenericOp.GetList => "sdd",
        GenericOp.GetHd or GenericOp.GetTl => "sd",
        GenericOp.GetTupleElement => "sud",
        GenericOp.SetTupleElement => "sdu",
        GenericOp.PutList => "ssd",
        GenericOp.PutTuple2 => "dl",
        GenericOp.CallFun => "u",
        GenericOp.CallFun2 => "sus",
        GenericOp.MakeFun3 => "udl",
        GenericOp.Apply => "u",
        GenericOp.ApplyLast => "uu",
        GenericOp.GetMapElements => "fsl",
        GenericOp.HasMapFields => "fsl",
        GenericOp.PutMapAssoc or GenericOp.PutMapExact => "fsdul",
        GenericOp.Fcheckerror => "f",
        GenericOp.Fmove or GenericOp.Fconv => "sd",
        GenericOp.Fadd or GenericOp.Fsub or GenericOp.Fmul or GenericOp.Fdiv => "fssd",
        GenericOp.Fnegate => "fsd",
        // Binary matching.
        GenericOp.BsStartMatch3 => "fsud",
        GenericOp.BsStartMatch4 => "Fusd",
        GenericOp.BsGetPosition or GenericOp.BsGetTail => "sdu",
        GenericOp.BsSetPosition => "ss",
        GenericOp.BsGetInteger2 or GenericOp.BsGetFloat2 or GenericOp.BsGetBinary2 => "fsusuud",
        GenericOp.BsSkipBits2 => "fssuu",
        GenericOp.BsTestTail2 or GenericOp.BsTestUnit => "fsu",
        GenericOp.BsMatchString => "fsuu",
        GenericOp.BsGetUtf8 or GenericOp.BsGetUtf16 or GenericOp.BsGetUtf32 => "fsuud",
        GenericOp.BsSkipUtf8 or GenericOp.BsSkipUtf16 or GenericOp.BsSkipUtf32 => "fsuu",
        // Binary construction: OTP 25's erlc emits bs_create_bin and bs_init_writable (the older bs_init2 /
        // bs_put_* family comes from older compilers and is not supported).
        GenericOp.BsCreateBin => "fauudl",
        _ => null,
    };
}
