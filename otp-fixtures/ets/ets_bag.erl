%% ets bag: no duplicate objects, the order erl keeps them in, delete_object, lookup_element.
-module(ets_bag).
-export([main/1]).

main(_Args) ->
    T = ets:new(b, [bag]),
    ets:insert(T, {k, 1}),
    ets:insert(T, {k, 2}),
    ets:insert(T, {k, 1}),
    ets:insert(T, {k, 3}),
    io:format("~w~n", [ets:lookup(T, k)]),
    ets:insert(T, [{l, 1}, {l, 2}, {l, 3}, {l, 2}]),
    io:format("~w~n", [ets:lookup(T, l)]),
    ets:insert(T, [{l, 4}, {l, 5}]),
    io:format("~w~n", [ets:lookup(T, l)]),
    io:format("~w~n", [ets:lookup_element(T, l, 2)]),
    io:format("~w~n", [ets:info(T, size)]),
    io:format("~w~n", [ets:insert_new(T, {k, 9})]),
    io:format("~w~n", [ets:insert_new(T, [{m, 1}, {m, 2}])]),
    io:format("~w~n", [ets:lookup(T, m)]),
    ets:delete_object(T, {l, 3}),
    io:format("~w~n", [ets:lookup(T, l)]),
    io:format("~w~n", [lists:sort(ets:match_object(T, {'_', 2}))]),
    io:format("~w~n", [lists:sort(ets:match(T, {'$1', '$2'}))]),
    io:format("~w~n", [ets:take(T, k)]),
    io:format("~w~n", [{ets:member(T, k), ets:lookup(T, k)}]),
    io:format("~w~n", [ets:select_delete(T, [{{l, '$1'}, [{'>', '$1', 3}], [true]}])]),
    io:format("~w~n", [lists:sort(ets:tab2list(T))]),
    ets:insert(T, [{1, a}, {1.0, b}]),
    io:format("~w~n", [{ets:lookup(T, 1), ets:lookup(T, 1.0)}]),
    ets:delete(T, m),
    io:format("~w~n", [lists:sort(ets:tab2list(T))]),
    io:format("~w~n", [ets:info(T, type)]).
