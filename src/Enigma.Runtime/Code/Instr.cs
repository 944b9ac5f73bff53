using System.Runtime.InteropServices;

namespace Enigma.Runtime.Code;

/// <summary>
/// One loaded instruction: fixed width, operands already decoded. What each field
/// holds depends on <see cref="Op"/> (see Loading/OperandShapes.cs); operand values use
/// <see cref="Operand"/>'s encoding, labels are instruction indices (-1: none), lists are
/// a start index and a count in <see cref="LoadedModule.Extra"/>.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct Instr
{
    public Op Op;
    public int A;
    public int B;
    public int C;
    public int D;
    public int E;
    public int F;
    public int G;

    public override readonly string ToString() => $"{Op} {A} {B} {C} {D} {E} {F} {G}";
}

/// <summary>
/// Encoding of a value operand in an instruction field: the low two bits say where the
/// value lives (x register, y register, constant table, float register), the rest is the index.
/// </summary>
public static class Operand
{
    public const int X = 0, Y = 1, Const = 2, FloatReg = 3;

    public static int Encode(int kind, int index) => (index << 2) | kind;

    public static int Kind(int operand) => operand & 3;

    public static int Index(int operand) => operand >> 2;
}
