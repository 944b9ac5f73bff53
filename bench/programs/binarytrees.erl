%% Binary trees (benchmarks game shape): allocate and check trees up to depth N.
-module(binarytrees).
-export([main/1]).

main([Arg]) ->
    Max = max(6, list_to_integer(Arg)),
    Stretch = check(make(Max + 1)),
    Long = make(Max),
    Sums = [iterate(1 bsl (Max - D + 4), D) || D <- lists:seq(4, Max, 2)],
    io:format("binarytrees ~b: stretch ~b sums ~w long ~b~n",
              [Max, Stretch, Sums, check(Long)]).

make(0) -> {nil, nil};
make(D) -> {make(D - 1), make(D - 1)}.

check({nil, nil}) -> 1;
check({L, R}) -> 1 + check(L) + check(R).

iterate(Iters, D) -> iterate(Iters, D, 0).
iterate(0, _, Acc) -> Acc;
iterate(I, D, Acc) -> iterate(I - 1, D, Acc + check(make(D))).
