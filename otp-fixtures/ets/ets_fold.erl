%% foldl/foldr, safe_fixtable, first/next over a set, delete_all_objects, init_table.
-module(ets_fold).
-export([main/1]).

main(_Args) ->
    T = ets:new(f, [set, public]),
    ets:insert(T, [{I, I * 2} || I <- lists:seq(1, 50)]),
    io:format("~w~n", [ets:foldl(fun({_, V}, Acc) -> V + Acc end, 0, T)]),
    io:format("~w~n", [lists:sort(ets:foldr(fun({K, _}, Acc) when K > 45 -> [K | Acc]; (_, Acc) -> Acc end, [], T))]),
    io:format("~w~n", [lists:sort(keys(T, ets:first(T)))]),
    true = ets:safe_fixtable(T, true),
    io:format("~w~n", [ets:info(T, fixed)]),
    %% deleting while walking a fixed table
    walk_delete(T, ets:first(T)),
    true = ets:safe_fixtable(T, false),
    io:format("~w~n", [{ets:info(T, fixed), ets:info(T, size)}]),
    io:format("~w~n", [lists:sort(ets:tab2list(T))]),
    ets:init_table(T, reader([[{a, 1}, {b, 2}], [{c, 3}]])),
    io:format("~w~n", [lists:sort(ets:tab2list(T))]),
    io:format("~w~n", [ets:delete_all_objects(T)]),
    io:format("~w~n", [{ets:info(T, size), ets:first(T), ets:last(T)}]),
    D = ets:new(d, [duplicate_bag]),
    ets:insert(D, [{a, 1}, {a, 1}, {b, 2}]),
    io:format("~w~n", [lists:sort(ets:foldl(fun(O, Acc) -> [O | Acc] end, [], D))]),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{K, K} || K <- [c, a, b]]),
    io:format("~w~n", [ets:foldl(fun({K, _}, Acc) -> [K | Acc] end, [], O)]),
    io:format("~w~n", [ets:foldr(fun({K, _}, Acc) -> [K | Acc] end, [], O)]).

keys(_T, '$end_of_table') -> [];
keys(T, K) -> [K | keys(T, ets:next(T, K))].

walk_delete(_T, '$end_of_table') -> ok;
walk_delete(T, K) ->
    Next = ets:next(T, K),
    case K rem 5 of
        0 -> ok;
        _ -> ets:delete(T, K)
    end,
    walk_delete(T, Next).

reader([]) -> fun(read) -> end_of_input; (close) -> ok end;
reader([Chunk | Rest]) -> fun(read) -> {Chunk, reader(Rest)}; (close) -> ok end.
