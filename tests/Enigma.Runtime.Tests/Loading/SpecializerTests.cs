using Enigma.Beam;
using Enigma.Runtime.Code;

namespace Enigma.Runtime.Tests.Loading;

/// <summary>
/// Each rule of the specialiser fires on real code. That the specialised code computes
/// what the generic code does is shown by CoreFixtureTests, which runs every case both ways.
/// </summary>
public sealed class SpecializerTests
{
    /// <summary>A fixture ("core/core_basics") or, without a slash, a module of the installed OTP.</summary>
    private static LoadedModule Load(bool specialize, string module = "core/core_basics")
    {
        var path = module.Contains('/') ? Path.Combine(RepoPaths.Fixtures, module + ".beam") : OtpBeams.Path(module);
        var exports = new ExportTable();
        Bifs.BifTable.Register(exports);
        return new CodeServer(exports, OtpBeams.Otp.EbinDirectories, specialize).Load(BeamReader.ReadFile(path));
    }

    [Theory]
    [InlineData(Op.MoveXX)]
    [InlineData(Op.MoveXY)]
    [InlineData(Op.MoveYX)]
    [InlineData(Op.MoveCX)]
    [InlineData(Op.CallBif)]
    [InlineData(Op.CallBifOnly)]
    [InlineData(Op.IsEqExactXC)]
    [InlineData(Op.SelectValJumpTable)]
    [InlineData(Op.Add)]
    [InlineData(Op.Subtract)]
    [InlineData(Op.Multiply)]
    [InlineData(Op.BitAnd, "rand")]
    [InlineData(Op.BitOr, "rand")]
    [InlineData(Op.BitXor, "rand")]
    [InlineData(Op.ShiftLeft, "rand")]
    [InlineData(Op.ShiftRight, "rand")]
    [InlineData(Op.Divide, "ints/int_divrem")]
    [InlineData(Op.Remainder, "ints/int_divrem")]
    [InlineData(Op.DeallocateReturn)]
    [InlineData(Op.MoveReturn)]
    [InlineData(Op.IsTupleOfArity)]
    [InlineData(Op.IsNonemptyListGetList)]
    [InlineData(Op.TestHeapPutList)]
    public void RuleFires(Op specialized, string module = "core/core_basics")
    {
        Assert.Contains(Load(specialize: true, module).Code, i => i.Op == specialized);
        Assert.DoesNotContain(Load(specialize: false, module).Code, i => i.Op == specialized);
    }

    /// <summary>A fused pair keeps its second instruction in place: a jump to it still finds it.</summary>
    [Fact]
    public void FusingKeepsTheSecondInstruction()
    {
        var generic = Load(specialize: false).Code;
        var fused = Load(specialize: true).Code;
        for (var k = 0; k < fused.Length; k++)
        {
            if (fused[k].Op is Op.DeallocateReturn or Op.MoveReturn or Op.IsTupleOfArity or Op.IsNonemptyListGetList or Op.TestHeapPutList)
                Assert.Equal(generic[k + 1].Op, fused[k + 1].Op);
        }
    }

    [Fact]
    public void SpecialisingKeepsTheInstructionCount()
    {
        Assert.Equal(Load(specialize: false).Code.Length, Load(specialize: true).Code.Length);
    }
}
