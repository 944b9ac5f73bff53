%% Boolean structure in guards: ',' and ';', andalso/orelse, not, xor,
%% comparison chains, if expressions, and guards in case and receive-free code.
-module(guards_logic).
-export([main/1]).

main(_Args) ->
    io:format("~w~n", [[range(X) || X <- [-1, 0, 5, 10, 11, 100, 3.5]]]),
    io:format("~w~n", [[either(X) || X <- [a, b, c, 1, "a"]]]),
    io:format("~w~n", [[both(X, Y) || X <- [1, -1], Y <- [2, -2]]]),
    io:format("~w~n", [[alo(X) || X <- [0, 1, 2, x, [], [1]]]]),
    io:format("~w~n", [[negate(X) || X <- [true, false, 1]]]),
    io:format("~w~n", [[xor_test(A, B) || A <- [true, false], B <- [true, false]]]),
    io:format("~w~n", [[grade(S) || S <- [95, 85, 75, 65, 10]]]),
    io:format("~w~n", [[sign(X) || X <- [-7, 0, 7, -0.5]]]),
    io:format("~w~n", [[eq_kinds(X) || X <- [1, 1.0, 2]]]),
    io:format("~w~n", [[short_circuit(X) || X <- [[], [1], notalist]]]),
    io:format("~w~n", [[true andalso X || X <- [true, false, other]]]),
    io:format("~w~n", [[false orelse X || X <- [true, false, other]]]),
    io:format("~p~n", [try id(other) andalso true catch C:R -> {C, R} end]),
    io:format("~p~n", [try not id(7) catch C2:R2 -> {C2, R2} end]),
    io:format("~w~n", [[in_guard_bool(X) || X <- [true, false, 0]]]),
    io:format("~w~n", [[ordered(A, B, C) || {A, B, C} <- [{1, 2, 3}, {3, 2, 1}, {1, 1, 2}, {a, b, c}]]]),
    io:format("~w~n", [[exact(X) || X <- [1, 1.0, '1', "1"]]]),
    ok.

range(X) when X >= 0, X =< 10 -> in;
range(X) when X < 0; X > 99 -> far;
range(_) -> out.

either(X) when X =:= a; X =:= b -> ab;
either(X) when is_atom(X) -> other_atom;
either(_) -> no.

both(X, Y) when X > 0 andalso Y > 0 -> both_pos;
both(X, Y) when X > 0 orelse Y > 0 -> one_pos;
both(_, _) -> none_pos.

alo(X) when (is_integer(X) andalso X > 0) orelse (is_list(X) andalso X =/= []) -> yes;
alo(_) -> no.

negate(X) when not X -> was_false;
negate(X) when X -> was_true;
negate(_) -> not_bool.

xor_test(A, B) when A xor B -> {A, B, differ};
xor_test(A, B) -> {A, B, same}.

grade(S) ->
    if S >= 90 -> a;
       S >= 80 -> b;
       S >= 70 -> c;
       S >= 60 -> d;
       true -> f
    end.

sign(X) ->
    case X of
        _ when X < 0 -> negative;
        _ when X == 0 -> zero;
        _ -> positive
    end.

eq_kinds(X) when X =:= 1 -> exact_one;
eq_kinds(X) when X == 1 -> equal_one;
eq_kinds(_) -> other.

short_circuit(L) when is_list(L) andalso length(L) > 0 -> nonempty;
short_circuit(L) when is_list(L) -> empty;
short_circuit(_) -> not_list.

in_guard_bool(X) when X =:= true orelse X =:= false -> {bool, X};
in_guard_bool(X) -> {other, X}.

ordered(A, B, C) when A < B, B < C -> ascending;
ordered(A, B, C) when A > B, B > C -> descending;
ordered(_, _, _) -> mixed.

exact(X) when X =/= 1, X == 1 -> float_one;
exact(X) when X =:= 1 -> int_one;
exact(X) when is_atom(X) -> atom;
exact(_) -> string.

id(X) -> X.
