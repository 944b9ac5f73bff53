%% Takeuchi function tak(3N, 2N, N), repeated 20 times.
-module(tak).
-export([main/1]).

main([Arg]) ->
    N = list_to_integer(Arg),
    R = repeat(20, fun() -> tak(3 * N, 2 * N, N) end),
    io:format("tak(~b,~b,~b) = ~b~n", [3 * N, 2 * N, N, R]).

repeat(1, F) -> F();
repeat(K, F) -> F(), repeat(K - 1, F).

tak(X, Y, Z) when Y < X ->
    tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_, _, Z) -> Z.
