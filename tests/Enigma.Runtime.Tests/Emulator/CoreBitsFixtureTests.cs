namespace Enigma.Runtime.Tests.Emulator;

/// <summary>
/// otp-fixtures/core/core_bits: binary construction (bs_create_bin) and matching, binary
/// comprehensions, appends, bit syntax errors, the external term format, iolists and the
/// binary BIFs, each case compared with what erl printed, with and without the loader's
/// specialisations.
/// </summary>
public sealed class CoreBitsFixtureTests
{
    private static readonly FixtureRunner Fixture = new("core", "core_bits");

    public static TheoryData<string, bool, bool> Cases => Fixture.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void ResultEqualsErl(string name, bool specialize, bool compileAll) => Fixture.AssertCase(name, specialize, compileAll);
}
