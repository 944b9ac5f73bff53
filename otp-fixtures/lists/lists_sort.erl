%% Sorting: sort/1,2, usort, keysort, ukeysort, merge, reverse, and the
%% key* family (keyfind, keymember, keydelete, keyreplace, keystore, keytake).
-module(lists_sort).
-export([main/1]).

main(_Args) ->
    L = [5, 3, 9, 1, 3, 7, 2, 9, 0],
    io:format("~w~n", [lists:sort(L)]),
    io:format("~w~n", [lists:sort(fun(A, B) -> A >= B end, L)]),
    io:format("~w~n", [lists:usort(L)]),
    io:format("~w~n", [lists:usort(fun(A, B) -> A >= B end, L)]),
    io:format("~w~n", [lists:reverse(L)]),
    io:format("~w~n", [lists:reverse(L, [tail])]),
    P = [{c, 3, x}, {a, 1, y}, {b, 2, z}, {a, 0, w}, {c, 1, v}],
    io:format("~w~n", [lists:keysort(1, P)]),
    io:format("~w~n", [lists:keysort(2, P)]),
    io:format("~w~n", [lists:ukeysort(1, P)]),
    io:format("~w~n", [lists:sort(fun({_, X, _}, {_, Y, _}) -> X =< Y end, P)]),
    io:format("~w~n", [lists:merge([1, 4, 7], [2, 5, 8])]),
    io:format("~w~n", [lists:merge([[1, 5], [2, 3], [0, 9]])]),
    io:format("~w~n", [lists:umerge([1, 2, 3], [2, 3, 4])]),
    io:format("~w~n", [lists:keymerge(1, [{a, 1}, {c, 3}], [{b, 2}, {d, 4}])]),
    io:format("~w~n", [[lists:keyfind(b, 1, P), lists:keyfind(q, 1, P), lists:keyfind(2, 2, P)]]),
    io:format("~w~n", [[lists:keymember(a, 1, P), lists:keymember(z, 3, P)]]),
    io:format("~w~n", [lists:keydelete(a, 1, P)]),
    io:format("~w~n", [lists:keyreplace(c, 1, P, {c, 99, new})]),
    io:format("~w~n", [lists:keystore(d, 1, P, {d, 4, u})]),
    io:format("~w~n", [lists:keystore(b, 1, P, {b, 4, u})]),
    io:format("~w~n", [lists:keytake(a, 1, P)]),
    io:format("~w~n", [lists:keytake(q, 1, P)]),
    io:format("~w~n", [lists:keymap(fun(X) -> X * 10 end, 2, P)]),
    Big = [(X * 7919) rem 1000 || X <- lists:seq(1, 500)],
    Sorted = lists:sort(Big),
    io:format("~w ~w ~w~n", [lists:sublist(Sorted, 10), lists:last(Sorted), length(lists:usort(Big))]),
    io:format("~w~n", [Sorted =:= lists:reverse(lists:sort(fun(A, B) -> A >= B end, Big))]),
    io:format("~w~n", [lists:sort([{b, 2}, {a, 2}, {b, 1}, "str", [], atom])]),
    ok.
