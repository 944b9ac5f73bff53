%% Arithmetic across the small/big integer boundary (2^59, 2^60, 2^63, 2^64),
%% positive and negative, with the results printed in decimal and hex.
-module(int_boundary).
-export([main/1]).

main(_Args) ->
    Bounds = [1 bsl 59, 1 bsl 60, 1 bsl 63, 1 bsl 64],
    lists:foreach(fun show/1, Bounds),
    lists:foreach(fun show/1, [-B || B <- Bounds]),
    %% Sums and differences crossing the boundary in both directions.
    S = (1 bsl 59) - 1,
    io:format("~w ~w ~w~n", [S + 1, S + S + 2, (S + 1) - 1]),
    io:format("~w ~w~n", [-S - 1, -S - 2]),
    io:format("~w~n", [(1 bsl 64) - (1 bsl 64)]),
    io:format("~w~n", [(1 bsl 64) + (-(1 bsl 64) + 5)]),
    %% Products that overflow, and that come back down.
    P = 4294967296 * 4294967296,
    io:format("~w ~w ~w~n", [P, P div 4294967296, P * P]),
    io:format("~w~n", [(-3037000500) * 3037000500]),
    io:format("~w~n", [lists:foldl(fun(X, A) -> X * A end, 1, lists:seq(1, 25))]),
    %% abs, -, bnot around the edges.
    io:format("~w ~w ~w~n", [abs(-(1 bsl 63)), -(-(1 bsl 59)), bnot (1 bsl 60)]),
    io:format("~w ~w~n", [bnot -(1 bsl 64), bnot 0]),
    %% Comparisons between small and big and float.
    io:format("~w ~w ~w ~w~n", [(1 bsl 60) > (1 bsl 59), (1 bsl 64) == 18446744073709551616.0,
                                (1 bsl 64) =:= 18446744073709551616.0, -(1 bsl 70) < -(1 bsl 69)]),
    io:format("~w ~w~n", [max(1 bsl 65, 3), min(-(1 bsl 65), 3)]),
    %% Type tests stay the same on both sides of the boundary.
    io:format("~w~n", [[is_integer(X) || X <- [1, 1 bsl 59, 1 bsl 60, 1 bsl 100]]]),
    ok.

show(N) ->
    io:format("~w ~s ~w ~w ~w~n",
              [N, integer_to_list(N, 16), N - 1, N + 1, N * 2]).
