%% flatten, deep lists, improper lists, ++ and -- edge cases, length errors,
%% lists:member/append/concat and the proplists and orddict helpers.
-module(lists_misc).
-export([main/1]).

main(_Args) ->
    io:format("~w~n", [lists:flatten([1, [2, [3, [4, []]], 5], [[[]]], 6])]),
    io:format("~w~n", [lists:flatten([a, [b]], [c, d])]),
    io:format("~w~n", [lists:flatlength([1, [2, [3]], []])]),
    io:format("~w~n", [[1, 2 | 3]]),
    io:format("~p~n", [[a | b]]),
    io:format("~w~n", [[1, 2] ++ 3]),
    io:format("~w~n", [[] ++ foo]),
    io:format("~w~n", [[1, 2, 3, 2, 1] -- [2, 1, 4]]),
    io:format("~w~n", [[a, b, c] -- []]),
    io:format("~p~n", [err(fun() -> length([1, 2 | 3]) end)]),
    io:format("~p~n", [err(fun() -> [1 | 2] ++ [3] end)]),
    io:format("~p~n", [err(fun() -> [1] -- b end)]),
    io:format("~p~n", [err(fun() -> hd([]) end)]),
    io:format("~p~n", [err(fun() -> tl(a) end)]),
    io:format("~p~n", [err(fun() -> lists:reverse(a) end)]),
    io:format("~w~n", [lists:member(x, [a, b, x])]),
    io:format("~w~n", [lists:concat([a, "b", 3])]),
    Props = [{a, 1}, b, {c, 3}, {a, 2}],
    io:format("~w~n", [[proplists:get_value(a, Props), proplists:get_value(z, Props, def),
                        proplists:get_bool(b, Props), proplists:get_all_values(a, Props)]]),
    io:format("~w~n", [proplists:get_keys(Props)]),
    io:format("~w~n", [proplists:delete(a, Props)]),
    D0 = orddict:new(),
    D1 = orddict:store(b, 2, orddict:store(a, 1, D0)),
    D2 = orddict:update_counter(a, 10, D1),
    D3 = orddict:append(c, x, D2),
    io:format("~w~n", [[D3, orddict:find(a, D3), orddict:find(z, D3), orddict:fetch_keys(D3)]]),
    S = sets:from_list([c, a, b, a], [{version, 2}]),
    io:format("~w~n", [lists:sort(sets:to_list(S))]),
    io:format("~w~n", [[sets:is_element(a, S), sets:size(S)]]),
    Q = queue:in(3, queue:in(2, queue:in(1, queue:new()))),
    {{value, H}, Q2} = queue:out(Q),
    io:format("~w~n", [[H, queue:to_list(Q2), queue:len(Q2)]]),
    T = gb_trees:from_orddict([{1, one}, {2, two}, {3, three}]),
    io:format("~w~n", [[gb_trees:lookup(2, T), gb_trees:size(T), gb_trees:keys(T)]]),
    io:format("~w~n", [array:to_list(array:set(3, x, array:new(5, {default, 0})))]),
    ok.

err(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
