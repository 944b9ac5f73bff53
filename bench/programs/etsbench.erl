%% ETS: N inserts, lookups and update_counters on a set, then a select over it.
-module(etsbench).
-export([main/1]).

main([Arg]) ->
    N = list_to_integer(Arg),
    T = ets:new(bench, [set, public]),
    insert(T, N),
    Found = lookup(T, N, 0),
    count(T, N),
    Big = ets:select_count(T, [{{'$1', '$2', '$3'}, [{'>', '$3', 1}], [true]}]),
    Sum = lists:sum(ets:select(T, [{{'$1', '$2', '$3'}, [{'<', '$1', 1000}], ['$3']}])),
    io:format("etsbench ~b: ~b found, ~b counted twice, sum ~b, size ~b~n", [N, Found, Big, Sum, ets:info(T, size)]).

insert(_, 0) -> ok;
insert(T, N) -> ets:insert(T, {N, {value, N}, 0}), insert(T, N - 1).

lookup(_, 0, Found) -> Found;
lookup(T, N, Found) ->
    case ets:lookup(T, N) of
        [{N, {value, N}, _}] -> lookup(T, N - 1, Found + 1);
        _ -> lookup(T, N - 1, Found)
    end.

count(_, 0) -> ok;
count(T, N) ->
    ets:update_counter(T, N, {3, 1}),
    N rem 2 =:= 0 andalso ets:update_counter(T, N, {3, 1}),
    count(T, N - 1).
