%% Cases for the compiling tier (tests/Enigma.Runtime.Tests/Compiler): each runs the same
%% compiled and interpreted, and erl's output pins both.
-module(jit_cases).
-export([main/1, sum/1, count/1, echo/1, trace/0, floats/1, select/1]).

main(_) ->
    io:format("~p~n", [sum(lists:seq(1, 1000000))]),
    io:format("~p~n", [count(3000000)]),
    io:format("~p~n", [echo(hello)]),
    io:format("~p~n", [trace()]),
    io:format("~p~n", [floats(10)]),
    io:format("~p~n", [[select(X) || X <- [0, 1, 2, 3, 7, a, {b}, 1 bsl 70]]]).

%% Body recursion a million calls deep: the Erlang stack, not the .NET one.
sum([]) -> 0;
sum([H | T]) -> H + sum(T).

%% A long loop in one process: it must yield many times.
count(0) -> done;
count(N) -> count(N - 1).

%% A receive inside a compiled function.
echo(X) ->
    self() ! {echo, X},
    receive {echo, Y} -> {got, Y} end.

%% An error deep in compiled code: the trace keeps every file and line.
trace() ->
    try outer(3) of
        V -> V
    catch
        error:Reason:Stack -> {Reason, lists:sublist(Stack, 3)}
    end.

outer(N) -> 1 + middle(N).

middle(N) -> [inner(N)].

inner(N) -> N + list_to_atom("x").

floats(N) -> floats(N, 0.0).

floats(0, Acc) -> Acc;
floats(N, Acc) -> floats(N - 1, Acc + N / 3 * 1.5 - 0.25).

select(0) -> zero;
select(1) -> one;
select(2) -> two;
select(3) -> three;
select(X) when is_integer(X), X > 1000 -> big;
select(X) when is_integer(X) -> other;
select(X) when is_atom(X) -> atom;
select({_}) -> tuple.
