namespace Enigma.Runtime.Tests.Emulator;

/// <summary>
/// otp-fixtures/core/core_maps: map instructions, map BIFs and the Erlang half of the maps
/// module (from OTP's maps.beam), each case compared with what erl printed, with and
/// without the loader's specialisations.
/// </summary>
public sealed class CoreMapsFixtureTests
{
    private static readonly FixtureRunner Fixture = new("core", "core_maps");

    public static TheoryData<string, bool, bool> Cases => Fixture.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void ResultEqualsErl(string name, bool specialize, bool compileAll) => Fixture.AssertCase(name, specialize, compileAll);
}
