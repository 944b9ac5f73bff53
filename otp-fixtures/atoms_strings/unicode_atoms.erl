%% Unicode atoms and strings printed with ~p, ~w, ~ts and ~s, and
%% conversions between atoms, lists and utf8 binaries.
-module(unicode_atoms).
-export([main/1]).

main(_Args) ->
    A = 'λ',
    B = 'café',
    C = 'Ünïcode',
    D = '日本',
    lists:foreach(fun(X) ->
                          io:format("~p|~w|~ts|~n", [X, X, X])
                  end, [A, B, C, D]),
    io:format("~w~n", [[atom_to_list(X) || X <- [A, B, C, D]]]),
    io:format("~w~n", [[atom_to_binary(X) || X <- [A, B, C, D]]]),
    io:format("~p~n", [try atom_to_binary(A, latin1) catch E:R -> {E, R} end]),
    io:format("~p~n", [binary_to_atom(<<"λx"/utf8>>, utf8)]),
    io:format("~w~n", [list_to_atom([955, 120]) =:= binary_to_atom(<<"λx"/utf8>>, utf8)]),
    io:format("~p~n", [lists:sort([D, C, B, A, zz, 'Zz'])]),
    io:format("~ts~n", ["ascii only"]),
    io:format("~ts~n", ["café"]),
    io:format("~s~n", ["café"]),
    io:format("~p~n", ["café"]),
    io:format("~p~n", [[955, 956]]),
    io:format("~w~n", [length(atom_to_list(D))]),
    io:format("~w~n", [byte_size(atom_to_binary(D))]),
    io:format("~p~n", [{A, [B], #{C => D}}]),
    io:format("~w~n", [[erlang:atom_to_list(X) == Y || {X, Y} <- [{A, [955]}, {B, "café"}]]]),
    ok.
