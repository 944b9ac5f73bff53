%% Large maps (more than 32 keys, a hash trie in BEAM): only sorted views are
%% printed because their print order depends on the internal hash.
-module(maps_large).
-export([main/1]).

main(_Args) ->
    M = maps:from_list([{K, K * K} || K <- lists:seq(1, 100)]),
    io:format("~w~n", [map_size(M)]),
    io:format("~w~n", [lists:sublist(lists:sort(maps:to_list(M)), 5)]),
    io:format("~w~n", [[maps:get(K, M) || K <- [1, 33, 64, 100]]]),
    M2 = M#{50 := fifty, 200 => twohundred},
    io:format("~w ~w ~w~n", [map_size(M2), maps:get(50, M2), maps:get(200, M2)]),
    M3 = maps:without(lists:seq(1, 90), M2),
    io:format("~w~n", [lists:sort(maps:to_list(M3))]),
    io:format("~w~n", [lists:sort(maps:keys(maps:filter(fun(K, _) -> K rem 10 =:= 0 end, M)))]),
    io:format("~w~n", [maps:fold(fun(_, V, Acc) -> V + Acc end, 0, M)]),
    io:format("~w~n", [lists:sum(maps:values(maps:map(fun(K, V) -> V - K end, M)))]),
    Atoms = maps:from_list([{list_to_atom("k" ++ integer_to_list(I)), I} || I <- lists:seq(1, 40)]),
    io:format("~w~n", [lists:sublist(lists:sort(maps:keys(Atoms)), 8)]),
    #{k7 := Seven, k40 := Forty} = Atoms,
    io:format("~w ~w~n", [Seven, Forty]),
    Mixed = maps:from_list([{I, x} || I <- lists:seq(1, 20)] ++ [{float(I), y} || I <- lists:seq(1, 20)]),
    io:format("~w ~w ~w~n", [map_size(Mixed), maps:get(5, Mixed), maps:get(5.0, Mixed)]),
    %% Shrinking back under 33 keys and comparing.
    Small = maps:with([1, 2, 3], M),
    io:format("~w~n", [Small]),
    io:format("~w~n", [M =:= maps:from_list(lists:reverse(maps:to_list(M)))]),
    io:format("~w~n", [maps:merge(M, M3) =:= M2#{50 := 2500, 200 => twohundred}]),
    io:format("~w~n", [erlang:phash2(M) =:= erlang:phash2(maps:from_list(lists:sort(maps:to_list(M))))]),
    io:format("~w~n", [lists:sort(maps:to_list(maps:from_keys(lists:seq(1, 35), 0))) =:= [{I, 0} || I <- lists:seq(1, 35)]]),
    io:format("~w~n", [M < M2]),
    io:format("~w~n", [#{a => 1} < M]),
    Nested = maps:from_list([{I, #{inner => I}} || I <- lists:seq(1, 40)]),
    io:format("~w~n", [[maps:get(inner, maps:get(I, Nested)) || I <- [1, 20, 40]]]),
    Bin = term_to_binary(M),
    io:format("~w~n", [binary_to_term(Bin) =:= M]),
    ok.
