namespace Enigma.Beam.Code;

/// <summary>
/// Which tag-u operands index the module's tables: imports (calls and BIFs), lambdas
/// (funs) and the string table. Used to check the indices and to resolve them.
/// </summary>
public static class TableOperands
{
    /// <summary>Position of the import-table index among the operands, or -1.</summary>
    public static int ImportPosition(GenericOp op) => op switch
    {
        GenericOp.CallExt or GenericOp.CallExtLast or GenericOp.CallExtOnly => 1,
        GenericOp.Bif0 => 0,
        GenericOp.Bif1 or GenericOp.Bif2 => 1,
        GenericOp.GcBif1 or GenericOp.GcBif2 or GenericOp.GcBif3 => 2,
        _ => -1,
    };

    /// <summary>Position of the lambda-table index among the operands, or -1.</summary>
    public static int LambdaPosition(GenericOp op) => op is GenericOp.MakeFun2 or GenericOp.MakeFun3 ? 0 : -1;

    /// <summary>The (offset, byte length) of the string-table slice an instruction reads, or null.</summary>
    public static (long Offset, long Length)? StringSlice(in Instruction instruction) => instruction.Op switch
    {
        // bs_put_string Length Offset
        GenericOp.BsPutString => (instruction.Operands[1].Value, instruction.Operands[0].Value),
        // bs_match_string Fail Context Bits Offset
        GenericOp.BsMatchString => (instruction.Operands[3].Value, (instruction.Operands[2].Value + 7) / 8),
        _ => null,
    };
}
