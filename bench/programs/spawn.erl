%% Mass spawn: N processes wait in receive, then each gets a message and exits.
-module(spawn).
-export([main/1]).

main([Arg]) ->
    N = list_to_integer(Arg),
    Self = self(),
    Pids = [spawn(fun() -> receive go -> Self ! done end end) || _ <- lists:seq(1, N)],
    Alive = length([P || P <- Pids, is_process_alive(P)]),
    [P ! go || P <- Pids],
    collect(N),
    io:format("spawn ~b: ~b alive, all done~n", [N, Alive]).

collect(0) -> ok;
collect(N) -> receive done -> collect(N - 1) end.
