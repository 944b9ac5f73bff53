%% Conversions and BIFs on binaries: term_to_binary/binary_to_term round
%% trips, iolists, bitstring_to_list, sub-binaries and byte/bit sizes.
-module(bin_convert).
-export([main/1]).

main(_Args) ->
    Terms = [42, -1, 1 bsl 80, 3.5, atom, "str", <<"bin">>, <<1:3>>, {a, [b, #{c => d}]}, [], {}],
    lists:foreach(fun(T) ->
                          Bin = term_to_binary(T),
                          io:format("~w ~w ~w~n", [T, Bin, binary_to_term(Bin) =:= T])
                  end, Terms),
    io:format("~w~n", [term_to_binary([1, 2, 3], [{minor_version, 2}])]),
    C = term_to_binary(lists:duplicate(100, $a), [compressed]),
    io:format("~w ~w~n", [byte_size(C), binary_to_term(C) =:= lists:duplicate(100, $a)]),
    io:format("~p~n", [try binary_to_term(<<131, 200>>) catch E:R -> {E, R} end]),
    io:format("~p~n", [binary_to_term(<<131, 100, 0, 3, "foo">>)]),
    io:format("~w~n", [[bitstring_to_list(<<1, 2, 3:4>>), list_to_bitstring([1, <<2:4>>])]]),
    Big = list_to_binary(lists:seq(0, 255)),
    Sub = binary:part(Big, 100, 50),
    <<_:10/binary, Sub2:20/binary, _/binary>> = Sub,
    io:format("~w ~w ~w~n", [byte_size(Big), byte_size(Sub), Sub2]),
    io:format("~w~n", [[byte_size(<<1:9>>), bit_size(<<1:9>>), bit_size(Sub2)]]),
    io:format("~w~n", [iolist_to_binary([<<"a">>, [98, [<<"c">>, []]], "d"])]),
    io:format("~w~n", [erlang:iolist_size([<<1, 2>>, 3, [4, [5]]])]),
    io:format("~p~n", [try iolist_to_binary([256]) catch E2:R2 -> {E2, R2} end]),
    io:format("~p~n", [try iolist_to_binary([<<1:3>>]) catch E3:R3 -> {E3, R3} end]),
    io:format("~w~n", [list_to_binary([[], <<>>, [[]]])]),
    io:format("~w~n", [erlang:crc32(<<"hello">>)]),
    io:format("~w~n", [erlang:adler32(<<"hello">>)]),
    io:format("~w~n", [erlang:md5(<<"abc">>)]),
    io:format("~w~n", [[erlang:phash2(<<"abc">>), erlang:phash2({a, 1}), erlang:phash2([1, 2, 3], 1000)]]),
    io:format("~w~n", [binary_to_list(term_to_binary(<<"xyz">>))]),
    io:format("~w~n", [term_to_binary(#{a => 1, b => [2.0]})]),
    io:format("~w~n", [binary_to_term(term_to_binary(self())) =:= self()]),
    io:format("~w~n", [erlang:external_size({a, <<"bin">>, 1 bsl 64})]),
    ok.
