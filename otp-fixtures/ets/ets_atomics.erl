%% atomics: signed and unsigned arrays, wrap-around, exchange, compare_exchange, info, errors.
-module(ets_atomics).
-export([main/1]).

main(_Args) ->
    A = atomics:new(4, []),
    io:format("~w~n", [[atomics:get(A, I) || I <- lists:seq(1, 4)]]),
    ok = atomics:put(A, 1, 10),
    ok = atomics:add(A, 1, 5),
    io:format("~w~n", [atomics:add_get(A, 1, -20)]),
    ok = atomics:sub(A, 2, 3),
    io:format("~w~n", [atomics:sub_get(A, 2, 4)]),
    io:format("~w~n", [atomics:exchange(A, 3, 99)]),
    io:format("~w~n", [atomics:compare_exchange(A, 3, 99, 100)]),
    io:format("~w~n", [atomics:compare_exchange(A, 3, 99, 101)]),
    ok = atomics:put(A, 4, (1 bsl 63) - 1),
    io:format("~w~n", [atomics:add_get(A, 4, 1)]),
    io:format("~w~n", [atomics:info(A)]),
    U = atomics:new(2, [{signed, false}]),
    io:format("~w~n", [atomics:sub_get(U, 1, 1)]),
    io:format("~w~n", [atomics:add_get(U, 1, 2)]),
    ok = atomics:put(U, 2, (1 bsl 64) - 1),
    io:format("~w~n", [atomics:get(U, 2)]),
    io:format("~w~n", [atomics:info(U)]),
    io:format("~w~n", [is_reference(A)]),
    [io:format("~w~n", [try F() catch C:R -> {C, R} end]) || F <- [
        fun() -> atomics:new(0, []) end,
        fun() -> atomics:new(2, [bogus]) end,
        fun() -> atomics:get(A, 0) end,
        fun() -> atomics:get(A, 5) end,
        fun() -> atomics:put(A, 1, 1 bsl 63) end,
        fun() -> atomics:put(U, 1, -1) end,
        fun() -> atomics:add(A, 1, 1 bsl 64) end,
        fun() -> atomics:add(A, 1, foo) end,
        fun() -> atomics:get(make_ref(), 1) end,
        fun() -> atomics:info(not_a_ref) end]],
    %% many processes adding at once lose nothing
    Self = self(),
    C = atomics:new(1, []),
    Pids = [spawn(fun() -> [atomics:add(C, 1, 1) || _ <- lists:seq(1, 1000)], Self ! done end) || _ <- lists:seq(1, 8)],
    [receive done -> ok end || _ <- Pids],
    io:format("~w~n", [atomics:get(C, 1)]).
