%% A ring of 1,000 linked processes passes a counter around 10 times; then
%% one kill takes the whole ring down through its links.
-module(procs_ring).
-export([main/1, ring/2]).

main(_Args) ->
    {Hops, Why} = ring(1000, 10),
    io:format("token hops: ~p~n", [Hops]),
    io:format("last one: ~p~n", [Why]).

%% Also run by the emulator's stress test with a bigger ring.
ring(N, Laps) ->
    Main = self(),
    First = spawn(fun() -> first(N, Main) end),
    Last = receive {last, L} -> L end,
    First ! {laps, Laps},
    Hops = receive {done, H} -> H end,
    Ref = monitor(process, Last),
    exit(First, kill),
    receive {'DOWN', Ref, process, Last, Why} -> {Hops, Why} end.

first(N, Main) ->
    Me = self(),
    Next = spawn_link(fun() -> member(N - 1, Me, Main) end),
    receive {laps, Laps} -> Next ! {token, 1} end,
    first_loop(Next, Main, Laps * N).

first_loop(Next, Main, Total) ->
    receive
        {token, Hops} when Hops >= Total -> Main ! {done, Hops}, first_loop(Next, Main, Total);
        {token, Hops} -> Next ! {token, Hops + 1}, first_loop(Next, Main, Total)
    end.

member(1, First, Main) ->
    Main ! {last, self()},
    pass(First);
member(K, First, Main) ->
    pass(spawn_link(fun() -> member(K - 1, First, Main) end)).

pass(Next) ->
    receive {token, Hops} -> Next ! {token, Hops + 1}, pass(Next) end.
