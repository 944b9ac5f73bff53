%% compressed tables: objects come back as they went in, whatever they hold.
-module(ets_compressed).
-export([main/1]).

main(_Args) ->
    T = ets:new(z, [set, compressed]),
    Big = list_to_binary(lists:duplicate(2000, $a)),
    Objs = [{1, Big}, {2, lists:seq(1, 500)}, {3, {nested, [#{k => {v, 1.5}}, "text", -1 bsl 80]}},
            {4, fun lists:sort/1}, {5, self()}, {{tuple, key}, <<1, 2, 3:5>>}, {6, 0}],
    ets:insert(T, Objs),
    io:format("~w~n", [[ets:lookup(T, K) =:= [O] || {K, _} = O <- Objs]]),
    io:format("~w~n", [ets:info(T, compressed)]),
    io:format("~w~n", [ets:update_counter(T, 6, 5)]),
    io:format("~w~n", [ets:update_element(T, 2, {2, short})]),
    io:format("~w~n", [ets:lookup(T, 2)]),
    io:format("~w~n", [ets:select(T, [{{'$1', '$2'}, [{is_integer, '$2'}], [{{'$1', '$2'}}]}])]),
    io:format("~w~n", [ets:match(T, {{tuple, '$1'}, '$2'})]),
    io:format("~w~n", [lists:sort([K || {K, _} <- ets:tab2list(T)])]),
    io:format("~w~n", [byte_size(element(2, hd(ets:lookup(T, 1))))]),
    B = ets:new(zb, [bag, compressed]),
    ets:insert(B, [{k, Big}, {k, Big}, {k, <<"other">>}]),
    io:format("~w~n", [length(ets:lookup(B, k))]),
    ets:delete_object(B, {k, Big}),
    io:format("~w~n", [ets:lookup(B, k)]),
    O = ets:new(zo, [ordered_set, compressed]),
    ets:insert(O, [{K, lists:duplicate(K, K)} || K <- [3, 1, 2]]),
    io:format("~w~n", [{ets:first(O), ets:last(O), ets:tab2list(O)}]).
