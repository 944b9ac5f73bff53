%% Selective receive: messages taken out of order by pattern, the rest kept
%% in arrival order; after 0 polling; guards in receive; a deferred message
%% found later; message_queue_len.
-module(procs_selective).
-export([main/1]).

main(_Args) ->
    Self = self(),
    [Self ! M || M <- [{low, 1}, {high, 2}, {low, 3}, {high, 4}, other, {low, 5}]],
    io:format("queue: ~p~n", [process_info(self(), message_queue_len)]),
    io:format("highs first: ~p~n", [take(high)]),
    io:format("then lows: ~p~n", [take(low)]),
    io:format("rest: ~p~n", [drain()]),
    %% Guards choose among messages of the same shape.
    [Self ! {n, N} || N <- [5, 12, 3, 40, 7]],
    io:format("big ones: ~p~n", [big()]),
    io:format("small ones: ~p~n", [drain()]),
    %% Replies tagged with a ref skip older messages.
    Self ! {reply, old},
    Ref = make_ref(),
    spawn(fun() -> Self ! {Ref, fresh} end),
    receive {Ref, V} -> io:format("by ref: ~p~n", [V]) end,
    io:format("old one kept: ~p~n", [drain()]),
    %% A message arriving while the receiver waits with a timeout.
    spawn(fun() -> receive after 30 -> Self ! late end end),
    receive late -> io:format("late arrived~n") after 2000 -> io:format("timeout~n") end,
    receive nothing -> ok after 0 -> io:format("after 0~n") end.

take(Tag) ->
    receive {Tag, N} -> [N | take(Tag)] after 0 -> [] end.

big() ->
    receive {n, N} when N > 10 -> [N | big()] after 0 -> [] end.

drain() ->
    receive M -> [M | drain()] after 0 -> [] end.
