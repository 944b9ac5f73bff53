%% List comprehensions with several generators, filters, pattern generators,
%% binary generators, nested comprehensions and comprehension-built closures.
-module(lists_comprehensions).
-export([main/1]).

main(_Args) ->
    io:format("~w~n", [[{X, Y} || X <- [1, 2, 3], Y <- [a, b]]]),
    io:format("~w~n", [[X * Y || X <- lists:seq(1, 4), Y <- lists:seq(X, 4), (X + Y) rem 2 =:= 0]]),
    io:format("~w~n", [[{A, B, C} || C <- lists:seq(1, 20), B <- lists:seq(1, C), A <- lists:seq(1, B),
                                     A * A + B * B =:= C * C]]),
    io:format("~w~n", [[X || {ok, X} <- [{ok, 1}, error, {ok, 2}, {error, 3}, {ok, 3}]]]),
    io:format("~w~n", [[X || [X | _] <- [[1, 2], [], [3], a]]]),
    io:format("~w~n", [[X || X <- [1, a, 2.0, "s", {t}], is_number(X)]]),
    io:format("~w~n", [[X || X <- [1, 2, 3], false]]),
    io:format("~w~n", [[X || X <- [], X > 0]]),
    io:format("~w~n", [[{I, J} || I <- [1, 2], J <- [], I > J]]),
    io:format("~w~n", [[B || <<B>> <= <<1, 2, 3, 4>>, B rem 2 =:= 0]]),
    io:format("~w~n", [[{H, L} || <<H:4, L:4>> <= <<16#ab, 16#cd>>]]),
    io:format("~w~n", [[[Y * 10 || Y <- lists:seq(1, X)] || X <- [1, 2, 3]]]),
    Fs = [fun() -> N * N end || N <- [2, 3, 4]],
    io:format("~w~n", [[F() || F <- Fs]]),
    io:format("~w~n", [qsort([5, 2, 8, 1, 9, 3, 5])]),
    io:format("~w~n", [perms([1, 2, 3])]),
    io:format("~w~n", [[X || X <- lists:seq(2, 50), is_prime(X)]]),
    Z = 10,
    io:format("~w~n", [[X + Z || X <- [1, 2], Z <- [100]]]),
    io:format("~w~n", [[{K, V} || {K, V} <- lists:sort(maps:to_list(#{b => 2, a => 1})), V > 0]]),
    io:format("~s~n", [[C || C <- "Hello World", C =/= $o]]),
    io:format("~w~n", [length([ok || _ <- lists:seq(1, 1000), _ <- [a, b]])]),
    ok.

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

is_prime(N) -> lists:all(fun(D) -> N rem D =/= 0 end, lists:seq(2, trunc(math:sqrt(N)))).
