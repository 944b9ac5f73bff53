%% Small maps (at most 32 keys): construction, update with => and :=,
%% pattern matching, printing order, and the badkey/badmap errors.
-module(maps_small).
-export([main/1]).

main(_Args) ->
    M0 = #{},
    M1 = M0#{b => 2, a => 1, c => 3},
    M2 = M1#{a := 10},
    M3 = M2#{d => 4, 1 => int, "s" => str, {t} => tup, 2.0 => flt, [] => nil},
    io:format("~p~n~w~n~p~n", [M1, M2, M3]),
    io:format("~w~n", [[map_size(M0), map_size(M3), maps:size(M1)]]),
    #{a := A, c := C} = M2,
    io:format("~w ~w~n", [A, C]),
    io:format("~w~n", [[is_map_key(a, M1), is_map_key(z, M1), maps:is_key(b, M1)]]),
    io:format("~w~n", [[maps:get(b, M1), maps:get(z, M1, default), maps:find(c, M1), maps:find(z, M1)]]),
    io:format("~w~n", [[maps:keys(M1), maps:values(M1), maps:to_list(M1)]]),
    io:format("~w~n", [maps:from_list([{x, 1}, {y, 2}, {x, 3}])]),
    io:format("~w~n", [maps:remove(b, M1)]),
    io:format("~w~n", [maps:put(e, 5, M1)]),
    io:format("~w~n", [maps:update(a, 0, M1)]),
    io:format("~w~n", [maps:merge(M1, #{a => merged, z => 26})]),
    io:format("~w~n", [#{1 => a, 1.0 => b, -1 => c, a => d, {} => e, <<>> => f, "" => g}]),
    io:format("~w~n", [#{#{k => v} => nested, [1, 2] => list}]),
    io:format("~p~n", [#{key => #{inner => [1, 2, #{deep => true}]}}]),
    io:format("~w~n", [[match(M) || M <- [#{type => circle, r => 2}, #{type => square, side => 3}, #{}, not_a_map]]]),
    io:format("~w~n", [M1 =:= #{c => 3, b => 2, a => 1}]),
    io:format("~w~n", [lists:sort([#{a => 2}, #{a => 1, b => 1}, #{b => 0}, #{}])]),
    Errs = [fun() -> M1#{z := 1} end,
            fun() -> (id(notmap))#{a => 1} end,
            fun() -> maps:get(z, M1) end,
            fun() -> maps:update(z, 1, M1) end,
            fun() -> maps:get(a, id([])) end,
            fun() -> #{z := _} = id(M1) end,
            fun() -> map_size(id(x)) end],
    [io:format("~p~n", [try F() catch Class:Reason -> {Class, Reason} end]) || F <- Errs],
    ok.

match(#{type := circle, r := R}) -> {circle, R * R};
match(#{type := T}) -> {other, T};
match(#{}) -> empty;
match(_) -> none.

id(X) -> X.
