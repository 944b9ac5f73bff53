%% Naive reverse of a 30-element list, N times.
-module(nrev).
-export([main/1]).

main([Arg]) ->
    N = list_to_integer(Arg),
    L = lists:seq(1, 30),
    R = loop(N, L, []),
    io:format("nrev ~b: ~w~n", [N, lists:sublist(R, 5)]).

loop(0, _, R) -> R;
loop(N, L, _) -> loop(N - 1, L, nrev(L)).

nrev([]) -> [];
nrev([H | T]) -> app(nrev(T), [H]).

app([], L) -> L;
app([H | T], L) -> [H | app(T, L)].
