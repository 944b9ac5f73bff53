%% ets duplicate_bag: duplicates kept in insertion order; delete_object removes every copy.
-module(ets_duplicate_bag).
-export([main/1]).

main(_Args) ->
    T = ets:new(d, [duplicate_bag]),
    ets:insert(T, {k, 1}),
    ets:insert(T, {k, 2}),
    ets:insert(T, {k, 1}),
    io:format("~w~n", [ets:lookup(T, k)]),
    ets:insert(T, [{l, 1}, {l, 1}, {l, 2}]),
    io:format("~w~n", [ets:lookup(T, l)]),
    io:format("~w~n", [ets:info(T, size)]),
    io:format("~w~n", [ets:lookup_element(T, k, 2)]),
    ets:delete_object(T, {k, 1}),
    io:format("~w~n", [ets:lookup(T, k)]),
    io:format("~w~n", [ets:select_count(T, [{{l, 1}, [], [true]}])]),
    io:format("~w~n", [lists:sort(ets:select(T, [{{'$1', '$2'}, [], [{{'$2', '$1'}}]}]))]),
    io:format("~w~n", [ets:select_replace(T, [{{l, 1}, [], [{const, {l, 100}}]}])]),
    io:format("~w~n", [ets:lookup(T, l)]),
    io:format("~w~n", [ets:insert_new(T, {l, 0})]),
    io:format("~w~n", [ets:take(T, l)]),
    io:format("~w~n", [{ets:info(T, size), ets:info(T, type)}]).
