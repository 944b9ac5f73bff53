%% set and bag traversal order as erl gives it (unsorted), while the hash table grows past
%% its first segments and shrinks back after deletes: first/next, tab2list, slot/2, and
%% select/3 chunks with their continuations. ets_dupbag_order runs the same on a duplicate_bag.
-module(ets_hash_order).
-export([main/1, run/1]).

main(_Args) ->
    [run(Type) || Type <- [set, bag]].

key(I) ->
    case I rem 4 of
        0 -> I;
        1 -> list_to_atom("k" ++ integer_to_list(I));
        2 -> integer_to_binary(I);
        3 -> -I * 1000003
    end.

run(Type) ->
    T = ets:new(h, [Type]),
    ets:insert(T, [{key(I), I rem 7} || I <- lists:seq(1, 6000)]),
    Type =/= set andalso ets:insert(T, [{key(I), I rem 5} || I <- lists:seq(1, 6000, 3)]),
    Type =:= duplicate_bag andalso ets:insert(T, [{key(I), I rem 7} || I <- lists:seq(1, 6000, 11)]),
    report(Type, grown, T),
    %% deletes: keys, single objects, a select_delete; the table shrinks
    [ets:delete(T, key(I)) || I <- lists:seq(1, 6000, 2)],
    [ets:delete_object(T, {key(I), I rem 7}) || I <- lists:seq(2, 6000, 6)],
    Deleted = ets:select_delete(T, [{{'_', '$1'}, [{'>', '$1', 4}], [true]}]),
    io:format("~w deleted ~w~n", [Type, Deleted]),
    report(Type, shrunk, T),
    ets:insert(T, [{key(I), new} || I <- lists:seq(1, 300)]),
    report(Type, refilled, T).

report(Type, Stage, T) ->
    List = ets:tab2list(T),
    Walk = walk(T, ets:first(T)),
    Slots = slots(T, 0),
    Chunks = chunks(ets:select(T, [{{'$1', '$2'}, [{'<', '$2', 3}], [{{'$2', '$1'}}]}], 100)),
    All = ets:select(T, [{{'$1', '$2'}, [{'<', '$2', 3}], [{{'$2', '$1'}}]}]),
    io:format("~w ~w: size ~w, order ~w ~w~n", [Type, Stage, ets:info(T, size), erlang:phash2(List), lists:sublist(List, 6)]),
    io:format("  walk ~w ~w, slots ~w ~w ~w~n",
              [erlang:phash2(Walk), lists:sublist(Walk, 6), length(Slots), erlang:phash2(Slots), lists:sublist([S || S <- Slots, S =/= []], 3)]),
    io:format("  chunks ~w ~w ~w, select ~w ~w~n",
              [length(Chunks), [length(C) || C <- lists:sublist(Chunks, 4)], erlang:phash2(Chunks), length(All), erlang:phash2(All)]),
    io:format("  match ~w~n", [erlang:phash2(chunks(ets:match(T, {'$1', 1}, 50)))]).

walk(_T, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].

slots(T, I) ->
    case ets:slot(T, I) of
        '$end_of_table' -> [];
        Objs -> [Objs | slots(T, I + 1)]
    end.

chunks('$end_of_table') -> [];
chunks({Items, '$end_of_table'}) -> [Items];
chunks({Items, Cont}) -> [Items | chunks(ets:select(Cont))].
