using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>The cold path: instruction families that are rare or long, out of the main switch.</summary>
public sealed partial class Interpreter
{
    /// <summary>Runs one instruction; false when it raised (the caller unwinds).</summary>
    internal bool ExecuteSlow(Process p, ref Instr i, Term[] x, ref int pc, LoadedModule module)
    {
        var stack = p.Stack;
        var sp = p.Sp;
        var consts = module.Constants;
        switch (i.Op)
        {
            case Op.Fconv:
            {
                var t = Get(i.A, x, stack, sp, consts);
                if (!t.IsNumber)
                {
                    p.Raise(ErrorClass.Error, Atoms.Badarith);
                    return false;
                }
                var d = t.IsFloat ? t.FloatValue : (double)t.BigValue;
                if (!double.IsFinite(d))
                {
                    p.Raise(ErrorClass.Error, Atoms.Badarith);
                    return false;
                }
                _fr[Operand.Index(i.B)] = d;
                pc++;
                return true;
            }
            case Op.Fnegate:
                _fr[Operand.Index(i.C)] = -_fr[Operand.Index(i.B)];
                pc++;
                return true;
            case Op.GetMapElements or Op.PutMapAssoc or Op.PutMapExact or Op.HasMapFields:
                return ExecuteMap(p, ref i, x, ref pc, module);
            case Op.BsCreateBin or Op.BsInitWritable or Op.BsStartMatch3 or Op.BsStartMatch4 or Op.BsGetPosition
                or Op.BsSetPosition or Op.BsGetTail or Op.BsGetInteger2 or Op.BsGetFloat2 or Op.BsGetBinary2
                or Op.BsSkipBits2 or Op.BsTestTail2 or Op.BsTestUnit or Op.BsMatchString or Op.BsGetUtf8
                or Op.BsGetUtf16 or Op.BsGetUtf32 or Op.BsSkipUtf8 or Op.BsSkipUtf16 or Op.BsSkipUtf32:
                return ExecuteBinary(p, ref i, x, ref pc, module);
            default:
                throw new NotSupportedException($"instruction {i.Op} is not implemented yet (see notes/conformance.md)");
        }
    }
}
