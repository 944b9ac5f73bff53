%% select/3, select/1, select_reverse/3, match/3, match_object/3: chunks and continuations.
-module(ets_continuations).
-export([main/1]).
-include_lib("stdlib/include/ms_transform.hrl").

main(_Args) ->
    O = ets:new(o, [ordered_set]),
    S = ets:new(s, [set]),
    B = ets:new(b, [bag]),
    Objs = [{I, I rem 3} || I <- lists:seq(1, 20)],
    ets:insert(O, Objs),
    ets:insert(S, Objs),
    ets:insert(B, Objs ++ [{I, x} || I <- lists:seq(1, 20, 4)]),
    Ms = ets:fun2ms(fun({K, R}) when R =/= 0 -> K end),
    io:format("~w~n", [chunks(ets:select(O, Ms, 4))]),
    io:format("~w~n", [chunks(ets:select_reverse(O, Ms, 5))]),
    io:format("~w~n", [chunks(ets:select(O, Ms, 100))]),
    io:format("~w~n", [chunks(ets:select(O, [{{'$1', 7}, [], ['$1']}], 3))]),
    io:format("~w~n", [chunks(ets:match(O, {'$1', 0}, 2))]),
    io:format("~w~n", [chunks(ets:match_object(O, {'_', 1}, 3))]),
    io:format("~w~n", [chunks(ets:select(O, [{{'$1', '_'}, [{'>', '$1', 17}], ['$1']}], 3))]),
    {First, Cont} = ets:select(O, Ms, 13),
    io:format("~w~n", [{First, ets:select(Cont)}]),
    io:format("~w~n", [ets:select('$end_of_table')]),
    io:format("~w~n", [lists:sort(lists:append(chunks(ets:select(S, Ms, 4))))]),
    io:format("~w~n", [lists:sort(lists:append(chunks(ets:select_reverse(S, Ms, 6))))]),
    io:format("~w~n", [lists:sort(lists:append(chunks(ets:match(S, {'$1', 2}, 2))))]),
    io:format("~w~n", [lists:sort(lists:append(chunks(ets:match_object(B, {'_', x}, 2))))]),
    io:format("~w~n", [lists:sort(lists:append(chunks(ets:select(B, [{{'$1', '$2'}, [], [{{'$2', '$1'}}]}], 7))))]),
    io:format("~w~n", [ets:select(S, Ms, 100) =:= {element(1, ets:select(S, Ms, 100)), '$end_of_table'}]),
    io:format("~w~n", [ets:select(S, [{{'$1', 5}, [], ['$1']}], 1)]),
    %% a continuation goes on even after the table changed
    {_, C2} = ets:select(O, Ms, 3),
    ets:delete(O, 5),
    ets:insert(O, {4.5, 1}),
    io:format("~w~n", [chunks(ets:select(C2))]),
    io:format("~w~n", [ets:is_compiled_ms(element(5, C2))]),
    io:format("~w~n", [ets:repair_continuation(C2, Ms) =:= C2]).

chunks('$end_of_table') -> [];
chunks({Items, '$end_of_table'}) -> [Items];
chunks({Items, Cont}) -> [Items | chunks(ets:select(Cont))].
