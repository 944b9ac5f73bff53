%% div and rem with every sign combination, for small and big operands,
%% plus band/bor/bxor on negative bignums and division by zero.
-module(int_divrem).
-export([main/1]).

main(_Args) ->
    Pairs = [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 1},
             {1 bsl 64, 3}, {-(1 bsl 64), 3}, {1 bsl 64, -3}, {-(1 bsl 64), -3},
             {1 bsl 100, 1 bsl 40}, {(1 bsl 100) + 12345, 1 bsl 50},
             {-(1 bsl 100) - 1, (1 bsl 61) + 7}, {123, 1 bsl 70}, {-123, 1 bsl 70}],
    lists:foreach(fun({A, B}) ->
                          io:format("~w div ~w = ~w, rem = ~w~n", [A, B, A div B, A rem B])
                  end, Pairs),
    %% Invariant: A == B * (A div B) + A rem B.
    io:format("~w~n", [lists:all(fun({A, B}) -> A =:= B * (A div B) + A rem B end, Pairs)]),
    Big = -(1 bsl 70) - 12345,
    io:format("~w ~w ~w~n", [Big band 16#FFFF, Big bor 16#FF, Big bxor -1]),
    io:format("~w ~w~n", [(1 bsl 80) band -(1 bsl 79), -(1 bsl 80) band -(1 bsl 79)]),
    io:format("~w~n", [(1 bsl 65 - 1) bxor (1 bsl 64)]),
    io:format("~p~n", [err(fun() -> 1 div 0 end)]),
    io:format("~p~n", [err(fun() -> (1 bsl 70) rem 0 end)]),
    io:format("~p~n", [err(fun() -> 5 rem zero() end)]),
    io:format("~p~n", [err(fun() -> 1.0 div 2 end)]),
    ok.

zero() -> 0.

err(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
