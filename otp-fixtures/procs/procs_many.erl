%% Many processes alive at once, each waiting in receive; then each gets a
%% message, answers and exits.
-module(procs_many).
-export([main/1, many/1]).

main(_Args) ->
    io:format("~p~n", [many(20000)]).

%% Also run by the emulator's stress test with a million processes.
many(N) ->
    Self = self(),
    Pids = [spawn(fun() -> receive go -> Self ! done end end) || _ <- lists:seq(1, N)],
    Alive = length([P || P <- Pids, is_process_alive(P)]),
    [P ! go || P <- Pids],
    collect(N),
    {alive, Alive, answered, N}.

collect(0) -> ok;
collect(N) -> receive done -> collect(N - 1) end.
