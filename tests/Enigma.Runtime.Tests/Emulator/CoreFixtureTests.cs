namespace Enigma.Runtime.Tests.Emulator;

/// <summary>
/// otp-fixtures/core/core_basics: each line of the recorded output is {Name, Result} as
/// real erl printed it; here core_basics:run(Name) runs on the emulator and its result
/// is printed the same way (~w), once with the loader's specialisations and once without,
/// which pins every specialised instruction to its generic form; each also with every
/// function compiled by the compiling tier, which pins the compiled forms too.
/// </summary>
public sealed class CoreFixtureTests
{
    private static readonly FixtureRunner Fixture = new("core", "core_basics");

    public static TheoryData<string, bool, bool> Cases => Fixture.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void ResultEqualsErl(string name, bool specialize, bool compileAll) => Fixture.AssertCase(name, specialize, compileAll);
}
