%% lists advanced: foldl/mapfoldl/mapfoldr/splitwith/zipwith3/flatmap/
%% keyreplace/keystore/keytake/ukeymerge/umerge/search/enumerate/uniq.
-module(stdlib_lists_adv).
-export([main/1]).

main(_Args) ->
    L = lists:seq(1, 12),
    io:format("~w~n", [lists:foldl(fun(X, {Ev, Od}) when X rem 2 =:= 0 -> {[X | Ev], Od}; (X, {Ev, Od}) -> {Ev, [X | Od]} end, {[], []}, L)]),
    io:format("~w~n", [lists:mapfoldl(fun(X, Acc) -> {{X, Acc}, Acc + X} end, 0, [1, 2, 3])]),
    io:format("~w~n", [lists:mapfoldr(fun(X, Acc) -> {X * Acc, Acc + 1} end, 1, [5, 6, 7])]),
    io:format("~w~n", [lists:splitwith(fun(X) -> X < 5 end, [1, 3, 5, 2, 1])]),
    io:format("~w~n", [lists:splitwith(fun is_atom/1, [])]),
    io:format("~w~n", [lists:zipwith3(fun(X, Y, Z) -> X * Y + Z end, [1, 2, 3], [4, 5, 6], [7, 8, 9])]),
    io:format("~w~n", [lists:flatmap(fun(X) -> lists:duplicate(X, X) end, [1, 2, 3, 0])]),
    KL = [{a, 1}, {b, 2}, {c, 3}, {b, 4}],
    io:format("~w~n", [lists:keyreplace(b, 1, KL, {b, 20})]),
    io:format("~w~n", [lists:keyreplace(z, 1, KL, {z, 0})]),
    io:format("~w~n", [[lists:keystore(z, 1, KL, {z, 9}), lists:keystore(c, 1, KL, {c, 30})]]),
    io:format("~w~n", [[lists:keytake(b, 1, KL), lists:keytake(q, 1, KL)]]),
    io:format("~w~n", [[lists:keyfind(2, 2, KL), lists:keymember(4, 2, KL), lists:keydelete(b, 1, KL)]]),
    io:format("~w~n", [lists:keysort(2, [{x, 3}, {y, 1}, {z, 2}, {w, 1}])]),
    io:format("~w~n", [lists:ukeysort(1, [{b, 1}, {a, 2}, {b, 3}, {a, 4}])]),
    io:format("~w~n", [lists:ukeymerge(1, [{a, 1}, {c, 3}, {e, 5}], [{a, 10}, {b, 20}, {e, 50}, {f, 60}])]),
    io:format("~w~n", [lists:keymerge(1, [{a, 1}, {c, 3}], [{a, 10}, {b, 20}])]),
    io:format("~w~n", [[lists:umerge([1, 3, 5], [2, 3, 6]), lists:merge([[1, 4], [2, 5], [3, 6]]), lists:umerge3([1], [1, 2], [2, 3])]]),
    io:format("~w~n", [lists:merge(fun(A, B) -> A >= B end, [5, 3, 1], [6, 4, 2])]),
    io:format("~w~n", [[lists:search(fun(X) -> X > 10 end, L), lists:search(fun(X) -> X > 100 end, L)]]),
    io:format("~w~n", [[lists:enumerate([a, b, c]), lists:enumerate(0, [x, y])]]),
    io:format("~w~n", [[lists:uniq([3, 1, 3, 2, 1]), lists:uniq(fun(X) -> X rem 3 end, L)]]),
    io:format("~w~n", [[lists:usort([c, a, b, a]), lists:sort(fun(A, B) -> A > B end, [1, 3, 2])]]),
    io:format("~w~n", [[lists:subtract([1, 2, 3, 2, 1], [2, 1]), lists:append([[1], [2, 3], []]), lists:concat([a, "b", 1, 2.0])]]),
    io:format("~w~n", [[lists:prefix([1, 2], L), lists:suffix([11, 12], L), lists:droplast([1, 2, 3]), lists:nthtail(10, L)]]),
    io:format("~w~n", [[lists:max([3, a, "s"]), lists:min([3, a, 2.0]), lists:flatten([1, [2, [3, [4]], []], 5]), lists:flatlength([[1, 2], [3]])]]),
    io:format("~w~n", [(catch lists:zip([a, b, c], [1, 2])) =/= ok]),
    io:format("~w~n", [lists:foldr(fun(X, A) -> [X | A] end, [0], [1, 2])]),
    io:format("~w~n", [lists:foldl(fun(X, A) -> X + A end, 0, lists:seq(1, 100000))]).
