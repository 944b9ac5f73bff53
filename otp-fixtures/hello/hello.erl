%% The smallest fixture: a plain io:format line, then ~p of a small term.
-module(hello).
-export([main/1]).

main(_Args) ->
    io:format("Hello, world!~n"),
    io:format("~p~n", [{greeting, [1, 2.5, "text", <<"bin">>], #{key => atom}}]).
