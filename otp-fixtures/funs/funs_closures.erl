%% Closures: captured variables, nested closures, closures returned from
%% functions, counters built from funs, currying and composition.
-module(funs_closures).
-export([main/1]).

main(_Args) ->
    Add = fun(N) -> fun(X) -> X + N end end,
    Add5 = Add(5),
    io:format("~w ~w~n", [Add5(10), (Add(-1))(1)]),
    Compose = fun(F, G) -> fun(X) -> F(G(X)) end end,
    Inc = fun(X) -> X + 1 end,
    Dbl = fun(X) -> X * 2 end,
    io:format("~w ~w~n", [(Compose(Inc, Dbl))(5), (Compose(Dbl, Inc))(5)]),
    Pipeline = lists:foldl(fun(F, Acc) -> Compose(F, Acc) end, fun(X) -> X end, [Inc, Dbl, Inc, Dbl]),
    io:format("~w~n", [Pipeline(1)]),
    Curry = fun(A) -> fun(B) -> fun(C) -> {A, B, C} end end end,
    io:format("~w~n", [((Curry(1))(2))(3)]),
    {A1, B1, C1} = {10, 20, 30},
    Deep = fun() -> fun() -> fun() -> A1 + B1 + C1 end end end,
    io:format("~w~n", [((Deep())())()]),
    Counter = make_counter(0),
    {C2, V1} = Counter(inc),
    {C3, V2} = C2(inc),
    {_, V3} = C3(get),
    io:format("~w ~w ~w~n", [V1, V2, V3]),
    Shadow = 1,
    F1 = fun(Shadow1) -> Shadow1 * 100 end,
    io:format("~w ~w~n", [F1(2), Shadow]),
    Adders = [fun(X) -> X + I end || I <- lists:seq(1, 5)],
    io:format("~w~n", [[F(100) || F <- Adders]]),
    io:format("~w~n", [lists:map(Add(1000), [1, 2, 3])]),
    Memo = memo_fib(),
    io:format("~w~n", [Memo(40)]),
    Env = [{x, 1}, {y, 2}],
    Lookup = fun(K) -> proplists:get_value(K, Env) end,
    io:format("~w~n", [[Lookup(x), Lookup(y), Lookup(z)]]),
    MultiClause = fun({ok, V}) -> V; ({error, _}) -> failed; (_) -> unknown end,
    io:format("~w~n", [[MultiClause(T) || T <- [{ok, 1}, {error, x}, other]]]),
    Guarded = fun(X) when is_integer(X), X > 0 -> pos; (X) when is_integer(X) -> nonpos; (_) -> nan end,
    io:format("~w~n", [[Guarded(X) || X <- [5, 0, -3, a]]]),
    io:format("~w~n", [(fun(X) -> X end)(identity)]),
    ok.

make_counter(N) ->
    fun(inc) -> {make_counter(N + 1), N + 1};
       (get) -> {make_counter(N), N}
    end.

memo_fib() ->
    fun(N) -> element(1, fib(N, #{})) end.

fib(N, Memo) when N < 2 -> {N, Memo};
fib(N, Memo) ->
    case Memo of
        #{N := V} -> {V, Memo};
        _ ->
            {A, M1} = fib(N - 1, Memo),
            {B, M2} = fib(N - 2, M1),
            {A + B, M2#{N => A + B}}
    end.
