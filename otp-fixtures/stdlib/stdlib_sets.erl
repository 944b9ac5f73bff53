%% sets v1 (default) and v2 (map-based): construction, membership, algebra,
%% fold/filter, subset/disjoint; results printed as sorted lists.
-module(stdlib_sets).
-export([main/1]).

main(_Args) ->
    lists:foreach(fun run/1, [[], [{version, 2}]]),
    V1 = sets:from_list([1, 2]),
    V2 = sets:from_list([1, 2], [{version, 2}]),
    io:format("~w~n", [[sets:is_set(V1), sets:is_set(V2), sets:is_set(foo), is_map(V2), is_tuple(V1)]]),
    io:format("~w~n", [sets:to_list(sets:union(sets:new(), sets:new()))]),
    io:format("~w~n", [[catch sets:union(V1, V2) =:= 0]]).

run(Opts) ->
    io:format("opts ~w~n", [Opts]),
    A = sets:from_list(lists:seq(1, 20), Opts),
    B = sets:from_list(lists:seq(10, 40, 3), Opts),
    E = sets:new(Opts),
    S = fun(Set) -> lists:sort(sets:to_list(Set)) end,
    io:format("~w ~w ~w~n", [sets:size(A), sets:size(B), sets:size(E)]),
    io:format("~w~n", [[sets:is_element(5, A), sets:is_element(50, A), sets:is_empty(E), sets:is_empty(A)]]),
    io:format("~w~n", [S(sets:union(A, B))]),
    io:format("~w~n", [S(sets:intersection(A, B))]),
    io:format("~w~n", [S(sets:subtract(A, B))]),
    io:format("~w~n", [S(sets:union([A, B, sets:from_list([x, y], Opts)]))]),
    io:format("~w~n", [S(sets:intersection([A, B, sets:from_list([13, 16, 99], Opts)]))]),
    io:format("~w~n", [S(sets:add_element(100, sets:del_element(1, A)))]),
    io:format("~w~n", [S(sets:filter(fun(X) -> X rem 2 =:= 0 end, A))]),
    io:format("~w~n", [sets:fold(fun(X, Acc) -> X + Acc end, 0, A)]),
    io:format("~w~n", [[sets:is_subset(sets:from_list([1, 2], Opts), A), sets:is_subset(B, A),
                        sets:is_disjoint(A, sets:from_list([50, 60], Opts)), sets:is_disjoint(A, B)]]),
    io:format("~w~n", [S(sets:from_list([a, b, a, c, b], Opts))]),
    io:format("~w~n", [S(sets:add_element(a, sets:add_element(a, E)))]).
