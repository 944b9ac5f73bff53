%% Tuples: element/setelement/tuple_size, make_tuple, append_element,
%% insert/delete_element, tuple_to_list/list_to_tuple and their badarg cases.
-module(tuples_basic).
-export([main/1]).

main(_Args) ->
    T = {a, b, c, d},
    io:format("~w~n", [[element(1, T), element(4, T), tuple_size(T), size(T)]]),
    io:format("~w~n", [setelement(2, T, x)]),
    io:format("~w~n", [setelement(4, setelement(1, T, first), last)]),
    io:format("~w~n", [erlang:make_tuple(3, z)]),
    io:format("~w~n", [erlang:make_tuple(5, 0, [{2, two}, {4, four}, {2, dup}])]),
    io:format("~w~n", [erlang:make_tuple(0, x)]),
    io:format("~w~n", [erlang:append_element(T, e)]),
    io:format("~w~n", [erlang:insert_element(2, T, new)]),
    io:format("~w~n", [erlang:delete_element(3, T)]),
    io:format("~w~n", [tuple_to_list(T)]),
    io:format("~w~n", [list_to_tuple([1, [2], {3}])]),
    io:format("~w~n", [{}]),
    io:format("~w~n", [{{}, {{}}, {{{}}}}]),
    Big = list_to_tuple(lists:seq(1, 300)),
    io:format("~w ~w ~w~n", [tuple_size(Big), element(300, Big), element(150, setelement(150, Big, x))]),
    io:format("~w~n", [lists:sum(tuple_to_list(Big))]),
    {A, {B, C}, _} = {1, {2, 3}, 4},
    io:format("~w~n", [A + B + C]),
    io:format("~w~n", [swap({left, right})]),
    io:format("~w~n", [[tag(X) || X <- [{}, {a}, {a, b}, {a, b, c}, {a, b, c, d}]]]),
    io:format("~w~n", [is_tuple(T) andalso not is_tuple([T])]),
    Errs = [fun() -> element(0, T) end,
            fun() -> element(5, T) end,
            fun() -> element(1, [a]) end,
            fun() -> setelement(5, T, x) end,
            fun() -> erlang:make_tuple(-1, x) end,
            fun() -> list_to_tuple([a | b]) end,
            fun() -> tuple_to_list(notatuple) end,
            fun() -> erlang:delete_element(5, T) end,
            fun() -> tuple_size([]) end],
    [io:format("~p~n", [try F() catch Class:Reason -> {Class, Reason} end]) || F <- Errs],
    ok.

swap({X, Y}) -> {Y, X}.

tag({}) -> 0;
tag({_}) -> 1;
tag({_, _}) -> 2;
tag({_, _, _}) -> 3;
tag(T) -> {many, tuple_size(T)}.
