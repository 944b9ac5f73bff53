%% Term order across types: number < atom < reference < fun < port < pid <
%% tuple < map < nil < list < bitstring, sorted with lists:sort and compared pairwise.
-module(order_mixed).
-export([main/1]).

main(_Args) ->
    Terms = [<<"b">>, [a], [], #{}, {}, {a, b}, fun lists:sort/1, self(), make_ref(),
             zebra, apple, 3, 2.5, -1, 1 bsl 70, <<1:3>>, <<>>, "abc", [1 | 2],
             {1}, #{a => 1}, #{b => 0}, 'Zed', '', -(1 bsl 70), 1.0e30],
    Sorted = lists:sort(Terms),
    io:format("~w~n", [[type(T) || T <- Sorted]]),
    io:format("~w~n", [[T || T <- Sorted, not is_pid(T), not is_reference(T), not is_function(T)]]),
    io:format("~w~n", [lists:reverse(lists:sort(fun(A, B) -> A >= B end, [3, a, [], {}, <<>>, 1.5]))]),
    %% Tuples order by size first, then elementwise.
    io:format("~w~n", [lists:sort([{b}, {a, a, a}, {a, b}, {a, a}, {z}, {}])]),
    %% Lists order elementwise, shorter prefix first.
    io:format("~w~n", [lists:sort([[1, 2], [1], [1, 2, 0], [0, 9], [2], [1 | a]])]),
    %% Maps order by size, then keys, then values.
    io:format("~w~n", [lists:sort([#{b => 1}, #{a => 2}, #{a => 1}, #{a => 1, b => 1}, #{1 => x}])]),
    %% Binaries order bytewise; bitstrings with fewer bits first on a common prefix.
    io:format("~w~n", [lists:sort([<<2>>, <<1, 2>>, <<1>>, <<1:1>>, <<0:7>>, <<255>>, <<>>])]),
    %% Atoms order by their text.
    io:format("~w~n", [lists:sort(['b', 'B', 'aa', 'a', 'a b', '1', 'ä'])]),
    io:format("~w~n", [[compare(X, Y) || {X, Y} <- [{1, 1.0}, {1, a}, {a, {}}, {{}, []}, {[], <<>>},
                                                    {{a}, #{}}, {#{}, []}, {"a", <<"a">>}, {1.0e300, a}]]]),
    io:format("~w ~w~n", [erlang:max(a, 1), erlang:min([], {})]),
    ok.

compare(X, Y) when X < Y -> lt;
compare(X, Y) when X > Y -> gt;
compare(_, _) -> eq.

type(T) when is_number(T) -> number;
type(T) when is_atom(T) -> atom;
type(T) when is_reference(T) -> ref;
type(T) when is_function(T) -> 'fun';
type(T) when is_pid(T) -> pid;
type(T) when is_tuple(T) -> tuple;
type(T) when is_map(T) -> map;
type([]) -> nil;
type(T) when is_list(T) -> list;
type(T) when is_bitstring(T) -> bitstring.
