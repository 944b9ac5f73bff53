%% Bit syntax construction and matching: sizes, units, endianness, signedness,
%% floats, binary/bits tails, and printing of binaries and bitstrings.
-module(bin_syntax).
-export([main/1]).

main(_Args) ->
    B1 = <<1, 2, 3>>,
    B2 = <<16#1234:16, 16#1234:16/little, -1:8/signed, 300:8, 5:4, 6:4>>,
    io:format("~w ~w~n", [B1, B2]),
    io:format("~p~n", [<<"hello", 0, "world">>]),
    io:format("~w~n", [<<1:1, 0:1, 1:1>>]),
    io:format("~w~n", [<<7:3, 255:8>>]),
    io:format("~w~n", [<<(1 bsl 70):72, -2:16/big-signed, -2:16/little-signed>>]),
    io:format("~w~n", [<<1.5:32/float, 1.5:64/float, -2.0:64/little-float>>]),
    X = 42, Size = 12,
    io:format("~w~n", [<<X:Size, X:Size/little>>]),
    <<A:4, B:4, Rest/binary>> = <<16#AB, 16#CD, 16#EF>>,
    io:format("~w ~w ~w~n", [A, B, Rest]),
    <<S:16/signed-little, U:16/unsigned-big, F:32/float, T/bits>> = <<254, 255, 1, 0, 64, 73, 15, 219, 5:3>>,
    io:format("~w ~w ~w ~w~n", [S, U, F, T]),
    <<Len:8, Payload:Len/binary, Tail/binary>> = <<3, "abcdef">>,
    io:format("~p ~p~n", [Payload, Tail]),
    <<Bits:10/bits, _/bits>> = <<255, 0>>,
    io:format("~w ~w ~w~n", [Bits, bit_size(Bits), byte_size(Bits)]),
    io:format("~w~n", [[bit_size(<<>>), bit_size(<<1:13>>), byte_size(<<1:13>>)]]),
    io:format("~w~n", [<<<<1, 2>>/binary, <<3:4>>/bits, 1:4>>]),
    io:format("~w~n", [<<"abc"/utf8, "d"/utf16, "e"/utf32>>]),
    io:format("~w~n", [decode_tlv(<<1, 2, 10, 20, 2, 1, 99, 3, 0>>)]),
    io:format("~w~n", [[is_binary(<<1:8>>), is_binary(<<1:7>>), is_bitstring(<<1:7>>)]]),
    io:format("~w~n", [<<0:64, 1:64/unit:1, 2:2/unit:8>>]),
    io:format("~p~n", [<<"a long binary that will wrap when printed with the pretty printer because it is longer than eighty characters">>]),
    io:format("~p~n", [[<<200, 201>>, <<"ok">>, <<"tab\t">>, <<1, 2, 300:16>>]]),
    io:format("~w~n", [<<-1:70>>]),
    io:format("~p~n", [try <<(id(a)):8>> catch C:R -> {C, R} end]),
    io:format("~p~n", [try <<(id(1.5)):8>> catch C2:R2 -> {C2, R2} end]),
    io:format("~p~n", [try <<1:(id(-1))>> catch C3:R3 -> {C3, R3} end]),
    io:format("~p~n", [try <<(id(<<1:3>>))/binary>> catch C4:R4 -> {C4, R4} end]),
    ok.

decode_tlv(<<>>) -> [];
decode_tlv(<<Type:8, Len:8, Value:Len/binary, Rest/binary>>) -> [{Type, Value} | decode_tlv(Rest)].

id(X) -> X.
