%% A table of N small tuples: insert them all, then look every one up.
-module(etsbig).
-export([main/1]).

main([Arg]) ->
    N = list_to_integer(Arg),
    T = ets:new(big, [set, public]),
    insert(T, N),
    Found = lookup(T, N, 0),
    io:format("etsbig ~b: ~b found, size ~b~n", [N, Found, ets:info(T, size)]).

insert(_, 0) -> ok;
insert(T, N) -> ets:insert(T, {N, N rem 1000}), insert(T, N - 1).

lookup(_, 0, Found) -> Found;
lookup(T, N, Found) ->
    case ets:lookup(T, N) of
        [{N, _}] -> lookup(T, N - 1, Found + 1);
        [] -> lookup(T, N - 1, Found)
    end.
