%% A process in an endless loop does not keep the others from running: the
%% scheduler takes it off after its reductions.
-module(procs_spin).
-export([main/1]).

main(_Args) ->
    Spinners = [spawn(fun spin/0) || _ <- lists:seq(1, 3)],
    Self = self(),
    Worker = spawn(fun() -> Self ! {sum, lists:sum(lists:seq(1, 100000))} end),
    receive {sum, Sum} -> io:format("worker ran: ~p~n", [Sum]) end,
    io:format("worker gone: ~p~n", [not is_process_alive(Worker)]),
    io:format("spinners alive: ~p~n", [lists:all(fun is_process_alive/1, Spinners)]),
    [exit(S, kill) || S <- Spinners],
    ok.

spin() -> spin(0).
spin(N) -> spin(N + 1).
