%% Sequential basics for the emulator core. main/1 prints {Name, Result} with ~w for
%% every exported t_*/0 function, where Result is the value or {Class, Reason} (run/1); the
%% emulator tests call run/1 directly for each name and compare the printed lines.
-module(core_basics).
-export([main/1, run/1]).
-export([t_arith/0, t_bignum/0, t_float/0, t_compare/0, t_lists/0, t_tuples/0,
         t_funs/0, t_closures/0, t_case/0, t_guards/0, t_try/0, t_catch/0,
         t_throw/0, t_badmatch/0, t_function_clause/0, t_case_clause/0,
         t_badarith/0, t_undef/0, t_deep/0, t_tail/0, t_select/0, t_records/0,
         t_apply/0, t_strings/0, t_bool/0]).

-record(point, {x = 0, y = 0}).

main(_Args) ->
    [io:format("~w~n", [{Name, run(Name)}]) || Name <- names()],
    ok.

names() ->
    [N || {N, 0} <- ?MODULE:module_info(exports), lists:prefix("t_", atom_to_list(N))].

run(Name) ->
    try ?MODULE:Name() of
        Value -> Value
    catch
        Class:Reason -> {Class, Reason}
    end.

t_arith() -> [1 + 2, 7 - 10, 6 * 7, 7 div 2, -7 div 2, 7 rem 3, -7 rem 3, 5 band 3, 5 bor 3, 5 bxor 3, 1 bsl 10, 1024 bsr 3, bnot 5, -(-3)].
t_bignum() -> [1 bsl 64, (1 bsl 64) - 1, (1 bsl 100) div 7, -(1 bsl 70) rem 13, 123456789 * 987654321 * 1000000007, abs(-(1 bsl 80))].
t_float() -> [1.5 + 2, 10 / 4, 2.0 * 3, trunc(3.7), round(2.5), round(-2.5), float(7), floor(-1.5), ceil(1.2)].
t_compare() -> [1 < 2, 1 == 1.0, 1 =:= 1.0, a < b, {1,2} < {1,3}, [1] < [1,2], 1 < a, a < {}, max(3, 7), min(c, b)].
t_lists() -> [length([1,2,3]), hd([a,b]), tl([a,b]), [1,2] ++ [3], [1,2,3,2] -- [2], lists:reverse([1,2,3]), lists:member(2, [1,2,3]), lists:keyfind(b, 1, [{a,1},{b,2}])].
t_tuples() -> T = {a, b, c}, [element(2, T), setelement(1, T, z), tuple_size(T), erlang:make_tuple(3, x), erlang:append_element(T, d), tuple_to_list(T), list_to_tuple([1,2])].
t_funs() -> F = fun(X) -> X * 2 end, G = fun lists:reverse/1, [F(21), G([1,2]), (fun erlang:'+'/2)(1, 2), is_function(F, 1), is_function(G, 2)].
t_closures() -> Adders = [fun(X) -> X + N end || N <- [1, 10, 100]], [A(1) || A <- Adders].
t_case() -> [classify(X) || X <- [0, 5, -3, a, "s", {1}, [], 1.5]].
t_guards() -> [g(X) || X <- [1, 2.0, atom, <<1>>, {t}, [1], 99]].
t_try() -> try 1 = 2 of _ -> no catch error:{badmatch, V} -> {caught, V} after ok end.
t_catch() -> [catch throw(ball), element(1, catch exit(bye)), element(1, catch error(oops))].
t_throw() -> throw(up).
t_badmatch() -> {ok, _} = id({error, x}).
t_function_clause() -> fc(3).
t_case_clause() -> case id(7) of 1 -> one end.
t_badarith() -> id(1) + id(a).
t_undef() -> no_such_module:f(1).
t_deep() -> sum(lists:seq(1, 1000000)).
t_tail() -> count(3000000, 0).
t_select() -> [sel(N) || N <- [1, 2, 3, 4, 5, 6, 7, 99]].
t_records() -> P = #point{x = 3}, [P#point.x, P#point.y, P#point{y = 9}, is_record(P, point)].
t_apply() -> [apply(lists, reverse, [[1,2,3]]), apply(fun(A, B) -> A - B end, [10, 4]), erlang:apply(erlang, '*', [6, 7])].
t_strings() -> ["abc", [$a | "bc"], atom_to_list(hello), list_to_atom("world"), integer_to_list(-42), list_to_integer("123")].
t_bool() -> [true and false, true or false, not true, true xor true, (1 > 0) andalso (2 > 1), false orelse true].

id(X) -> X.

classify(0) -> zero;
classify(N) when is_integer(N), N > 0 -> positive;
classify(N) when is_integer(N) -> negative;
classify(A) when is_atom(A) -> atom;
classify([_ | _]) -> list;
classify([]) -> nil;
classify(T) when is_tuple(T) -> tuple;
classify(_) -> other.

g(X) when is_integer(X), X < 10 -> small_int;
g(X) when is_float(X) -> float;
g(X) when is_atom(X) -> atom;
g(X) when is_binary(X) -> binary;
g(X) when tuple_size(X) =:= 1 -> one_tuple;
g(X) when length(X) > 0 -> list;
g(_) -> other.

fc(1) -> one;
fc(2) -> two.

sum([]) -> 0;
sum([H | T]) -> H + sum(T).

count(0, Acc) -> Acc;
count(N, Acc) -> count(N - 1, Acc + 1).

sel(1) -> one;
sel(2) -> two;
sel(3) -> three;
sel(4) -> four;
sel(5) -> five;
sel(6) -> six;
sel(_) -> many.
