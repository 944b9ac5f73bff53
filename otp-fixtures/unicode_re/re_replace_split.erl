%% re:replace with back references, global and return types; re:split with
%% simple patterns, group capture, trim and parts options.
-module(re_replace_split).
-export([main/1]).

main(_Args) ->
    S = "the cat sat on the mat",
    io:format("~p~n", [re:replace(S, "at", "og")]),
    io:format("~p~n", [re:replace(S, "at", "og", [{return, list}])]),
    io:format("~p~n", [re:replace(S, "at", "og", [global, {return, list}])]),
    io:format("~p~n", [re:replace(S, "(\\w+) (\\w+)", "\\2 \\1", [{return, list}])]),
    io:format("~p~n", [re:replace(S, "(\\w)(\\w*)", "\\2\\1ay", [global, {return, list}])]),
    io:format("~p~n", [re:replace(S, "[aeiou]", "&&", [global, {return, list}])]),
    io:format("~p~n", [re:replace(S, "\\s+", "_", [global, {return, binary}])]),
    io:format("~p~n", [re:replace("2024-01-15", "(\\d+)-(\\d+)-(\\d+)", "\\g{3}/\\g2/\\1", [{return, list}])]),
    io:format("~p~n", [re:replace("aaa", "a", "\\\\", [global, {return, list}])]),
    io:format("~p~n", [re:replace("abc", "x", "y", [{return, list}])]),
    io:format("~p~n", [re:replace("ABC", "b", "-", [caseless, {return, list}])]),
    io:format("~p~n", [re:split("a,b,,c,", ",")]),
    io:format("~p~n", [re:split("a,b,,c,", ",", [{return, list}])]),
    io:format("~p~n", [re:split("a,b,,c,", ",", [{return, list}, trim])]),
    io:format("~p~n", [re:split("a,b,,c,", ",", [{return, list}, {parts, 2}])]),
    io:format("~p~n", [re:split("one1two22three333", "\\d+", [{return, list}])]),
    io:format("~p~n", [re:split("one1two22three", "(\\d+)", [{return, list}])]),
    io:format("~p~n", [re:split("abc", "", [{return, list}])]),
    io:format("~p~n", [re:split(<<"k1=v1&k2=v2">>, "[=&]")]),
    io:format("~p~n", [re:split("  spaced   words ", "\\s+", [{return, list}, trim])]),
    io:format("~p~n", [[list_to_tuple(re:split(P, "=", [{return, list}])) || P <- re:split("a=1;b=2", ";", [{return, list}])]]),
    io:format("~p~n", [re:replace("λx", "x", "y", [unicode, {return, list}])]),
    io:format("~p~n", [re:split("lines\nof\ntext", "\n", [{return, binary}])]),
    ok.
