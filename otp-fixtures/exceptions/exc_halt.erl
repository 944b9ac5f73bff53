%% halt/1 with a status: output printed before halt is flushed, the exit
%% status is 3, and code after halt never runs (nor do pending after clauses).
-module(exc_halt).
-export([main/1]).

main(_Args) ->
    io:format("start~n"),
    Sum = lists:sum([X * X || X <- lists:seq(1, 10)]),
    io:format("sum ~p~n", [Sum]),
    try
        io:format("in try~n"),
        finish(Sum)
    after
        io:format("after must not run~n")
    end,
    io:format("unreachable~n").

finish(Sum) when Sum > 100 ->
    io:format("halting with 3~n"),
    erlang:halt(3);
finish(_) ->
    ok.
