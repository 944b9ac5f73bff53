%% == versus =:=, integers and floats inside structures, lists:sort stability,
%% usort, and the sort functions with mixed numbers.
-module(order_equality).
-export([main/1]).

main(_Args) ->
    Pairs = [{1, 1.0}, {0, -0.0}, {0.0, -0.0}, {[1], [1.0]}, {{1, 2}, {1.0, 2}},
             {#{a => 1}, #{a => 1.0}}, {#{1 => a}, #{1.0 => a}}, {<<1>>, <<1>>},
             {"abc", [$a, $b, $c]}, {1 bsl 64, 18446744073709551616.0}, {a, "a"},
             {(1 bsl 53) + 1, 9007199254740992.0}, {[], ""}, {{}, {}}],
    lists:foreach(fun({A, B}) ->
                          io:format("~w ~w: == ~w, =:= ~w, /= ~w, =/= ~w, < ~w~n",
                                    [A, B, A == B, A =:= B, A /= B, A =/= B, A < B])
                  end, Pairs),
    %% lists:sort is stable for equal (==) elements.
    io:format("~w~n", [lists:sort([2, 1.0, 1, 2.0, 1.0, 1])]),
    io:format("~w~n", [lists:keysort(1, [{1, a}, {1.0, b}, {0, c}, {1, d}])]),
    io:format("~w~n", [lists:usort([2, 1.0, 1, 2.0, 1.0, 1])]),
    io:format("~w~n", [lists:ukeysort(1, [{1, a}, {1.0, b}, {0, c}, {1, d}])]),
    io:format("~w~n", [lists:sort(fun(A, B) -> A > B end, [1, 5, 3, 5.0, 2])]),
    io:format("~w~n", [lists:merge([1, 3, 5], [2.0, 3.0, 6])]),
    io:format("~w~n", [ordsets:from_list([b, 1, a, 1.0, {x}, b])]),
    io:format("~w ~w~n", [lists:member(1.0, [1]), lists:member(1, [1])]),
    io:format("~w~n", [[X || X <- [1, 1.0, 2], X == 1]]),
    io:format("~w~n", [[X || X <- [1, 1.0, 2], X =:= 1]]),
    io:format("~w~n", [case 1.0 of 1 -> int; 1.0 -> float end]),
    io:format("~w~n", [lists:delete(1.0, [1, 1.0, 2])]),
    io:format("~w~n", [[1, 1.0, 2] -- [1.0]]),
    io:format("~w~n", [proplists:get_value(1, [{1.0, float}, {1, int}])]),
    ok.
