%% Type-test guards and guard BIFs: is_* tests, length, map_size, tuple_size,
%% byte_size, bit_size, is_map_key, map_get, element, hd/tl, abs, and the
%% rule that a guard raising an exception just fails.
-module(guards_types).
-export([main/1]).

main(_Args) ->
    Values = [0, -5, 1 bsl 70, 2.5, atom, true, "str", [], [1 | 2], {}, {a, b},
              #{}, #{k => v}, <<"bin">>, <<1:3>>, fun() -> ok end, fun lists:sum/1, self(), make_ref()],
    [io:format("~w~n", [classify(V)]) || V <- Values],
    [io:format("~w~n", [sizes(V)]) || V <- [[1, 2, 3], {1, 2}, #{a => 1, b => 2}, <<1, 2, 3>>, <<1:10>>, "abcdefghij"]],
    io:format("~w~n", [[has_key(M) || M <- [#{key => 1}, #{key => big_value_xx}, #{}, notamap]]]),
    io:format("~w~n", [[first(X) || X <- [{x, 1}, [head | tail], [], {}, 7]]]),
    io:format("~w~n", [[absolute(X) || X <- [-3, 3, -2.5, a]]]),
    io:format("~w~n", [[arity(F) || F <- [fun() -> 0 end, fun(_) -> 1 end, fun(_, _) -> 2 end, x]]]),
    io:format("~w~n", [[record_like(T) || T <- [{point, 1, 2}, {point, 1}, {circle, 1, 2}, point]]]),
    io:format("~w~n", [[safe_div(A, B) || {A, B} <- [{10, 2}, {1, 0}, {a, 1}, {7.5, 2.5}]]]),
    ok.

classify(X) when is_integer(X), X < 0 -> neg_int;
classify(X) when is_integer(X) -> int;
classify(X) when is_float(X) -> float;
classify(X) when is_boolean(X) -> boolean;
classify(X) when is_atom(X) -> atom;
classify(X) when is_list(X), length(X) > 0 -> nonempty_list;
classify([]) -> nil;
classify([_ | _]) -> improper;
classify(X) when is_tuple(X), tuple_size(X) =:= 0 -> empty_tuple;
classify(X) when is_tuple(X) -> tuple;
classify(X) when is_map(X), map_size(X) =:= 0 -> empty_map;
classify(X) when is_map(X) -> map;
classify(X) when is_binary(X) -> binary;
classify(X) when is_bitstring(X) -> bitstring;
classify(X) when is_function(X, 0) -> fun0;
classify(X) when is_function(X) -> 'fun';
classify(X) when is_pid(X) -> pid;
classify(X) when is_reference(X) -> ref.

sizes(X) when is_list(X), length(X) > 5 -> {long_list, length(X)};
sizes(X) when is_list(X) -> {list, length(X)};
sizes(X) when tuple_size(X) > 1 -> {tuple, size(X)};
sizes(X) when map_size(X) >= 2 -> {map, map_size(X)};
sizes(X) when byte_size(X) =:= 3, bit_size(X) =:= 24 -> {bytes3, byte_size(X)};
sizes(X) when bit_size(X) rem 8 =/= 0 -> {bits, bit_size(X)}.

has_key(M) when is_map_key(key, M), map_get(key, M) =:= 1 -> one;
has_key(M) when is_map_key(key, M) -> other;
has_key(M) when is_map(M) -> missing;
has_key(_) -> not_map.

first(T) when element(1, T) =:= x -> tuple_x;
first(L) when hd(L) =:= head, tl(L) =:= tail -> list_head;
first(_) -> neither.

absolute(X) when abs(X) > 2.6 -> {big, abs(X)};
absolute(X) when abs(X) >= 0 -> {small, abs(X)};
absolute(_) -> nan.

arity(F) when is_function(F, 0) -> 0;
arity(F) when is_function(F, 1) -> 1;
arity(F) when is_function(F) -> many;
arity(_) -> none.

record_like(T) when is_record(T, point, 3) -> point;
record_like(T) when is_tuple(T), element(1, T) =:= circle -> circle;
record_like(_) -> other.

safe_div(A, B) when A / B > 2 -> big;
safe_div(A, B) when A div B >= 0 -> small;
safe_div(_, _) -> failed_guard.
