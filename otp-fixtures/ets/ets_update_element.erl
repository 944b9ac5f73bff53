%% update_element: one position, several, missing keys, the errors erl gives.
-module(ets_update_element).
-export([main/1]).

main(_Args) ->
    T = ets:new(e, [set]),
    ets:insert(T, {k, a, b, c}),
    io:format("~w~n", [ets:update_element(T, k, {2, x})]),
    io:format("~w~n", [ets:update_element(T, k, [{3, y}, {4, z}, {3, yy}])]),
    io:format("~w~n", [ets:lookup(T, k)]),
    io:format("~w~n", [ets:update_element(T, nokey, {2, x})]),
    O = ets:new(o, [ordered_set, {keypos, 2}]),
    ets:insert(O, {v, 1, w}),
    io:format("~w~n", [ets:update_element(O, 1, {1, vv})]),
    io:format("~w~n", [ets:lookup(O, 1.0)]),
    [io:format("~w~n", [err(F)]) || F <- [
        fun() -> ets:update_element(T, k, {1, x}) end,
        fun() -> ets:update_element(T, k, {9, x}) end,
        fun() -> ets:update_element(T, k, {0, x}) end,
        fun() -> ets:update_element(T, k, [{2, x} | bad]) end,
        fun() -> ets:update_element(ets:new(b, [bag]), k, {2, x}) end,
        fun() -> ets:update_element(O, 1, {2, x}) end]],
    io:format("~w~n", [ets:lookup(T, k)]).

err(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:St ->
            [{M, Fn, Args, Info} | _] = St,
            {C, R, M, Fn, length(Args), Info}
    end.
