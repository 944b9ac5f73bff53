namespace Enigma.Runtime.Tests.Emulator;

/// <summary>
/// otp-fixtures/core/core_basics: each line of the recorded output is {Name, Result} as
/// real erl printed it; here core_basics:run(Name) runs on the emulator and its result
/// is printed the same way (~w), once with the loader's specialisations and once without,
/// which pins every specialised instruction to its generic form.
/// </summary>
public sealed class CoreFixtureTests
{
    private static readonly FixtureRunner Fixture = new("core", "core_basics");

    public static TheoryData<string, bool> Cases => Fixture.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void ResultEqualsErl(string name, bool specialize) => Fixture.AssertCase(name, specialize);
}
