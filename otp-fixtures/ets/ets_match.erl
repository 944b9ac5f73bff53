%% match, match_object, match_delete, match specs compiled and run, test_ms.
-module(ets_match).
-export([main/1]).

main(_Args) ->
    T = ets:new(m, [ordered_set]),
    ets:insert(T, [{1, {a, b}, [x, y]}, {2, {a, c}, [x]}, {3, {b, b}, []}, {4, {a, b}, [z, y]}, {5, "str", <<"bin">>}]),
    io:format("~w~n", [ets:match(T, {'$1', {a, '$2'}, '_'})]),
    io:format("~w~n", [ets:match(T, {'$1', {'$2', '$2'}, '_'})]),
    io:format("~w~n", [ets:match(T, {'_', '_', [x | '$1']})]),
    io:format("~w~n", [ets:match(T, {'$1', '_', ['_', y]})]),
    io:format("~w~n", [ets:match_object(T, {'_', {a, b}, '_'})]),
    io:format("~w~n", [ets:match_object(T, {'_', [$s | '_'], '$9'})]),
    io:format("~w~n", [ets:match(T, {'$3', '_', '$1'})]),
    io:format("~w~n", [ets:match(T, '$1') =:= [[O] || O <- ets:tab2list(T)]]),
    io:format("~w~n", [ets:match_object(T, {1.0, '_', '_'})]),
    io:format("~w~n", [ets:match_delete(T, {'_', {a, '_'}, '_'})]),
    io:format("~w~n", [ets:tab2list(T)]),
    M = ets:new(maps, [set]),
    ets:insert(M, [{1, #{kind => a, v => 1}}, {2, #{kind => b, v => 2}}, {3, #{kind => a}}]),
    io:format("~w~n", [lists:sort(ets:match(M, {'$1', #{kind => a, v => '$2'}}))]),
    io:format("~w~n", [lists:sort(ets:match(M, {'$1', #{kind => a}}))]),
    Ms = ets:match_spec_compile([{{'$1', '$2'}, [{'>', '$2', 1}], [{{'$2', '$1'}}]}, {'$1', [{is_atom, '$1'}], [atom]}]),
    io:format("~w~n", [ets:is_compiled_ms(Ms)]),
    io:format("~w~n", [ets:is_compiled_ms(make_ref())]),
    io:format("~w~n", [ets:match_spec_run([{a, 1}, {b, 2}, c, {d, 3}, 4], Ms)]),
    io:format("~w~n", [ets:test_ms({a, 5}, [{{'$1', '$2'}, [{'>', '$2', 1}], [{{'$2', '$1'}}]}])]),
    io:format("~w~n", [ets:test_ms({a, 0}, [{{'$1', '$2'}, [{'>', '$2', 1}], ['$_']}])]),
    io:format("~w~n", [ets:test_ms({a, 0}, [{{'$1', '$2'}, [], ['$3']}])]),
    io:format("~w~n", [ets:test_ms({a, 0}, [{{'$1', '$2'}, [], [{message, '$1'}]}])]),
    io:format("~w~n", [ets:test_ms({a, 0}, [{{'$1', '$2'}, [], [{nosuchfun, '$1'}]}])]),
    io:format("~w~n", [ets:test_ms({a, 0}, [{{'$1', '$2'}, [], [{element, 3, '$_'}]}])]),
    [io:format("~w~n", [try ets:match_spec_compile(Bad) catch C:R -> {C, R} end]) ||
        Bad <- [foo, [foo], [{a, b, c}], [{'_', [], [{nosuchfun}]}], [{'_', [], ['$1']}]]],
    io:format("~w~n", [try ets:select(T, [{'_', [], [{self, x}]}]) catch C:R -> {C, R} end]).
