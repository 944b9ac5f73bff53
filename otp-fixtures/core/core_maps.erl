%% Maps for the emulator core: the map instructions (get_map_elements, has_map_fields,
%% put_map_assoc, put_map_exact), the map BIFs and the Erlang half of the maps module.
%% main/1 prints {Name, Result} with ~w for every exported t_*/0 function, where Result is
%% the value or {Class, Reason} (run/1); the emulator tests call run/1 for each name.
-module(core_maps).
-export([main/1, run/1]).
-export([t_literals/0, t_build/0, t_match_head/0, t_match_case/0, t_match_var_key/0,
         t_guard_bifs/0, t_assoc/0, t_exact/0, t_exact_many/0, t_source_unchanged/0,
         t_badkey_exact/0, t_badkey_exact_order/0, t_badmap_exact/0, t_badmap_assoc/0,
         t_map_size/0, t_badmap_size/0, t_map_get/0, t_map_get_badkey/0, t_is_map_key/0,
         t_maps_get/0, t_maps_get_badkey/0, t_maps_get_badmap/0, t_maps_get3/0,
         t_find/0, t_put/0, t_update/0, t_update_badkey/0, t_remove/0, t_take/0,
         t_merge/0, t_merge_badmap/0, t_keys_values/0, t_to_list/0, t_from_list/0,
         t_from_list_badarg/0, t_from_keys/0, t_fold/0, t_map/0, t_filter/0,
         t_iterator/0, t_with_without/0, t_update_with/0, t_mixed_keys/0,
         t_number_keys/0, t_nested/0, t_nested_update/0, t_print_order/0,
         t_compare/0, t_large/0, t_large_match/0, t_map_keys_as_keys/0,
         t_empty/0, t_is_map/0, t_records_in_maps/0, t_update_loops/0, t_float_zero_keys/0]).

main(_Args) ->
    [io:format("~w~n", [{Name, run(Name)}]) || Name <- names()],
    ok.

names() ->
    [N || {N, 0} <- ?MODULE:module_info(exports), lists:prefix("t_", atom_to_list(N))].

run(Name) ->
    try ?MODULE:Name() of
        Value -> Value
    catch
        Class:Reason -> {Class, Reason}
    end.

id(X) -> X.

%% The error of a call as {Class, Reason}: no stack trace (BIF frames carry error_info in erl).
err(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.

t_literals() -> [#{}, #{a => 1}, #{b => 2, a => 1}, #{1 => one, "s" => str, {t} => tuple, [l] => list}].

t_build() ->
    A = id(1), B = id(two), C = id(3.0),
    [#{A => B}, #{k1 => A, k2 => B, k3 => C}, #{A => x, B => y, C => z}, #{{A, B} => [C]}].

t_match_head() -> [head(#{type => circle, r => 2}), head(#{type => square, side => 3}),
                   head(#{type => other}), head(#{}), head(not_a_map)].

head(#{type := circle, r := R}) -> {circle, R};
head(#{type := square, side := S}) -> {square, S};
head(#{type := T}) -> {unknown, T};
head(#{}) -> empty_or_untyped;
head(_) -> not_a_map.

t_match_case() ->
    [case id(M) of
         #{a := 1, b := B} -> {ab, B};
         #{a := A} -> {a, A};
         #{} -> map;
         _ -> other
     end || M <- [#{a => 1, b => 2}, #{a => 2, b => 2}, #{a => x}, #{c => 1}, [1]]].

t_match_var_key() ->
    K = id(key), M = id(#{key => val, other => 1}),
    #{K := V} = M,
    R = case M of #{K := V2, other := O} -> {V2, O}; _ -> no end,
    F = fun(Key) -> case M of #{Key := X} -> {found, X}; #{} -> missing end end,
    [V, R, F(key), F(nope), F(other)].

t_guard_bifs() -> [gb(#{a => 1}), gb(#{a => 1, b => 2, c => 3}), gb(#{x => 1}), gb(notmap), gb(#{})].

gb(M) when map_size(M) > 2 -> big;
gb(M) when is_map_key(a, M), map_get(a, M) =:= 1 -> has_a_one;
gb(M) when is_map(M), map_size(M) =:= 0 -> empty;
gb(M) when is_map(M) -> map;
gb(_) -> other.

t_assoc() ->
    M0 = id(#{a => 1}),
    M1 = M0#{b => 2},
    M2 = M1#{a => 10, c => 3},
    M3 = M2#{id(d) => 4},
    M4 = (id(#{}))#{z => 26, y => 25},
    [M1, M2, M3, M4, map_size(M3)].

t_exact() ->
    M = id(#{a => 1, b => 2, c => 3}),
    [M#{a := 100}, M#{a := x, c := z}, M#{id(b) := bb}].

t_exact_many() ->
    M = id(#{k1 => 1, k2 => 2, k3 => 3, k4 => 4, k5 => 5}),
    M#{k5 := e, k1 := a, k3 := c}.

t_source_unchanged() ->
    M = id(#{a => 1, b => 2}),
    M1 = M#{a := changed},
    M2 = M#{new => 3},
    [M, M1, M2].

t_badkey_exact() -> M = id(#{a => 1}), M#{b := 2}.

t_badkey_exact_order() -> M = id(#{a => 1}), M#{z := 1, c := 2, a := 3}.

t_badmap_exact() -> M = id(not_a_map), M#{a := 1}.

t_badmap_assoc() -> M = id([1, 2]), M#{a => 1}.

t_map_size() -> [map_size(#{}), map_size(id(#{a => 1, b => 2})), maps:size(id(#{x => y}))].

t_badmap_size() -> map_size(id({a, tuple})).

t_map_get() -> [map_get(a, id(#{a => 1})), erlang:map_get({k}, id(#{{k} => v}))].

t_map_get_badkey() -> map_get(b, id(#{a => 1})).

t_is_map_key() -> [is_map_key(a, id(#{a => 1})), is_map_key(b, id(#{a => 1})), err(fun() -> is_map_key(a, id(x)) end)].

t_maps_get() -> M = id(#{a => 1, "k" => [v]}), [maps:get(a, M), maps:get("k", M)].

t_maps_get_badkey() -> maps:get(missing, id(#{a => 1})).

t_maps_get_badmap() -> maps:get(a, id([])).

t_maps_get3() -> M = id(#{a => 1}), [maps:get(a, M, default), maps:get(b, M, default)].

t_find() -> M = id(#{a => 1}), [maps:find(a, M), maps:find(b, M), err(fun() -> maps:find(a, id(3)) end)].

t_put() ->
    M = id(#{b => 2}),
    [maps:put(a, 1, M), maps:put(b, 3, M), maps:put(c, 4, M), M, err(fun() -> maps:put(a, 1, id(nomap)) end)].

t_update() -> M = id(#{a => 1, b => 2}), [maps:update(a, 11, M), M].

t_update_badkey() -> maps:update(c, 3, id(#{a => 1})).

t_remove() ->
    M = id(#{a => 1, b => 2, c => 3}),
    [maps:remove(b, M), maps:remove(zzz, M), maps:remove(a, maps:remove(b, maps:remove(c, M))), M,
     err(fun() -> maps:remove(a, id(1)) end)].

t_take() -> M = id(#{a => 1, b => 2}), [maps:take(a, M), maps:take(c, M), err(fun() -> maps:take(a, id(x)) end)].

t_merge() ->
    A = id(#{a => 1, b => 2}), B = id(#{b => 20, c => 30}),
    [maps:merge(A, B), maps:merge(B, A), maps:merge(A, #{}), maps:merge(#{}, B), maps:merge(A, A),
     maps:merge(A, #{a => x}), maps:merge(#{a => x}, A)].

t_merge_badmap() -> [err(fun() -> maps:merge(id(x), id(y)) end), err(fun() -> maps:merge(id(#{}), id(y)) end)].

t_keys_values() -> M = id(#{c => 3, a => 1, b => 2}), [maps:keys(M), maps:values(M), maps:keys(#{}), err(fun() -> maps:keys(id(1)) end)].

t_to_list() -> [maps:to_list(id(#{b => 2, a => 1, 3 => c})), maps:to_list(#{})].

t_from_list() ->
    [maps:from_list([{b, 2}, {a, 1}]), maps:from_list([{a, 1}, {a, 2}, {b, 3}, {a, 4}]),
     maps:from_list([]), maps:from_list([{K, K * K} || K <- lists:seq(20, 1, -1)])].

t_from_list_badarg() -> [err(fun() -> maps:from_list(id([{a, 1} | b])) end), err(fun() -> maps:from_list(id([{a, 1, 2}])) end),
                         err(fun() -> maps:from_list(id(x)) end)].

t_from_keys() -> [maps:from_keys([c, a, b, a], 0), maps:from_keys([], x), err(fun() -> maps:from_keys(id(x), 1) end)].

t_fold() ->
    M = id(#{a => 1, b => 2, c => 3}),
    [maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M),
     maps:fold(fun(_, V, Acc) -> V + Acc end, 0, M)].

t_map() -> maps:map(fun(K, V) -> {K, V * 10} end, id(#{a => 1, b => 2})).

t_filter() -> maps:filter(fun(_, V) -> V rem 2 =:= 0 end, id(#{a => 1, b => 2, c => 3, d => 4})).

t_iterator() ->
    I = maps:iterator(id(#{x => 1, y => 2})),
    {K1, V1, I2} = maps:next(I),
    {K2, V2, I3} = maps:next(I2),
    [K1, V1, K2, V2, maps:next(I3)].

t_with_without() ->
    M = id(#{a => 1, b => 2, c => 3}),
    [maps:with([a, c, z], M), maps:without([a, z], M), maps:new(), maps:is_key(b, M)].

t_update_with() ->
    M = id(#{a => 1}),
    [maps:update_with(a, fun(V) -> V + 1 end, M), maps:update_with(b, fun(V) -> V + 1 end, 0, M),
     maps:merge_with(fun(_, X, Y) -> X + Y end, #{a => 1, b => 2}, #{b => 3, c => 4})].

t_mixed_keys() ->
    M = id(#{1 => int, 1.0 => float, a => atom, "a" => string, <<"a">> => binary, {1} => tuple,
             [] => nil, #{} => map}),
    [map_size(M), maps:get(1, M), maps:get(1.0, M), maps:find(2, M), maps:keys(M),
     case M of #{1 := X, 1.0 := Y} -> {X, Y} end, maps:is_key(1.0, #{1 => a})].

t_number_keys() ->
    M = id(#{1 => a}),
    [M#{1.0 => b}, maps:put(1.0, c, M), maps:find(1.0, M), err(fun() -> M#{1.0 := d} end), #{1 => x} == #{1.0 => x},
     #{2 => a, 1.5 => b, 1 => c, -1.0e3 => d, 100000000000000000000 => e}].

t_nested() ->
    M = id(#{outer => #{inner => #{deep => 1}}, list => [#{a => 1}, #{b => 2}]}),
    #{outer := #{inner := #{deep := D}}} = M,
    [D, M, [K || #{a := K} <- maps:get(list, M)]].

t_nested_update() ->
    M = id(#{cfg => #{level => 1, name => "x"}}),
    #{cfg := Cfg} = M,
    M#{cfg := Cfg#{level := 2, extra => true}}.

t_print_order() ->
    [#{z => 1, a => 2, m => 3}, #{3 => c, 1 => a, 2 => b}, #{b => 1, 1 => b, "b" => 1, {b} => 1, 1.0 => f},
     #{[2] => x, [1, 2] => y, [1] => z}, #{<<2>> => x, <<1, 2>> => y, <<1>> => z}].

t_compare() ->
    [#{a => 1} < #{a => 2}, #{a => 1} < #{a => 1, b => 1}, #{b => 1} > #{a => 2}, #{} < #{a => 1},
     #{a => 1} == #{a => 1.0}, #{a => 1} =:= #{a => 1.0}, {} < #{}, #{} < [],
     lists:sort([#{b => 1}, #{a => 1, b => 2}, #{a => 2}, #{}, #{a => 1}])].

%% Above 32 keys erl uses a hash trie with its own order: only look at sizes and sorted lists.
t_large() ->
    M = lists:foldl(fun(K, Acc) -> Acc#{K => K * 2} end, #{}, lists:seq(1, 200)),
    M2 = maps:from_list([{{k, K}, K} || K <- lists:seq(1, 100)]),
    M3 = maps:merge(M, maps:from_list([{K, new} || K <- lists:seq(150, 250)])),
    [map_size(M), maps:get(77, M), map_size(M2), maps:get({k, 50}, M2), map_size(M3),
     maps:get(151, M3), maps:get(149, M3), lists:sum(maps:values(M)), lists:sort(maps:keys(M2)) =:= [{k, K} || K <- lists:seq(1, 100)],
     map_size(maps:remove(5, M)), maps:find(5, maps:remove(5, M)),
     lists:sort(maps:to_list(maps:filter(fun(K, _) -> K > 195 end, M))),
     maps:fold(fun(_, V, Acc) -> V + Acc end, 0, M)].

t_large_match() ->
    M = maps:from_list([{K, K} || K <- lists:seq(1, 50)]),
    #{10 := A, 40 := B} = M,
    M2 = M#{10 := ten, 51 => new},
    [A, B, maps:get(10, M2), maps:get(51, M2), map_size(M2), M =:= maps:from_list(lists:reverse(maps:to_list(M)))].

t_map_keys_as_keys() ->
    M = id(#{#{a => 1} => first, #{a => 1.0} => second, #{} => empty}),
    [maps:get(#{a => 1}, M), maps:get(#{a => 1.0}, M), maps:get(#{}, M), map_size(M)].

t_empty() -> E = id(#{}), [E, map_size(E), maps:to_list(E), E#{a => 1}, err(fun() -> E#{a := 1} end), E =:= #{}].

t_is_map() -> [is_map(#{}), is_map(id([])), [X || X <- [#{}, 1, #{a => b}], is_map(X)]].

-record(r, {m = #{} :: map()}).
t_records_in_maps() ->
    R = #r{m = #{x => 1}},
    R2 = R#r{m = (R#r.m)#{y => 2}},
    [R2, #{rec => R2}].

%% Tight loops of map updates: put_map_* are the only instructions that allocate there,
%% so they must collect (as BEAM's do) or the heap grows without bound.
t_update_loops() ->
    M = grow(#{}, 3000),
    M2 = bump(M, 3000),
    S = spin(#{a => 0, b => 0}, 200000),
    [map_size(M), maps:get(1, M), maps:get(3000, M), lists:sum(maps:values(M)),
     map_size(M2), maps:get(7, M2), lists:sum(maps:values(M2)), S, maps:get(2999, M)].

grow(M, 0) -> M;
grow(M, N) -> grow(M#{N => N}, N - 1).

bump(M, 0) -> M;
bump(M, N) -> bump(M#{N := N * 2}, N - 1).

spin(M, 0) -> M;
spin(#{a := A, b := B} = M, N) -> spin(M#{a := A + 1, b := B + 2, c => N}, N - 1).

%% OTP 25: 0.0 =:= -0.0, so they are one key; which of the two stays depends on the operation.
t_float_zero_keys() ->
    Z = id(-0.0), P = id(0.0),
    [maps:from_list([{P, a}, {Z, b}]), maps:from_list([{Z, a}, {P, b}]), maps:put(Z, x, #{P => a}),
     maps:merge(#{P => a}, #{Z => b}), maps:merge(#{P => a, 1 => b}, #{Z => c}), maps:merge(#{Z => a}, #{P => b, 2 => c}),
     (id(#{P => a}))#{Z => c}, (id(#{P => a}))#{Z := d}, maps:get(Z, #{P => a}), maps:update(Z, u, #{P => a}),
     maps:remove(Z, #{P => a, 1 => b}), maps:from_keys([P, Z], k)].
