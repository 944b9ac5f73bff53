%% proplists: get_value/get_all_values/get_bool/lookup/delete/expand/normalize/
%% compact/unfold/split/substitute_aliases/to_map/from_map.
-module(stdlib_proplists).
-export([main/1]).

main(_Args) ->
    P = [{a, 1}, b, {c, 3}, {a, 2}, {d, false}, e, {f, 1, 2}],
    io:format("~w~n", [[proplists:get_value(a, P), proplists:get_value(b, P), proplists:get_value(x, P),
                        proplists:get_value(x, P, def)]]),
    io:format("~w~n", [proplists:get_all_values(a, P)]),
    io:format("~w~n", [[proplists:get_bool(b, P), proplists:get_bool(d, P), proplists:get_bool(zz, P)]]),
    io:format("~w~n", [[proplists:lookup(a, P), proplists:lookup(b, P), proplists:lookup(f, P), proplists:lookup(q, P)]]),
    io:format("~w~n", [proplists:lookup_all(a, P)]),
    io:format("~w~n", [[proplists:is_defined(e, P), proplists:is_defined(q, P)]]),
    io:format("~w~n", [proplists:delete(a, P)]),
    io:format("~w~n", [lists:sort(proplists:get_keys(P))]),
    io:format("~w~n", [proplists:append_values(a, [{a, [1, 2]}, {a, 3}, a, {b, [4]}])]),
    io:format("~w~n", [proplists:compact([{a, true}, {b, false}, c])]),
    io:format("~w~n", [proplists:unfold([a, {b, 1}, c])]),
    io:format("~w~n", [proplists:property(a, true)]),
    io:format("~w~n", [proplists:property({b, 2})]),
    io:format("~w~n", [proplists:substitute_aliases([{colour, color}], [{colour, red}, size])]),
    io:format("~w~n", [proplists:substitute_negations([{no_debug, debug}], [no_debug, {no_debug, false}])]),
    io:format("~w~n", [proplists:expand([{foo, [bar, {baz, 1}]}], [a, foo, b])]),
    io:format("~w~n", [proplists:normalize([a, {b, true}, no_c],
                                           [{negations, [{no_c, c}]}, {aliases, [{a, aa}]}, {expand, [{aa, [x, y]}]}])]),
    io:format("~w~n", [proplists:split([{c, 2}, {e, 1}, a, {c, 3, 4}, d, {b, 5}, b], [a, b, c])]),
    M = proplists:to_map([{a, 1}, b, {c, 3}, {a, 9}]),
    io:format("~w~n", [lists:sort(maps:to_list(M))]),
    io:format("~w~n", [lists:sort(proplists:from_map(#{x => 1, y => 2}))]).
