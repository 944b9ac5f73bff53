%% Quicksort of N pseudo-random integers from a linear congruential generator.
-module(qsort).
-export([main/1]).

main([Arg]) ->
    N = list_to_integer(Arg),
    S = qsort(lcg(N, 42, [])),
    io:format("qsort ~b: first ~b last ~b sum ~b~n",
              [N, hd(S), lists:last(S), lists:sum(S)]).

lcg(0, _, Acc) -> Acc;
lcg(N, X, Acc) ->
    X1 = (X * 1103515245 + 12345) band 16#7fffffff,
    lcg(N - 1, X1, [X1 | Acc]).

qsort([]) -> [];
qsort([P | T]) ->
    qsort([X || X <- T, X < P]) ++ [P | qsort([X || X <- T, X >= P])].
