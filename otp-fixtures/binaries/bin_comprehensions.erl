%% Binary comprehensions and bitstring generators: building binaries from
%% lists and binaries, filters, bit-level generators, and bitstring results.
-module(bin_comprehensions).
-export([main/1]).

main(_Args) ->
    io:format("~w~n", [<< <<X>> || X <- [1, 2, 3] >>]),
    io:format("~w~n", [<< <<(X * 2)>> || <<X>> <= <<1, 2, 3>> >>]),
    io:format("~p~n", [<< <<(C - 32)>> || <<C>> <= <<"hello">>, C =/= $l >>]),
    io:format("~w~n", [<< <<X:3>> || X <- [1, 2, 3, 4] >>]),
    io:format("~w~n", [<< <<B:1>> || <<B:1>> <= <<16#A5>> >>]),
    io:format("~w~n", [[B || <<B:1>> <= <<16#A5>>]]),
    io:format("~w~n", [<< <<X:16/little>> || X <- lists:seq(1, 4) >>]),
    io:format("~p~n", [<< <<Y/binary, ",">> || Y <- [<<"a">>, <<"bb">>, <<"ccc">>] >>]),
    io:format("~w~n", [[{R, G, Bl} || <<R, G, Bl>> <= <<255, 0, 0, 0, 255, 0, 0, 0, 255, 7>>]]),
    io:format("~p~n", [to_hex(<<"Erlang!">>)]),
    io:format("~p~n", [from_hex(<<"45726c616e6721">>)]),
    io:format("~w~n", [<< <<X, Y>> || X <- [1, 2], Y <- [10, 20] >>]),
    io:format("~w~n", [<< <<X>> || <<X>> <= <<>> >>]),
    io:format("~w~n", [<< <<(bnot X):8>> || <<X:8>> <= <<0, 1, 254>> >>]),
    io:format("~w~n", [<< <<X:4>> || <<X:4>> <= <<16#12, 16#34, 16#5:4>> >>]),
    Rev = << <<B>> || <<B>> <= <<"abc">> >>,
    io:format("~p~n", [list_to_binary(lists:reverse(binary_to_list(Rev)))]),
    io:format("~w~n", [byte_size(<< <<0:1024>> || _ <- lists:seq(1, 100) >>)]),
    io:format("~p~n", [[X || <<X:8>> <= <<"a1b2c3">>, X >= $0, X =< $9]]),
    io:format("~p~n", [<< <<C/utf8>> || C <- [955, 233, $x] >>]),
    ok.

to_hex(Bin) -> << <<(hex(H)), (hex(L))>> || <<H:4, L:4>> <= Bin >>.
hex(N) when N < 10 -> $0 + N;
hex(N) -> $a + N - 10.

from_hex(Hex) -> << <<(list_to_integer([H, L], 16))>> || <<H, L>> <= Hex >>.
