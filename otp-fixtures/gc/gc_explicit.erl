%% erlang:garbage_collect/0 collects at once: everything the process still uses
%% (stack frames, the dictionary, queued messages) survives it, and it returns true.
-module(gc_explicit).
-export([main/1]).

main(_Args) ->
    Live = [{N, integer_to_list(N)} || N <- lists:seq(1, 5000)],
    put(key, lists:seq(1, 300)),
    self() ! {queued, lists:seq(1, 50)},
    _ = [lists:seq(1, 100) || _ <- lists:seq(1, 500)],
    io:format("gc ~p~n", [erlang:garbage_collect()]),
    io:format("live ~p ~p~n", [length(Live), lists:last(Live)]),
    io:format("dictionary ~p~n", [lists:sum(get(key))]),
    receive {queued, Q} -> io:format("message ~p~n", [lists:sum(Q)]) end,
    io:format("nested ~p~n", [deep(100)]),
    {'EXIT', {Reason, _}} = (catch erts_internal:garbage_collect(full)),
    io:format("bad ~p~n", [Reason]).

%% Collections from inside a deep recursion keep every frame's data.
deep(0) -> erlang:garbage_collect(), 0;
deep(N) -> T = {N, lists:seq(1, N)}, R = deep(N - 1), {M, L} = T, R + M + length(L).
