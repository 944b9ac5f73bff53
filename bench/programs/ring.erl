%% A ring of 10,000 processes passes a token around N times.
-module(ring).
-export([main/1]).

-define(SIZE, 10000).

main([Arg]) ->
    Rounds = list_to_integer(Arg),
    First = self(),
    Next = lists:foldl(fun(_, Prev) -> spawn(fun() -> relay(Prev) end) end, First, lists:seq(1, ?SIZE - 1)),
    Next ! {token, Rounds * ?SIZE},
    Hops = wait(Next),
    io:format("ring ~b x ~b: the token came back ~b times~n", [?SIZE, Rounds, Hops]).

relay(Next) ->
    receive
        {token, 0} = T -> Next ! T;
        {token, N} -> Next ! {token, N - 1}, relay(Next)
    end.

%% The first process closes the ring: it forwards to the last one spawned.
wait(Next) -> wait(Next, 0).
wait(Next, Hops) ->
    receive
        {token, 0} -> Hops + 1;
        {token, N} -> Next ! {token, N - 1}, wait(Next, Hops + 1)
    end.
