%% Naive recursive Fibonacci: fib(N).
-module(fib).
-export([main/1]).

main([Arg]) ->
    N = list_to_integer(Arg),
    io:format("fib(~b) = ~b~n", [N, fib(N)]).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
