%% ets ordered_set: term order over mixed key types, 1 and 1.0 as one key, traversal, slot.
-module(ets_ordered_set).
-export([main/1]).

main(_Args) ->
    T = ets:new(ord, [ordered_set]),
    Keys = [b, 3, <<"bin">>, {1, 2}, [1, 2], 2.5, a, {0}, [], "abc", #{k => 1}, -7, 1 bsl 70,
            {1, 2, 3}, <<>>, [0 | 1], 2.0, 'Z'],
    [ets:insert(T, {K, n}) || K <- Keys],
    io:format("~w~n", [[K || {K, _} <- ets:tab2list(T)]]),
    io:format("~w~n", [ets:info(T, size)]),
    %% 1 and 1.0 compare equal: the later insert replaces the object and its key
    ets:insert(T, {1, int}),
    ets:insert(T, {1.0, float}),
    io:format("~w~n", [{ets:lookup(T, 1), ets:lookup(T, 1.0), ets:member(T, 1)}]),
    io:format("~w~n", [ets:insert_new(T, {1, again})]),
    io:format("~w~n", [walk(T, ets:first(T), [])]),
    io:format("~w~n", [back(T, ets:last(T), [])]),
    io:format("~w~n", [{ets:next(T, 2.7), ets:prev(T, 2.7), ets:next(T, 'Z'), ets:prev(T, -100)}]),
    io:format("~w~n", [{ets:next(T, <<"bin">>), ets:next(T, <<"zzz">>)}]),
    io:format("~w~n", [[ets:slot(T, I) || I <- [0, 1, 2, ets:info(T, size)]]]),
    io:format("~w~n", [ets:select(T, [{{'$1', '_'}, [{is_atom, '$1'}], ['$1']}])]),
    io:format("~w~n", [ets:select_reverse(T, [{{'$1', '_'}, [{is_number, '$1'}], ['$1']}])]),
    io:format("~w~n", [ets:foldl(fun({K, _}, Acc) when is_integer(K) -> [K | Acc]; (_, Acc) -> Acc end, [], T)]),
    io:format("~w~n", [ets:foldr(fun({K, _}, Acc) when is_tuple(K) -> [K | Acc]; (_, Acc) -> Acc end, [], T)]),
    %% ranges over tuple keys with a bound prefix
    R = ets:new(r, [ordered_set]),
    ets:insert(R, [{{X, Y}, {X, Y * 10}} || X <- [a, b, c], Y <- lists:seq(1, 4)]),
    ets:insert(R, [{{b}, single}, {{b, 1, 1}, triple}, {b, atom}]),
    io:format("~w~n", [ets:select(R, [{{{b, '$1'}, '$2'}, [], [{{'$1', '$2'}}]}])]),
    io:format("~w~n", [ets:select_reverse(R, [{{{b, '$1'}, '_'}, [{'>', '$1', 1}], ['$1']}])]),
    io:format("~w~n", [ets:match_object(R, {{c, '_'}, '_'})]),
    io:format("~w~n", [ets:select(R, [{{{'_', 3}, '$1'}, [], ['$1']}])]),
    io:format("~w~n", [ets:match(R, {{b, 2}, '$1'})]),
    io:format("~w~n", [ets:select_count(R, [{{{b, '_'}, '_'}, [], [true]}])]),
    io:format("~w~n", [ets:select_delete(R, [{{{a, '$1'}, '_'}, [{'<', '$1', 3}], [true]}])]),
    io:format("~w~n", [ets:tab2list(R)]).

walk(_T, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).

back(_T, '$end_of_table', Acc) -> lists:reverse(Acc);
back(T, K, Acc) -> back(T, ets:prev(T, K), [K | Acc]).
