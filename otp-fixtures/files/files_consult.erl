%% file:consult/1 on terms of every kind, an empty file, a syntax error, a missing file;
%% file:write_file of io_lib output read back with consult.
-module(files_consult).
-export([main/1]).

main(_Args) ->
    Dir = scratch_dir(),
    F = filename:join(Dir, "terms.config"),
    Terms = [{app, [{key, "value"}, {n, 42}, {f, 1.5}]}, [1, 2, 3], <<"bin">>, #{a => 1},
             'quoted atom', {nested, {deep, [x | y]}}, -7, "text"],
    ok = file:write_file(F, [io_lib:format("~p.~n", [T]) || T <- Terms]),
    {ok, Back} = file:consult(F),
    io:format("consult: ~p~n", [Back]),
    io:format("same: ~p~n", [Back =:= Terms]),
    ok = file:write_file(F, <<"%% a comment\n{a, 1}.\n\n{b,\n  2}.\n">>),
    io:format("comments and lines: ~p~n", [file:consult(F)]),
    ok = file:write_file(F, <<>>),
    io:format("empty: ~p~n", [file:consult(F)]),
    ok = file:write_file(F, <<"{ok, 1}.\n{broken.\n">>),
    io:format("syntax error: ~p~n", [file:consult(F)]),
    ok = file:write_file(F, <<"{no_dot, 1}">>),
    io:format("no final dot: ~p~n", [file:consult(F)]),
    io:format("missing: ~p~n", [file:consult(filename:join(Dir, "nope"))]),
    ok = file:write_file(F, <<"%% -*- coding: utf-8 -*-\n\"", "h\xc3\xa9"/utf8, "\".\n">>),
    io:format("utf-8 coding: ~p~n", [file:consult(F)]),
    ok = file:delete(F),
    ok = file:del_dir(Dir).

scratch_dir() ->
    Name = "enigma_files_" ++ integer_to_list(erlang:system_time()) ++ "_"
        ++ integer_to_list(erlang:unique_integer([positive])),
    Dir = filename:join(os:getenv("TMPDIR", "/tmp"), Name),
    ok = file:make_dir(Dir),
    Dir.
