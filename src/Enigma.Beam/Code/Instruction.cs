namespace Enigma.Beam.Code;

/// <summary>One generic instruction as erlc wrote it, with its operands decoded.</summary>
/// <param name="Offset">Byte offset of the opcode in the file, for messages.</param>
public readonly record struct Instruction(GenericOp Op, Operand[] Operands, int Offset)
{
    public string Name => GenericOps.Info(Op).Name;

    public override string ToString() => $"{{{Name},[{string.Join(",", Operands)}]}}";
}
