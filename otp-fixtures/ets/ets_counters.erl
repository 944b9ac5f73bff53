%% counters: the atomics and write_concurrency kinds behind the same calls.
-module(ets_counters).
-export([main/1]).

main(_Args) ->
    [run(Opts) || Opts <- [[], [atomics], [write_concurrency]]],
    io:format("~w~n", [try counters:new(2, [bogus]) catch C:R -> {C, R} end]),
    io:format("~w~n", [try counters:new(0, []) catch C2:R2 -> {C2, R2} end]).

run(Opts) ->
    C = counters:new(3, Opts),
    ok = counters:add(C, 1, 7),
    ok = counters:sub(C, 1, 2),
    ok = counters:add(C, 2, -5),
    ok = counters:put(C, 3, 1 bsl 40),
    io:format("~w ~w~n", [Opts, [counters:get(C, I) || I <- [1, 2, 3]]]),
    io:format("~w~n", [maps:get(size, counters:info(C))]),
    io:format("~w~n", [try counters:get(C, 4) catch Cl:R -> {Cl, R} end]),
    io:format("~w~n", [try counters:add(C, 1, 1.5) catch Cl2:R2 -> {Cl2, R2} end]),
    Self = self(),
    Pids = [spawn(fun() -> [counters:add(C, 2, 1) || _ <- lists:seq(1, 500)], Self ! done end) || _ <- lists:seq(1, 6)],
    [receive done -> ok end || _ <- Pids],
    io:format("~w~n", [counters:get(C, 2)]).
