%% How ~p, ~w and io_lib:write_atom quote atoms, and list_to_atom /
%% atom_to_list / atom_to_binary / list_to_existing_atom round trips.
-module(atom_quoting).
-export([main/1]).

main(_Args) ->
    Atoms = [ok, 'Ok', 'hello world', '', 'a-b', a_b, 'a@b', 'a.b', '123', 'é',
             'if', 'case', 'end', 'andalso', 'div', 'fun', 'maybe', 'else', '_x', 'x1',
             '\n', 'it\'s', 'back\\slash', '[]', '{}', 'true', nil, '$', 'aB9_@'],
    lists:foreach(fun(A) ->
                          io:format("~p ~w ~s ~ts|~n", [A, A, A, A])
                  end, Atoms),
    io:format("~p~n", [Atoms]),
    io:format("~s~n", [io_lib:write_atom('needs quote')]),
    io:format("~w~n", [[atom_to_list(A) || A <- [abc, 'A b', 'é']]]),
    io:format("~p~n", [[atom_to_binary(A) || A <- [abc, 'A b', 'é']]]),
    io:format("~p~n", [atom_to_binary('é', latin1)]),
    io:format("~p~n", [[list_to_atom(S) || S <- ["abc", "Abc", "with space", "", [233]]]]),
    io:format("~p~n", [binary_to_atom(<<"from_bin">>)]),
    io:format("~p~n", [binary_to_atom(<<195, 169>>, utf8)]),
    io:format("~p~n", [list_to_existing_atom("ok")]),
    io:format("~p~n", [try list_to_existing_atom("surely_no_such_atom_xyzzy_42") catch C:R -> {C, R} end]),
    io:format("~p~n", [try list_to_atom([1 | a]) catch C2:R2 -> {C2, R2} end]),
    io:format("~p~n", [try list_to_atom(lists:duplicate(256, $a)) catch C3:R3 -> {C3, R3} end]),
    io:format("~w~n", [length(atom_to_list(list_to_atom(lists:duplicate(255, $a))))]),
    io:format("~w~n", [[is_atom(X) || X <- [a, 'A', "a", <<"a">>, true, []]]]),
    io:format("~w~n", [[erlang:atom_to_list(B) || B <- [true, false, undefined]]]),
    ok.
