%% file:position/2 (bof, cur, eof, plain offsets, a negative result), pread/pwrite,
%% truncate, on io server files and raw files.
-module(files_position).
-export([main/1]).

main(_Args) ->
    Dir = scratch_dir(),
    F = filename:join(Dir, "pos.bin"),
    ok = file:write_file(F, <<"0123456789abcdef">>),
    lists:foreach(fun(Modes) -> positions(F, Modes) end,
                  [[read, write, binary], [read, write, binary, raw]]),
    io:format("final: ~p~n", [file:read_file(F)]),
    ok = file:delete(F),
    ok = file:del_dir(Dir).

positions(F, Modes) ->
    io:format("modes ~p~n", [Modes]),
    {ok, Fd} = file:open(F, Modes),
    io:format("  position 4: ~p~n", [file:position(Fd, 4)]),
    io:format("  read 3: ~p~n", [file:read(Fd, 3)]),
    io:format("  cur: ~p~n", [file:position(Fd, cur)]),
    io:format("  {cur, -2}: ~p~n", [file:position(Fd, {cur, -2})]),
    io:format("  {eof, -3}: ~p~n", [file:position(Fd, {eof, -3})]),
    io:format("  read: ~p~n", [file:read(Fd, 10)]),
    io:format("  bof: ~p~n", [file:position(Fd, bof)]),
    io:format("  {bof, -1}: ~p~n", [file:position(Fd, {bof, -1})]),
    io:format("  pread: ~p~n", [file:pread(Fd, 10, 4)]),
    io:format("  pread past end: ~p~n", [file:pread(Fd, 100, 4)]),
    io:format("  pread list: ~p~n", [file:pread(Fd, [{0, 2}, {14, 5}, {40, 1}])]),
    io:format("  pwrite: ~p~n", [file:pwrite(Fd, 2, <<"XY">>)]),
    io:format("  position 12: ~p~n", [file:position(Fd, 12)]),
    io:format("  truncate: ~p~n", [file:truncate(Fd)]),
    io:format("  eof: ~p~n", [file:position(Fd, eof)]),
    ok = file:close(Fd),
    io:format("  content: ~p~n", [file:read_file(F)]),
    ok = file:write_file(F, <<"0123456789abcdef">>).

scratch_dir() ->
    Name = "enigma_files_" ++ integer_to_list(erlang:system_time()) ++ "_"
        ++ integer_to_list(erlang:unique_integer([positive])),
    Dir = filename:join(os:getenv("TMPDIR", "/tmp"), Name),
    ok = file:make_dir(Dir),
    Dir.
