%% io:format/3, io:put_chars/2, io:write/2, io:nl/1 to a file, in latin1 and utf8
%% encodings; file:write/2 of characters above 255; the file server and io server
%% processes behind an open file (owner exit closes it).
-module(files_io_format).
-export([main/1]).

main(_Args) ->
    Dir = scratch_dir(),
    F = filename:join(Dir, "out.txt"),
    {ok, Fd} = file:open(F, [write]),
    io:format(Fd, "~p ~s ~w~n", [{a, "list", <<"bin">>}, "str", [1, 2.5]]),
    io:format(Fd, "~10.3f|~-6s|~6s|~.16B~n", [3.14159, "ab", "cd", 255]),
    io:put_chars(Fd, ["put", $_, <<"chars">>, "\n"]),
    io:write(Fd, {written, 'Atom'}),
    io:nl(Fd),
    io:format(Fd, "latin1: ~s~n", [[233, 252]]),
    {'EXIT', {Why, _Stack}} = (catch io:format(Fd, "~ts~n", [[8364]])),
    io:format("unicode to latin1 file: ~p~n", [Why]),
    ok = file:close(Fd),
    io:format("written: ~p~n", [file:read_file(F)]),
    {ok, U} = file:open(F, [write, {encoding, utf8}]),
    io:format(U, "utf8: ~ts ~s~n", [[8364, 233], [233]]),
    io:put_chars(U, [20320, 22909, $\n]),
    ok = file:close(U),
    io:format("utf8 bytes: ~p~n", [file:read_file(F)]),
    {ok, U2} = file:open(F, [read, {encoding, utf8}]),
    io:format("utf8 line: ~p~n", [io:get_line(U2, '')]),
    ok = file:close(U2),
    Self = self(),
    Owner = spawn(fun() -> {ok, Fd2} = file:open(F, [read]), Self ! {fd, Fd2}, receive stop -> ok end end),
    Fd2 = receive {fd, Fd2Value} -> Fd2Value end,
    io:format("io server alive: ~p~n", [is_process_alive(Fd2)]),
    Ref = monitor(process, Fd2),
    Owner ! stop,
    receive {'DOWN', Ref, process, Fd2, Reason} -> io:format("io server ends with its owner: ~p~n", [Reason]) end,
    io:format("write after close: ~p~n", [file:write(Fd2, "x")]),
    ok = file:delete(F),
    ok = file:del_dir(Dir).

scratch_dir() ->
    Name = "enigma_files_" ++ integer_to_list(erlang:system_time()) ++ "_"
        ++ integer_to_list(erlang:unique_integer([positive])),
    Dir = filename:join(os:getenv("TMPDIR", "/tmp"), Name),
    ok = file:make_dir(Dir),
    Dir.
