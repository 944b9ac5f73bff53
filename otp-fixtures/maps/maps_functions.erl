%% The maps module: fold, map, filter, filtermap, update_with, with, without,
%% take, merge_with, groups_from_list, iterator/next, intersect, keys order.
-module(maps_functions).
-export([main/1]).

main(_Args) ->
    M = #{apple => 3, banana => 5, cherry => 7, date => 0},
    io:format("~p~n", [maps:map(fun(_K, V) -> V * 2 end, M)]),
    io:format("~p~n", [maps:filter(fun(_K, V) -> V > 3 end, M)]),
    io:format("~p~n", [maps:filtermap(fun(apple, _) -> false; (_, 0) -> true; (_, V) -> {true, -V} end, M)]),
    io:format("~p~n", [maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M)]),
    io:format("~p~n", [maps:update_with(apple, fun(V) -> V + 100 end, M)]),
    io:format("~p~n", [maps:update_with(fig, fun(V) -> V + 100 end, 1, M)]),
    io:format("~p~n", [maps:with([apple, date, zzz], M)]),
    io:format("~p~n", [maps:without([apple, date, zzz], M)]),
    io:format("~p~n", [maps:take(banana, M)]),
    io:format("~p~n", [maps:take(zzz, M)]),
    io:format("~p~n", [maps:merge_with(fun(_K, A, B) -> A + B end, M, #{apple => 10, kiwi => 1})]),
    io:format("~p~n", [maps:intersect(M, #{apple => x, date => y, other => z})]),
    io:format("~p~n", [maps:intersect_with(fun(_K, A, B) -> {A, B} end, M, #{cherry => c})]),
    io:format("~p~n", [maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10))]),
    io:format("~p~n", [maps:from_keys([a, b, c], none)]),
    I = maps:iterator(#{1 => one, 2 => two}),
    {K1, V1, I2} = maps:next(I),
    {K2, V2, I3} = maps:next(I2),
    io:format("~p~n", [[{K1, V1}, {K2, V2}, maps:next(I3)]]),
    io:format("~p~n", [maps:get(cherry, M)]),
    io:format("~p~n", [maps:foreach(fun(K, V) -> io:format("~p=~p ", [K, V]) end, M)]),
    Counts = lists:foldl(fun(W, Acc) -> maps:update_with(W, fun(C) -> C + 1 end, 1, Acc) end,
                         #{}, string:lexemes("the cat and the dog and the bird", " ")),
    io:format("~p~n", [Counts]),
    io:format("~p~n", [try maps:update_with(nope, fun(V) -> V end, M) catch C:R -> {C, R} end]),
    io:format("~p~n", [try maps:map(not_a_fun, M) catch C2:R2 -> {C2, R2} end]),
    ok.
