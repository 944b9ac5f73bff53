%% Line reading: io:get_line/2 and file:read_line/1 on an io server file, file:read_line/1
%% on a raw file with read_ahead (CRLF becomes LF there), a last line without a newline.
-module(files_lines).
-export([main/1]).

main(_Args) ->
    Dir = scratch_dir(),
    F = filename:join(Dir, "lines.txt"),
    ok = file:write_file(F, <<"first\nsecond line\r\n\nlast without newline">>),
    {ok, Fd} = file:open(F, [read]),
    io:format("get_line: ~p~n", [io:get_line(Fd, '')]),
    io:format("read_line: ~p~n", [file:read_line(Fd)]),
    io:format("read_line: ~p~n", [file:read_line(Fd)]),
    io:format("get_line: ~p~n", [io:get_line(Fd, '')]),
    io:format("at end: ~p ~p~n", [io:get_line(Fd, ''), file:read_line(Fd)]),
    ok = file:close(Fd),
    {ok, B} = file:open(F, [read, binary]),
    io:format("binary lines: ~p~n", [lines(B, fun file:read_line/1)]),
    ok = file:close(B),
    {ok, Raw} = file:open(F, [read, raw, binary, read_ahead]),
    io:format("raw lines: ~p~n", [lines(Raw, fun file:read_line/1)]),
    ok = file:close(Raw),
    {ok, Raw2} = file:open(F, [read, raw]),
    io:format("raw list lines: ~p~n", [lines(Raw2, fun file:read_line/1)]),
    ok = file:close(Raw2),
    {ok, Fd3} = file:open(F, [read]),
    io:format("get_chars: ~p~n", [io:get_chars(Fd3, '', 8)]),
    io:format("fread: ~p~n", [io:fread(Fd3, '', "~s")]),
    ok = file:close(Fd3),
    ok = file:delete(F),
    ok = file:del_dir(Dir).

lines(Fd, Read) ->
    case Read(Fd) of
        {ok, Line} -> [Line | lines(Fd, Read)];
        eof -> [eof];
        Other -> [Other]
    end.

scratch_dir() ->
    Name = "enigma_files_" ++ integer_to_list(erlang:system_time()) ++ "_"
        ++ integer_to_list(erlang:unique_integer([positive])),
    Dir = filename:join(os:getenv("TMPDIR", "/tmp"), Name),
    ok = file:make_dir(Dir),
    Dir.
