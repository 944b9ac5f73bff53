%% receive ... after: 0 takes what is there, a timeout when nothing matches, messages
%% that do not match stay queued in order, and a flush empties the queue.
-module(procs_receive_after).
-export([main/1]).

main(_Args) ->
    self() ! {b, 2}, self() ! {a, 1}, self() ! {c, 3},
    A = receive {a, X} -> X after 0 -> none end,
    None = receive {z, _} -> found after 10 -> timeout end,
    io:format("~p ~p~n", [A, None]),
    Pid = spawn(fun() -> receive {go, From} -> timer:sleep(20), From ! late end end),
    Pid ! {go, self()},
    First = receive late -> late after 1 -> not_yet end,
    Second = receive late -> late after 1000 -> missing end,
    io:format("~p ~p~n", [First, Second]),
    io:format("left ~p~n", [flush([])]),
    io:format("empty ~p~n", [flush([])]).

flush(Acc) -> receive M -> flush([M | Acc]) after 0 -> lists:reverse(Acc) end.
