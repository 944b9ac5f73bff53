using Enigma.Beam.Disassembly;
using Enigma.Beam.Etf;

namespace Enigma.Beam.Tests.Disassembly;

/// <summary>Type chunk entries against beam_types:decode_ext/1 as OTP 25.2.3's erl gives them.</summary>
public sealed class TypeShapesTests
{
    [Theory]
    [InlineData(0, "none")]
    [InlineData(3, "{t_union,{t_atom,any},none,none,none,{t_bitstring,1}}")]
    [InlineData(6, "{t_bs_matchable,1}")]
    [InlineData(7, "{t_union,{t_atom,any},none,none,none,{t_bs_matchable,1}}")]
    [InlineData(8, "{t_cons,any,any}")]
    [InlineData(9, "{t_union,{t_atom,any},{t_cons,any,any},none,none,none}")]
    [InlineData(14, "{t_union,none,{t_cons,any,any},none,none,{t_bs_matchable,1}}")]
    [InlineData(80, "number")]
    [InlineData(96, "{t_union,none,none,{t_integer,any},none,{t_fun,any,any,any}}")]
    [InlineData(256, "nil")]
    [InlineData(264, "{t_list,any,any}")]
    [InlineData(320, "{t_union,none,nil,{t_integer,any},none,none}")]
    [InlineData(328, "{t_union,none,{t_list,any,any},{t_integer,any},none,none}")]
    [InlineData(1536, "any")]
    [InlineData(2048, "reference")]
    [InlineData(4096, "{t_tuple,0,false,#{}}")]
    [InlineData(4097, "{t_union,{t_atom,any},none,none,{t_tuple,0,false,#{}},none}")]
    [InlineData(4106, "{t_union,none,{t_cons,any,any},none,{t_tuple,0,false,#{}},{t_bitstring,1}}")]
    [InlineData(4360, "{t_union,none,{t_list,any,any},none,{t_tuple,0,false,#{}},none}")]
    [InlineData(4608, "{t_union,none,none,none,{t_tuple,0,false,#{}},pid}")]
    [InlineData(8191, "any")]
    public void DecodesLikeBeamTypes(int bits, string expected)
    {
        var decoded = TypeShapes.Decode(new TypeEntry((ushort)bits, 0, -1));
        Assert.Equal($"{{{expected},0,18446744073709551615}}", ETermFormatter.Format(decoded));
    }

    [Fact]
    public void RangeIsReadAsUnsigned()
    {
        var decoded = TypeShapes.Decode(new TypeEntry(64, -288230376151711743, 288230376151711743));
        Assert.Equal("{{t_integer,any},18158513697557839873,288230376151711743}", ETermFormatter.Format(decoded));
    }
}
