%% Output before an uncaught error: everything printed so far must reach
%% stdout, and the program exits with status 1 (the report goes to stderr).
-module(exc_uncaught).
-export([main/1]).

main(_Args) ->
    io:format("before~n"),
    R = try error(caught) catch error:caught -> recovered end,
    io:format("~p~n", [R]),
    io:format("~p~n", [catch throw(ignored)]),
    Parsed = parse(["1", "2", "x3"]),
    io:format("never printed ~p~n", [Parsed]).

parse([]) -> [];
parse([S | Rest]) ->
    io:format("parsing ~s~n", [S]),
    [list_to_integer(S) | parse(Rest)].
