%% A hand-written supervisor: it traps exits, restarts a worker that crashes, and
%% gives up after three crashes, as supervisors do with their intensity.
-module(procs_trap_restart).
-export([main/1]).

main(_Args) ->
    catch logger:remove_handler(default),
    process_flag(trap_exit, true),
    Worker = start_worker(1),
    io:format("~p~n", [supervise(Worker, 1, [])]).

start_worker(N) -> spawn_link(fun() -> worker(N) end).

worker(N) when N =< 3 -> exit({crash, N});
worker(N) -> exit({done, N}).

supervise(_, 4, Log) -> lists:reverse([gave_up | Log]);
supervise(Pid, N, Log) ->
    receive
        {'EXIT', Pid, {crash, K} = Why} when K =:= N ->
            supervise(start_worker(N + 1), N + 1, [{restart, Why} | Log]);
        {'EXIT', Pid, Other} ->
            lists:reverse([{stopped, Other} | Log])
    end.
