using Enigma.Beam.Code;

namespace Enigma.Beam.Tests.Code;

public sealed class GenericOpsTests
{
    [Fact]
    public void TableEqualsTheOtp25CompilersOpcodes()
    {
        // {Number,Name,Arity} per line, from beam_opcodes:opname/1 of OTP 25.
        var expected = File.ReadAllLines(Path.Combine(RepoPaths.Fixtures, "beam", "genop_ref.out"));
        var actual = Enumerable.Range(1, GenericOps.MaxOpcode)
            .Select(n => GenericOps.Find(n)!.Value)
            .Select(i => $"{{{(int)i.Op},{Quote(i.Name)},{i.Arity}}}");
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(GenericOps.MaxOpcode + 1)]
    [InlineData(255)]
    public void UnknownNumbersHaveNoEntry(int number) => Assert.Null(GenericOps.Find(number));

    [Fact]
    public void ObsoleteOpcodesAreMarked()
    {
        Assert.True(GenericOps.Info(GenericOp.MPlus).Obsolete);
        Assert.True(GenericOps.Info(GenericOp.BsStartMatch2).Obsolete);
        Assert.False(GenericOps.Info(GenericOp.BsCreateBin).Obsolete);
        Assert.Equal(36, Enumerable.Range(1, GenericOps.MaxOpcode).Count(n => GenericOps.Find(n)!.Value.Obsolete));
    }

    // ~w quotes the two opcode names that are reserved words.
    private static string Quote(string name) => name is "try" or "catch" ? $"'{name}'" : name;
}
