%% An on_load function that does not return ok: the module is dropped and the call
%% that loaded it raises undef (no report for an atom result, as in erl).
-module(on_load_fails).
-export([main/1]).
-on_load(init/0).

init() ->
    io:format("init runs, returns error~n"),
    error.

main(_) -> io:format("not reached~n").
