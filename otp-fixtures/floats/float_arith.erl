%% Float arithmetic: mixed int/float operations, rounding BIFs, comparisons
%% and badarith on overflow and division by zero.
-module(float_arith).
-export([main/1]).

main(_Args) ->
    io:format("~w~n", [[1.5 + 2, 2 - 0.5, 3 * 0.1, 1 / 3, 10 / 2, -7 / 2, 0.1 + 0.2]]),
    io:format("~w~n", [[float(1 bsl 64), float(-(1 bsl 70)), (1 bsl 64) + 0.5, 1.0e300 * 10]]),
    Xs = [2.5, 3.5, -2.5, -3.5, 0.49999999999999994, 1.0e20, -0.0, 7.999999999999999],
    [io:format("~w: round ~w trunc ~w floor ~w ceil ~w~n",
               [X, round(X), trunc(X), floor(X), ceil(X)]) || X <- Xs],
    io:format("~w~n", [[abs(-2.5), -(-1.0), 1.0 == 1, 1.0 =:= 1, 0.0 == -0.0, 0.0 =:= -0.0]]),
    io:format("~w~n", [[math:sqrt(2), math:pow(2, 10), math:pi(), math:exp(1), math:log(10)]]),
    io:format("~w~n", [[math:sin(0.0), math:cos(0.0), math:atan2(1, 1), math:floor(-0.5), math:ceil(-0.5)]]),
    io:format("~w~n", [[math:fmod(7.5, 2), math:log2(1024), math:log10(0.001)]]),
    io:format("~w~n", [sum([0.1 || _ <- lists:seq(1, 10)], 0.0)]),
    io:format("~w~n", [[X * X || X <- [1.0e154, 1.0e-160]]]),
    Errs = [fun() -> 1.0e308 * 10.0 end,
            fun() -> 1.0 / zero() end,
            fun() -> 1 / 0.0 end,
            fun() -> math:exp(1000) end,
            fun() -> math:sqrt(-1) end,
            fun() -> math:log(0) end,
            fun() -> 2.0 + atom() end,
            fun() -> float(atom()) end,
            fun() -> 1.0e200 * 1.0e200 end,
            fun() -> trunc(atom()) end],
    [io:format("~p~n", [err(F)]) || F <- Errs],
    io:format("~w ~w~n", [is_float(1.0), is_float(1)]),
    ok.

sum([], A) -> A;
sum([X | Xs], A) -> sum(Xs, A + X).

zero() -> 0.
atom() -> a.

err(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
