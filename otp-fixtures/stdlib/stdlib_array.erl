%% array: fixed/extendible, defaults, sparse ops, fold/map, resize, relax.
-module(stdlib_array).
-export([main/1]).

main(_Args) ->
    A0 = array:new(10),
    io:format("~w~n", [[array:size(A0), array:get(3, A0), array:is_fix(A0), array:default(A0)]]),
    A1 = array:set(3, x, array:set(0, a, A0)),
    io:format("~w~n", [array:to_list(A1)]),
    io:format("~w~n", [array:sparse_to_orddict(A1)]),
    io:format("~w~n", [(catch array:set(10, b, A1)) =/= ok]),
    E = array:new([{default, 0}]),
    E1 = array:set(100, 7, array:set(5, 3, E)),
    io:format("~w~n", [[array:size(E1), array:get(50, E1), array:get(100, E1), array:get(1000, E1), array:is_fix(E1)]]),
    io:format("~w~n", [array:sparse_to_list(E1)]),
    io:format("~w~n", [array:foldl(fun(I, V, Acc) -> Acc + I * V end, 0, E1)]),
    io:format("~w~n", [array:sparse_foldr(fun(I, V, Acc) -> [{I, V} | Acc] end, [], E1)]),
    F = array:from_list(lists:seq(1, 20)),
    io:format("~w~n", [array:to_list(array:map(fun(I, V) -> I * V end, F))]),
    io:format("~w~n", [array:to_orddict(array:resize(4, F))]),
    io:format("~w~n", [array:size(array:relax(array:fix(array:resize(3, F))))]),
    io:format("~w~n", [array:to_list(array:reset(2, array:from_list([a, b, c], z)))]),
    io:format("~w~n", [array:to_list(array:from_orddict([{0, a}, {4, e}], q))]),
    Big = lists:foldl(fun(I, Acc) -> array:set(I, I * I, Acc) end, array:new(), lists:seq(0, 5000, 3)),
    io:format("~w ~w ~w~n", [array:size(Big), array:get(4998, Big), array:sparse_size(Big)]),
    io:format("~w~n", [array:sparse_foldl(fun(_, V, Acc) -> V + Acc end, 0, Big)]),
    io:format("~w~n", [array:is_array(Big)]).
