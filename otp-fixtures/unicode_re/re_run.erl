%% re:run with capture options: all, all_but_first, first, none, named
%% groups, index/list/binary return types, global matching, and compile options.
-module(re_run).
-export([main/1]).

main(_Args) ->
    S = "2024-01-15 and 2023-12-31",
    io:format("~p~n", [re:run(S, "\\d+")]),
    io:format("~p~n", [re:run(S, "(\\d{4})-(\\d{2})-(\\d{2})", [{capture, all, list}])]),
    io:format("~p~n", [re:run(S, "(\\d{4})-(\\d{2})-(\\d{2})", [{capture, all_but_first, binary}])]),
    io:format("~p~n", [re:run(S, "(\\d{4})-(\\d{2})", [global, {capture, all_but_first, list}])]),
    io:format("~p~n", [re:run(S, "(?<year>\\d{4})-(?<month>\\d{2})", [{capture, [month, year], list}])]),
    io:format("~p~n", [re:run(S, "\\d{4}", [global, {capture, first, index}])]),
    io:format("~p~n", [re:run(S, "x+", [{capture, none}])]),
    io:format("~p~n", [re:run(S, "and", [{capture, none}])]),
    io:format("~p~n", [re:run("Hello World", "world", [caseless, {capture, first, list}])]),
    io:format("~p~n", [re:run("line1\nline2", "^line2$", [multiline, {capture, first, list}])]),
    io:format("~p~n", [re:run("abc", "(x)?(b)", [{capture, all, list}])]),
    io:format("~p~n", [re:run("abc", "(x)?(b)", [{capture, all, index}])]),
    io:format("~p~n", [re:run(<<"key=value; other=thing">>, "(\\w+)=(\\w+)", [global, {capture, all_but_first, binary}])]),
    io:format("~p~n", [re:run("aaa", "a*?", [{capture, first, list}])]),
    io:format("~p~n", [re:run("abcabc", "b", [{offset, 2}, {capture, first, index}])]),
    {ok, MP} = re:compile("^[a-z]+@[a-z]+\\.(com|org)$"),
    io:format("~p~n", [[re:run(E, MP, [{capture, all_but_first, list}]) || E <- ["joe@erlang.org", "bad@x.net", "x@y.com"]]]),
    io:format("~p~n", [re:run("αβγ", "β", [unicode, {capture, first, index}])]),
    io:format("~p~n", [re:run(<<"αβγ"/utf8>>, <<"β"/utf8>>, [unicode, {capture, first, binary}])]),
    io:format("~p~n", [re:run("a.b", "\\.", [{capture, first, list}])]),
    io:format("~p~n", [try re:run("x", "(unclosed") catch C:R -> {C, R} end]),
    io:format("~p~n", [re:compile("(unclosed")]),
    io:format("~p~n", [re:run("", "^$")]),
    ok.
