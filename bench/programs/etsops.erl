%% ETS: insert N keys into a set and an ordered_set, look each up, count each up,
%% select over all of them with a match spec, walk the ordered_set, delete each.
-module(etsops).
-export([main/1]).

main([Arg]) ->
    N = list_to_integer(Arg),
    Results = [run(Type, N) || Type <- [set, ordered_set]],
    io:format("etsops ~b: ~w~n", [N, Results]).

key(I) -> (I * 7919) rem 1000003.

run(Type, N) ->
    T = ets:new(t, [Type, public]),
    [ets:insert(T, {key(I), I, 0}) || I <- lists:seq(1, N)],
    Found = length([ok || I <- lists:seq(1, N), ets:member(T, key(I))]),
    [ets:update_counter(T, key(I), {3, 1}) || I <- lists:seq(1, N)],
    Selected = ets:select_count(T, [{{'_', '$1', '$2'}, [{'>', '$1', N div 2}, {'==', '$2', 1}], [true]}]),
    Walked = walk(T, ets:first(T), 0),
    [ets:delete(T, key(I)) || I <- lists:seq(1, N)],
    {Found, Selected, Walked, ets:info(T, size)}.

walk(_T, '$end_of_table', Count) -> Count;
walk(T, K, Count) -> walk(T, ets:next(T, K), Count + 1).
