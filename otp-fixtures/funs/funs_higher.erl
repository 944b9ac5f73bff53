%% Funs as arguments and results: fun M:F/A, fun F/A, apply/2,3, erlang:apply
%% with funs, recursion through named funs and Y-style fixpoints.
-module(funs_higher).
-export([main/1, double/1, apply_twice/2]).

main(_Args) ->
    Ext = fun ?MODULE:double/1,
    Loc = fun triple/1,
    Bif = fun erlang:abs/1,
    Lst = fun lists:reverse/1,
    io:format("~w ~w ~w ~w~n", [Ext(4), Loc(4), Bif(-4), Lst([1, 2])]),
    io:format("~w~n", [apply_twice(Ext, 3)]),
    io:format("~w~n", [apply(fun(X, Y) -> X - Y end, [10, 3])]),
    io:format("~w~n", [apply(?MODULE, double, [21])]),
    io:format("~w~n", [apply(lists, seq, [1, 5])]),
    M = lists, F = sum,
    io:format("~w~n", [M:F([1, 2, 3])]),
    io:format("~w~n", [erlang:apply(fun erlang:'+'/2, [1, 2])]),
    Fact = fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end,
    io:format("~w~n", [Fact(20)]),
    Fib = fun Fib(0) -> 0; Fib(1) -> 1; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    io:format("~w~n", [[Fib(N) || N <- lists:seq(0, 15)]]),
    Y = fun(G) -> (fun(X) -> G(fun(A) -> (X(X))(A) end) end)(fun(X) -> G(fun(A) -> (X(X))(A) end) end) end,
    YFact = Y(fun(Self) -> fun(0) -> 1; (N) -> N * Self(N - 1) end end),
    io:format("~w~n", [YFact(10)]),
    io:format("~w~n", [lists:foldl(fun erlang:max/2, 0, [3, 9, 2])]),
    io:format("~w~n", [lists:sort(fun erlang:'>='/2, [3, 1, 2])]),
    io:format("~w~n", [lists:map(fun erlang:atom_to_list/1, [a, bc])]),
    io:format("~w~n", [[is_function(Ext), is_function(Ext, 1), is_function(Ext, 2), is_function(Loc, 1), is_function(x)]]),
    io:format("~w~n", [Ext =:= fun ?MODULE:double/1]),
    io:format("~w~n", [Lst == fun lists:reverse/1]),
    io:format("~p~n", [Ext]),
    io:format("~p~n", [Lst]),
    Dyn = fun ?MODULE:apply_twice/2,
    io:format("~w~n", [Dyn(fun(X) -> [X] end, a)]),
    io:format("~w~n", [(make_op('+'))(3, 4)]),
    io:format("~w~n", [(make_op('*'))(3, 4)]),
    io:format("~w~n", [iterate(fun(X) -> X * 2 end, 1, 10)]),
    io:format("~w~n", [lists:zipwith3(fun(A, B, C) -> A * B + C end, [1, 2], [3, 4], [5, 6])]),
    ok.

double(X) -> X * 2.
triple(X) -> X * 3.
apply_twice(F, X) -> F(F(X)).
make_op(Op) -> fun(A, B) -> erlang:Op(A, B) end.
iterate(_, X, 0) -> X;
iterate(F, X, N) -> iterate(F, F(X), N - 1).
