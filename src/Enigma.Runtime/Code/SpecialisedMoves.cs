namespace Enigma.Runtime.Code;

/// <summary>
/// The specialised moves (<see cref="Op.MoveXX"/> ... <see cref="Op.MoveCY"/>): move with both
/// operand kinds in the opcode and the bare indexes in A and B. The specialiser picks them;
/// the compiling tier reads the kinds back.
/// </summary>
internal static class SpecialisedMoves
{
    private static readonly (Op Op, int Source, int Destination)[] Forms =
    [
        (Op.MoveXX, Operand.X, Operand.X),
        (Op.MoveXY, Operand.X, Operand.Y),
        (Op.MoveYX, Operand.Y, Operand.X),
        (Op.MoveYY, Operand.Y, Operand.Y),
        (Op.MoveCX, Operand.Const, Operand.X),
        (Op.MoveCY, Operand.Const, Operand.Y),
    ];

    /// <summary>The form for these operand kinds; none for a float register.</summary>
    public static Op? For(int source, int destination)
    {
        foreach (var form in Forms)
        {
            if (form.Source == source && form.Destination == destination)
                return form.Op;
        }
        return null;
    }

    /// <summary>The operand kinds <paramref name="op"/> stands for; null when it is no specialised move.</summary>
    public static (int Source, int Destination)? KindsOf(Op op)
    {
        foreach (var form in Forms)
        {
            if (form.Op == op)
                return (form.Source, form.Destination);
        }
        return null;
    }
}
