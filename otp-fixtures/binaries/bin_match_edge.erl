%% Bit-syntax matching edge cases: unaligned fields, sizes from earlier
%% segments, big integer fields, skipped bits, tail tests in function heads,
%% and matching on sub-binaries of sub-binaries.
-module(bin_match_edge).
-export([main/1]).

main(_Args) ->
    B = <<16#DEADBEEFCAFEBABE:64, 16#0123456789ABCDEF:64>>,
    <<A:3, Bv:61, Rest/binary>> = B,
    io:format("~w ~w ~w~n", [A, Bv, byte_size(Rest)]),
    <<Big:128>> = B,
    <<BigL:128/little>> = B,
    <<BigS:128/signed>> = B,
    io:format("~w~n~w~n~w~n", [Big, BigL, BigS]),
    <<_:1, Odd:7/bits, _/bits>> = B,
    io:format("~w~n", [Odd]),
    <<N:4, Payload:N/binary-unit:4, Tail/bits>> = <<4:4, 16#ABCD:16, 3:2>>,
    io:format("~w ~w ~w~n", [N, Payload, Tail]),
    io:format("~w~n", [[parse(X) || X <- [<<>>, <<1>>, <<2, 0, 7>>, <<3, 1, 2, 3, 4>>, <<9:4>>, <<255, 255>>]]]),
    io:format("~w~n", [words(<<"alpha beta  gamma">>, <<>>, [])]),
    Sub = binary:part(B, 2, 10),
    <<_:2/binary, Sub2:6/binary, _/binary>> = Sub,
    <<X:12, Y:36>> = Sub2,
    io:format("~w ~w ~w~n", [Sub2, X, Y]),
    io:format("~w~n", [count_ones(B, 0)]),
    io:format("~w~n", [[bits_of(V) || V <- [<<>>, <<1:1>>, <<5:3>>, <<1, 2:4>>]]]),
    <<F1:16/float, F2:32/float-little, F3:64/float>> = <<16#3C00:16, 0.5:32/float-little, -1.0e10:64/float>>,
    io:format("~w ~w ~w~n", [F1, F2, F3]),
    io:format("~p~n", [try <<_:64/float>> = <<16#7FF0000000000000:64>>, matched catch error:{badmatch, _} -> not_a_float end]),
    io:format("~w~n", [match_sizes(<<1, 2, 3, 4, 5, 6, 7, 8, 9>>)]),
    <<Head:5/binary, _/binary>> = <<"hello world">>,
    io:format("~p~n", [Head]),
    io:format("~w~n", [[Z || <<Z:5>> <= <<16#FFFF:16>>]]),
    io:format("~p~n", [try <<_:8, _:8>> = id(<<1>>) catch error:E -> E end]),
    ok.

parse(<<>>) -> empty;
parse(<<1>>) -> one;
parse(<<2, L:16/little, _/binary>>) -> {two, L};
parse(<<3, Rest/binary>>) when byte_size(Rest) > 3 -> {three, Rest};
parse(<<_:4>>) -> nibble;
parse(_) -> other.

words(<<>>, Acc, Ws) -> lists:reverse(add(Acc, Ws));
words(<<$\s, R/binary>>, Acc, Ws) -> words(R, <<>>, add(Acc, Ws));
words(<<C, R/binary>>, Acc, Ws) -> words(R, <<Acc/binary, C>>, Ws).

add(<<>>, Ws) -> Ws;
add(W, Ws) -> [W | Ws].

count_ones(<<>>, N) -> N;
count_ones(<<1:1, R/bits>>, N) -> count_ones(R, N + 1);
count_ones(<<0:1, R/bits>>, N) -> count_ones(R, N).

bits_of(B) -> [Bit || <<Bit:1>> <= B].

match_sizes(<<Len:8, Data:Len/binary, More/binary>>) when Len < 5 -> [{Len, Data} | match_sizes(More)];
match_sizes(Other) -> [Other].

id(X) -> X.
