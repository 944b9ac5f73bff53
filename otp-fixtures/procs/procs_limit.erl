%% spawn raises system_limit once as many processes exist as process_limit allows
%% (erl's default +P, 262144); after some exit, spawning works again.
-module(procs_limit).
-export([main/1]).

main(_Args) ->
    %% erl's logger reports "Too many processes" on stdout, at a moment of its choosing.
    catch logger:remove_handler(default),
    Limit = erlang:system_info(process_limit),
    io:format("limit ~p~n", [Limit]),
    {Pids, Reason} = spawn_until_limit([]),
    io:format("~p when ~p processes exist~n", [Reason, erlang:system_info(process_count) =:= Limit]),
    io:format("spawned most of them ~p~n", [length(Pids) > Limit - 100]),
    [P ! stop || P <- lists:sublist(Pids, 10)],
    wait_for_exits(lists:sublist(Pids, 10)),
    Again = spawn(fun() -> ok end),
    io:format("spawn after exits ~p~n", [is_pid(Again)]),
    [P ! stop || P <- lists:nthtail(10, Pids)],
    ok.

spawn_until_limit(Acc) ->
    try spawn(fun() -> receive stop -> ok end end) of
        Pid -> spawn_until_limit([Pid | Acc])
    catch
        error:Reason -> {lists:reverse(Acc), Reason}
    end.

wait_for_exits(Pids) ->
    Refs = [monitor(process, P) || P <- Pids],
    [receive {'DOWN', R, process, _, _} -> ok end || R <- Refs].
