%% Very deep terms: a list nested 1,000,000 levels, a 1,000,000-deep
%% non-tail recursion, comparison, message copy, phash2, term_to_binary
%% round trip and depth-limited printing. Only small results are printed.
-module(deep_terms).
-export([main/1]).

-define(N, 1000000).

main(_Args) ->
    A = nest(?N, []),
    B = nest(?N, []),
    C = nest(?N, [x]),
    io:format("depth ~w~n", [depth(A)]),
    io:format("sum ~w~n", [sum_to(?N)]),
    io:format("eq ~w ~w ~w~n", [A =:= B, A == B, A =:= C]),
    io:format("lt ~w ~w ~w~n", [A < C, C < A, compare(A, C)]),
    self() ! {deep, A},
    Copy = receive {deep, L} -> L end,
    io:format("copy ~w ~w~n", [Copy =:= B, depth(Copy)]),
    HA = erlang:phash2(A),
    HB = erlang:phash2(B),
    io:format("phash2 ~w ~w ~w~n", [HA, HA =:= HB, erlang:phash2(A) =:= erlang:phash2(C)]),
    io:format("phash2/2 ~w~n", [erlang:phash2(A, 1000)]),
    Bin = term_to_binary(A),
    io:format("t2b ~w~n", [byte_size(Bin)]),
    io:format("b2t ~w~n", [binary_to_term(Bin) =:= A]),
    Bin2 = term_to_binary(C, [compressed]),
    io:format("t2b compressed ~w~n", [binary_to_term(Bin2) =:= C]),
    io:format("~s~n", [io_lib:format("~P", [A, 5])]),
    io:format("~s~n", [io_lib:format("~P", [C, 5])]),
    io:format("len ~w~n", [length(lists:flatten(C))]),
    T = nest_tuple(?N),
    io:format("tuple ~w ~w~n", [tdepth(T, 0), erlang:phash2(T) =:= erlang:phash2(nest_tuple(?N))]).

nest(0, Acc) -> Acc;
nest(N, Acc) -> nest(N - 1, [Acc]).

nest_tuple(0) -> leaf;
nest_tuple(N) -> {nest_tuple(N - 1)}.

tdepth(leaf, D) -> D;
tdepth({T}, D) -> tdepth(T, D + 1).

%% non-tail recursion
depth([]) -> 0;
depth([X]) -> 1 + depth(X);
depth(_) -> 0.

sum_to(0) -> 0;
sum_to(N) -> N + sum_to(N - 1).

compare(X, Y) when X < Y -> less;
compare(X, Y) when X > Y -> greater;
compare(_, _) -> equal.
