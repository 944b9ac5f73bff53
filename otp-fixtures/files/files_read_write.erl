%% file:write_file/2,3, read_file/1, open + write/read in binary and list mode,
%% append, and reads past the end (eof). Works in a fresh directory under TMPDIR.
-module(files_read_write).
-export([main/1]).

main(_Args) ->
    Dir = scratch_dir(),
    F = filename:join(Dir, "data.bin"),
    io:format("write_file: ~p~n", [file:write_file(F, [<<"abc">>, "def", $g])]),
    io:format("read_file: ~p~n", [file:read_file(F)]),
    io:format("append: ~p~n", [file:write_file(F, <<"hij">>, [append])]),
    io:format("read_file: ~p~n", [file:read_file(F)]),
    {ok, R} = file:open(F, [read, binary]),
    io:format("read 4: ~p~n", [file:read(R, 4)]),
    io:format("read 100: ~p~n", [file:read(R, 100)]),
    io:format("read at eof: ~p~n", [file:read(R, 1)]),
    io:format("close: ~p~n", [file:close(R)]),
    {ok, L} = file:open(F, [read]),
    io:format("list mode read: ~p~n", [file:read(L, 5)]),
    ok = file:close(L),
    {ok, W} = file:open(F, [write]),
    io:format("write: ~p~n", [file:write(W, ["new ", <<"content">>])]),
    ok = file:close(W),
    io:format("after write mode: ~p~n", [file:read_file(F)]),
    {ok, RW} = file:open(F, [read, write, binary]),
    io:format("read_write read: ~p~n", [file:read(RW, 3)]),
    ok = file:write(RW, <<"_X_">>),
    ok = file:close(RW),
    io:format("after read_write: ~p~n", [file:read_file(F)]),
    {ok, Raw} = file:open(F, [read, raw, binary]),
    io:format("raw read: ~p~n", [file:read(Raw, 6)]),
    io:format("raw close: ~p~n", [file:close(Raw)]),
    io:format("exclusive on existing: ~p~n", [file:open(F, [write, exclusive])]),
    Big = binary:copy(<<"0123456789">>, 10000),
    ok = file:write_file(F, Big),
    {ok, Back} = file:read_file(F),
    io:format("100000 bytes back: ~p~n", [Back =:= Big]),
    ok = file:delete(F),
    ok = file:del_dir(Dir).

scratch_dir() ->
    Name = "enigma_files_" ++ integer_to_list(erlang:system_time()) ++ "_"
        ++ integer_to_list(erlang:unique_integer([positive])),
    Dir = filename:join(os:getenv("TMPDIR", "/tmp"), Name),
    ok = file:make_dir(Dir),
    Dir.
