using Enigma.Beam;
using Enigma.Runtime.Code;

namespace Enigma.Runtime.Tests.Loading;

/// <summary>
/// Each rule of the specialiser fires on real code. That the specialised code computes
/// what the generic code does is shown by CoreFixtureTests, which runs every case both ways.
/// </summary>
public sealed class SpecializerTests
{
    private static LoadedModule Load(bool specialize)
    {
        var file = BeamReader.ReadFile(Path.Combine(RepoPaths.Fixtures, "core", "core_basics.beam"));
        var exports = new ExportTable();
        Bifs.BifTable.Register(exports);
        return new CodeServer(exports, OtpBeams.Otp.EbinDirectories, specialize).Load(file);
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
    public void RuleFires(Op specialized)
    {
        Assert.Contains(Load(specialize: true).Code, i => i.Op == specialized);
        Assert.DoesNotContain(Load(specialize: false).Code, i => i.Op == specialized);
    }

    [Fact]
    public void SpecialisingKeepsTheInstructionCount()
    {
        Assert.Equal(Load(specialize: false).Code.Length, Load(specialize: true).Code.Length);
    }
}
