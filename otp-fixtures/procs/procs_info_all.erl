%% process_info/1: the items erl gives, in its order (registered_name first when the
%% process has a name), and the values that do not depend on the emulator.
-module(procs_info_all).
-export([main/1]).

main(_Args) ->
    P = spawn(fun() -> receive _ -> ok end end),
    timer:sleep(10),
    show(P),
    register(named, P),
    show(P),
    Self = self(),
    show(Self),
    P ! stop,
    timer:sleep(10),
    io:format("dead: ~p~n", [process_info(P)]).

show(P) ->
    I = process_info(P),
    io:format("~p~n", [[K || {K, _} <- I]]),
    Fixed = [status, message_queue_len, links, trap_exit, error_handler, priority, suspending, registered_name],
    io:format("~p~n", [[lists:keyfind(K, 1, I) || K <- Fixed]]),
    {garbage_collection, GC} = lists:keyfind(garbage_collection, 1, I),
    io:format("~p~n", [[K || {K, _} <- GC]]),
    io:format("~p~n", [lists:keydelete(minor_gcs, 1, GC)]).
