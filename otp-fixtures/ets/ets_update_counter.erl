%% update_counter in every form: increment, {Pos, Incr}, thresholds, lists, default objects, errors.
-module(ets_update_counter).
-export([main/1]).

main(_Args) ->
    T = ets:new(c, [set]),
    ets:insert(T, {hits, 0, 100, 5}),
    io:format("~w~n", [ets:update_counter(T, hits, 1)]),
    io:format("~w~n", [ets:update_counter(T, hits, -10)]),
    io:format("~w~n", [ets:update_counter(T, hits, {3, 7})]),
    io:format("~w~n", [ets:update_counter(T, hits, {4, 10, 12, 0})]),
    io:format("~w~n", [ets:update_counter(T, hits, {4, 10, 12, 0})]),
    io:format("~w~n", [ets:update_counter(T, hits, {3, -200, 0, -1})]),
    io:format("~w~n", [ets:update_counter(T, hits, [{2, 1}, {2, 1}, {3, 5}, {4, 3, 5, 99}])]),
    io:format("~w~n", [ets:update_counter(T, hits, [])]),
    io:format("~w~n", [ets:lookup(T, hits)]),
    io:format("~w~n", [ets:update_counter(T, big, {2, 1 bsl 62}, {big, 1 bsl 62})]),
    io:format("~w~n", [ets:update_counter(T, big, {2, -(1 bsl 64)})]),
    io:format("~w~n", [ets:update_counter(T, new, 5, {whatever, 10})]),
    io:format("~w~n", [ets:update_counter(T, new2, [{2, 1}, {3, 2}], {x, 0, 0})]),
    io:format("~w~n", [lists:sort(ets:tab2list(T))]),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, {1.0, 5}),
    io:format("~w~n", [{ets:update_counter(O, 1, 1), ets:lookup(O, 1)}]),
    ets:insert(T, {text, "abc", 1}),
    [io:format("~w~n", [err(F)]) || F <- [
        fun() -> ets:update_counter(T, missing, 1) end,
        fun() -> ets:update_counter(T, text, 1) end,
        fun() -> ets:update_counter(T, text, {1, 1}) end,
        fun() -> ets:update_counter(T, text, {9, 1}) end,
        fun() -> ets:update_counter(T, text, {3, a}) end,
        fun() -> ets:update_counter(T, text, {3, 1, 2}) end,
        fun() -> ets:update_counter(T, nokey, 1, {nokey}) end,
        fun() -> ets:update_counter(ets:new(b, [bag]), k, 1) end,
        fun() -> ets:update_counter(no_such_table, k, 1) end]],
    io:format("~w~n", [ets:lookup(T, text)]).

err(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:St ->
            [{M, Fn, Args, Info} | _] = St,
            {C, R, M, Fn, length(Args), Info}
    end.
