%% bsl and bsr with small, big, negative and huge shift counts.
-module(int_shifts).
-export([main/1]).

main(_Args) ->
    Counts = [0, 1, 58, 59, 60, 61, 63, 64, 65, 127, 200],
    [io:format("1 bsl ~w = ~w~n", [C, 1 bsl C]) || C <- Counts],
    [io:format("-1 bsl ~w = ~w~n", [C, -1 bsl C]) || C <- [59, 60, 64]],
    B = (1 bsl 200) + 77,
    [io:format("B bsr ~w = ~w~n", [C, B bsr C]) || C <- [1, 64, 140, 199, 200, 201, 1000]],
    N = -(1 bsl 100) - 3,
    [io:format("N bsr ~w = ~w~n", [C, N bsr C]) || C <- [1, 3, 64, 100, 101, 500]],
    %% Negative shift counts reverse the direction.
    io:format("~w ~w ~w~n", [1024 bsl -3, 1024 bsr -3, (1 bsl 70) bsl -70]),
    io:format("~w ~w~n", [-7 bsr 1, -1 bsr 100]),
    io:format("~w ~w~n", [5 bsr 64, 0 bsl 100000]),
    %% Bit counting by shifting a big number down.
    io:format("~w~n", [bits(1 bsl 300, 0)]),
    io:format("~p~n", [err(fun() -> 1 bsl foo() end)]),
    io:format("~p~n", [err(fun() -> 1.0 bsr 1 end)]),
    io:format("~p~n", [err(fun() -> 1 bsl (1 bsl 70) end)]),
    ok.

bits(0, N) -> N;
bits(X, N) -> bits(X bsr 1, N + 1).

foo() -> a.

err(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
