%% A million processes at once (the processes issue): spawns N that each wait in
%% receive and prints how long that took, then sends each a message and collects
%% the answers. Not in bench/sizes (it needs a process limit above erl's default):
%%
%%   erl +P 2000000 -noshell -pa bench/programs -eval 'spawnwait:main(["1000000"]), halt().'
%%   tools/enigma run +P 2000000 bench/programs/spawnwait.beam 1000000
-module(spawnwait).
-export([main/1]).

main([Arg]) ->
    N = list_to_integer(Arg),
    Self = self(),
    T0 = erlang:monotonic_time(millisecond),
    Pids = [spawn(fun() -> receive go -> Self ! done end end) || _ <- lists:seq(1, N)],
    T1 = erlang:monotonic_time(millisecond),
    io:format("spawned ~b in ~b ms~n", [length(Pids), T1 - T0]),
    [P ! go || P <- Pids],
    [receive done -> ok end || _ <- Pids],
    io:format("all answered~n").
