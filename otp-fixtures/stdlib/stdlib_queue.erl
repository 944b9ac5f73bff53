%% queue: original, extended and Okasaki APIs.
-module(stdlib_queue).
-export([main/1]).

main(_Args) ->
    Q0 = queue:from_list([1, 2, 3]),
    Q1 = queue:in(4, queue:in_r(0, Q0)),
    io:format("~w~n", [queue:to_list(Q1)]),
    io:format("~w~n", [[queue:len(Q1), queue:is_empty(Q1), queue:is_empty(queue:new()), queue:is_queue(Q1), queue:member(3, Q1)]]),
    {{value, H}, Q2} = queue:out(Q1),
    {{value, T}, Q3} = queue:out_r(Q2),
    io:format("~w ~w ~w~n", [H, T, queue:to_list(Q3)]),
    io:format("~w~n", [queue:out(queue:new())]),
    io:format("~w~n", [[queue:get(Q1), queue:get_r(Q1), queue:peek(Q1), queue:peek_r(Q1), queue:peek(queue:new())]]),
    io:format("~w~n", [queue:to_list(queue:reverse(Q1))]),
    io:format("~w~n", [queue:to_list(queue:join(Q0, queue:from_list([a, b])))]),
    {L, R} = queue:split(2, Q1),
    io:format("~w ~w~n", [queue:to_list(L), queue:to_list(R)]),
    io:format("~w~n", [queue:to_list(queue:filter(fun(X) -> X rem 2 =:= 0 end, Q1))]),
    io:format("~w~n", [queue:to_list(queue:filter(fun(X) -> [X, X * 10] end, Q0))]),
    io:format("~w~n", [queue:to_list(queue:drop(queue:drop_r(Q1)))]),
    io:format("~w~n", [queue:to_list(queue:delete(2, Q1))]),
    io:format("~w~n", [queue:to_list(queue:delete_r(2, queue:from_list([2, 1, 2])))]),
    io:format("~w~n", [queue:fold(fun(X, A) -> [X | A] end, [], Q1)]),
    io:format("~w~n", [[queue:any(fun(X) -> X > 3 end, Q1), queue:all(fun(X) -> X > 3 end, Q1)]]),
    io:format("~w~n", [queue:to_list(queue:filtermap(fun(X) when X > 2 -> {true, -X}; (_) -> false end, Q1))]),
    %% Okasaki
    K = queue:cons(a, queue:snoc(queue:new(), z)),
    io:format("~w~n", [[queue:head(K), queue:daeh(K), queue:last(K), queue:to_list(queue:tail(K)), queue:to_list(queue:liat(K))]]),
    io:format("~w~n", [(catch queue:head(queue:new())) =/= ok]),
    %% long sequence of in/out keeps FIFO order
    Big = lists:foldl(fun(I, Q) -> queue:in(I, Q) end, queue:new(), lists:seq(1, 10000)),
    {Taken, Rest} = take(5000, Big, []),
    io:format("~w ~w ~w~n", [lists:sum(Taken), queue:len(Rest), queue:peek(Rest)]).

take(0, Q, Acc) -> {lists:reverse(Acc), Q};
take(N, Q, Acc) -> {{value, X}, Q1} = queue:out(Q), take(N - 1, Q1, [X | Acc]).
