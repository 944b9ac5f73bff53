using System.Numerics;
using Enigma.Runtime.Bifs;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Emulator;

/// <summary>
/// otp-fixtures/core/core_system: number formatting, the process dictionary, time, hashes,
/// module_info, system_info, math and the OS environment, each case compared with what erl
/// printed, with and without the loader's specialisations. erlang:display/1 writes to the
/// node's standard output, which the fixture cannot see, so its text is checked here
/// against what erl 25 wrote (captured with od -c).
/// </summary>
public sealed class CoreSystemFixtureTests
{
    private static readonly FixtureRunner Fixture = new("core", "core_system");

    public static TheoryData<string, bool, bool> Cases => Fixture.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void ResultEqualsErl(string name, bool specialize, bool compileAll) => Fixture.AssertCase(name, specialize, compileAll);

    private static Term A(string name) => Atoms.Intern(name);

    private static Term S(long value) => Term.Small(value);

    private static Term Bin(params byte[] bytes) => Term.Bitstring(Bitstring.Of(bytes));

    /// <summary>Terms and the line erl's erlang:display/1 printed for each (without its "\r\n").</summary>
    public static TheoryData<string, string> DisplayCases => new()
    {
        { "atoms", "[abc,'Abc','a b','',aé,'Aé','a\\200b',ab_C9,é,'hello@world','a.b','\\t','a\\\\b','it\\'s','\\n','hello world',λ_quoted]" },
        { "strings", "[\"abc\",[1,2,3],[97,98|c],\"a\\nb\",[97,256],[[]],[],[0],[7,8,9,10,11,12,13,27],\"\\\"\\\",[127],\"~\",[a|b],\"a\rb\",\"a\tb\",[97,128],\"a\u00a0\",[955],[a,98,99]]" },
        { "floats", "[1.000000e+00,1.000000e-01,1.234568e+05,-1.000000e-10,4.940656e-324,1.797693e+308,1.500000e+00,-0.000000e+00,1.000000e+100]" },
        { "binaries", "[<<1,2,3>>,<<\"abc\">>,<<1:3>>,<<>>,<<\"\\\"\\\">>,<<97,10,98>>,<<255>>,<<1,2:4>>]" },
        { "others", "[{a,1.500000e+00},{},#{1=>a,a=>1,\"s\"=><<>>},fun lists:map/2,fun 'A':'b c'/0,-123456789012345678901234567890,true,-5,<0.5.1>]" },
    };

    [Theory]
    [MemberData(nameof(DisplayCases))]
    public void DisplayPrintsAsErl(string name, string expected)
    {
        var heap = new Heap();
        var node = new Node([], TextWriter.Null);
        var term = name switch
        {
            "atoms" => heap.List([.. new[] { "abc", "Abc", "a b", "", "a\u00e9", "A\u00e9", "a\u0080b", "ab_C9", "\u00e9", "hello@world", "a.b", "\t", "a\\b", "it's", "\n", "hello world" }
                .Select(A), A("\u03bb")]),
            "strings" => heap.List([
                heap.String("abc"), heap.List([S(1), S(2), S(3)]), heap.List([S(97), S(98)], A("c")), heap.String("a\nb"),
                heap.List([S(97), S(256)]), heap.List([Term.Nil]), heap.String(""), heap.List([S(0)]),
                heap.List([S(7), S(8), S(9), S(10), S(11), S(12), S(13), S(27)]), heap.String("\"\\"), heap.List([S(127)]),
                heap.String("~"), heap.Cons(A("a"), A("b")), heap.String("a\rb"), heap.String("a\tb"), heap.List([S(97), S(128)]),
                heap.List([S(97), S(160)]), heap.List([S(955)]), heap.Cons(A("a"), heap.String("bc")),
            ]),
            "floats" => heap.List([.. new[] { 1.0, 0.1, 123456.789, -1.0e-10, 5.0e-324, 1.7976931348623157e308, 1.5, -0.0, 1.0e100 }
                .Select(heap.Float)]),
            "binaries" => heap.List([
                Bin(1, 2, 3), Bin("abc"u8.ToArray()), Term.Bitstring(new Bitstring([0b0010_0000], 0, 3)), Bin(),
                Bin((byte)'"', (byte)'\\'), Bin(97, 10, 98), Bin(255), Term.Bitstring(new Bitstring([1, 0b0010_0000], 0, 12)),
            ]),
            _ => heap.List([
                heap.Tuple([A("a"), heap.Float(1.5)]), heap.Tuple([]),
                heap.FlatMap([S(1), A("a"), heap.String("s")], [A("a"), S(1), Bin()]),
                Term.Other(new Code.ExportFun(node.Exports.Get(A("lists"), A("map"), 2))),
                Term.Other(new Code.ExportFun(node.Exports.Get(A("A"), A("b c"), 0))),
                Term.Integer(-BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture)),
                Atoms.True, S(-5), Term.Pid((1L << TermReader.PidNumberBits) | 5),
            ]),
        };
        // 'λ' needs quotes (erts quotes any atom with a character past U+00FF); mark it in the expected text.
        Assert.Equal(expected.Replace("λ_quoted", "'\u03bb'", StringComparison.Ordinal), DisplayPrinter.Print(term));
    }

    [Fact]
    public void DisplayWritesALineWithCrLfToTheNodesStdout()
    {
        var stdout = new StringWriter();
        var node = new Node([], stdout);
        var display = node.Exports.Get(Atoms.Erlang, A("display"), 1);

        var (result, process) = ProgramRunner.Call(node, display, heap => [heap.Tuple([A("a"), heap.String("b")])]);

        Assert.Equal(RunResult.Finished, result);
        Assert.Equal(Atoms.True.Raw, process.Result.Raw);
        Assert.Equal("{a,\"b\"}\r\n", stdout.ToString());
    }

    [Fact]
    public void DisplayStringWritesToStderrAndTakesOnlyFlatStrings()
    {
        var stderr = new StringWriter();
        var node = new Node([], TextWriter.Null, stderr: stderr);
        var displayString = node.Exports.Get(Atoms.Erlang, A("display_string"), 1);

        var (ok, _) = ProgramRunner.Call(node, displayString, heap => [heap.String("hi\n\u0100")]);
        var (bad, crashed) = ProgramRunner.Call(node, displayString, heap => [heap.List([heap.String("a"), S(98)])]);

        Assert.Equal(RunResult.Finished, ok);
        Assert.Equal("hi\r\n\u0100", stderr.ToString());
        Assert.Equal(RunResult.Crashed, bad);
        Assert.Equal(Atoms.Badarg.Raw, crashed.ErrorReason.Raw);
    }
}
