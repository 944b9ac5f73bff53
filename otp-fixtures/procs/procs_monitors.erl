%% Monitors: DOWN reasons, monitoring a dead pid (noproc), demonitor with
%% flush and info, several monitors on one process, and monitors with a tag.
-module(procs_monitors).
-export([main/1]).

main(_Args) ->
    P = spawn(fun() -> receive {stop, R} -> exit(R) end end),
    R1 = monitor(process, P),
    R2 = monitor(process, P),
    io:format("two refs differ: ~p~n", [R1 =/= R2]),
    io:format("demonitor R2 info: ~p~n", [demonitor(R2, [info])]),
    io:format("demonitor R2 again: ~p~n", [demonitor(R2, [info])]),
    io:format("monitored_by: ~p~n", [length(element(2, process_info(P, monitored_by)))]),
    P ! {stop, done},
    receive {'DOWN', R1, process, P, W1} -> io:format("down: ~p~n", [W1]) end,
    receive {'DOWN', R2, _, _, _} -> io:format("R2 came~n") after 50 -> io:format("no R2~n") end,
    %% Monitoring something gone gives noproc at once.
    R3 = monitor(process, P),
    receive {'DOWN', R3, process, P, W3} -> io:format("dead pid: ~p~n", [W3]) end,
    %% flush removes a DOWN already queued; info then says false.
    Q = spawn(fun() -> ok end),
    R4 = monitor(process, Q),
    receive after 20 -> ok end,
    io:format("flush+info: ~p~n", [demonitor(R4, [flush, info])]),
    receive {'DOWN', R4, _, _, _} -> io:format("still queued~n") after 0 -> io:format("flushed~n") end,
    %% Without flush the DOWN stays.
    Q2 = spawn(fun() -> ok end),
    R5 = monitor(process, Q2),
    receive after 20 -> ok end,
    io:format("demonitor/1: ~p~n", [demonitor(R5)]),
    receive {'DOWN', R5, _, _, W5} -> io:format("kept: ~p~n", [W5]) after 0 -> io:format("gone~n") end,
    %% A tagged monitor.
    T = spawn(fun() -> exit(tagged) end),
    R6 = erlang:monitor(process, T, [{tag, my_tag}]),
    receive {my_tag, R6, process, T, W6} -> io:format("tag: ~p~n", [W6]) end,
    %% Many watchers of one process.
    Target = spawn(fun() -> receive go -> exit(many) end end),
    Me = self(),
    [spawn(fun() -> M = monitor(process, Target), Me ! {ready, N},
                    receive {'DOWN', M, _, _, W} -> Me ! {watcher, N, W} end end) || N <- lists:seq(1, 5)],
    [receive {ready, N} -> ok end || N <- lists:seq(1, 5)],
    Target ! go,
    io:format("watchers: ~p~n", [lists:sort([receive {watcher, N, W} -> {N, W} end || N <- lists:seq(1, 5)])]),
    io:format("bad demonitor: ~p~n", [element(1, element(2, catch demonitor(not_a_ref)))]).
