%% file:read_file_info/1,2 and read_link_info/1: the deterministic fields (type, size,
%% access, the file type bits of mode, links), change_mode, posix times, a symlink.
-module(files_info).
-export([main/1]).
-include_lib("kernel/include/file.hrl").

main(_Args) ->
    Dir = scratch_dir(),
    F = filename:join(Dir, "f.txt"),
    L = filename:join(Dir, "link"),
    ok = file:write_file(F, <<"twelve bytes">>),
    %% Modes set explicitly, so the umask does not show.
    ok = file:change_mode(F, 8#644),
    ok = file:change_mode(Dir, 8#755),
    show("file", file:read_file_info(F)),
    show("dir", file:read_file_info(Dir)),
    io:format("missing: ~p~n", [file:read_file_info(filename:join(Dir, "nope"))]),
    io:format("under a file: ~p~n", [file:read_file_info(filename:join(F, "x"))]),
    io:format("change_mode 8#400: ~p~n", [file:change_mode(F, 8#400)]),
    show("read-only", file:read_file_info(F)),
    ok = file:change_mode(F, 8#644),
    io:format("change_mode missing: ~p~n", [file:change_mode(filename:join(Dir, "nope"), 8#644)]),
    io:format("make_symlink: ~p~n", [file:make_symlink("f.txt", L)]),
    show("link followed", file:read_file_info(L)),
    show("link itself", file:read_link_info(L)),
    io:format("read_link: ~p~n", [file:read_link(L)]),
    io:format("read_link of a file: ~p~n", [file:read_link(F)]),
    ok = file:change_time(F, {{2020, 2, 29}, {12, 30, 15}}),
    {ok, #file_info{mtime = MTime}} = file:read_file_info(F, [{time, universal}]),
    {ok, #file_info{mtime = Posix}} = file:read_file_info(F, [{time, posix}]),
    {ok, #file_info{mtime = Local}} = file:read_file_info(F),
    io:format("times agree: ~p~n", [{erlang:universaltime_to_posixtime(MTime) =:= Posix,
                                    erlang:universaltime_to_localtime(MTime) =:= Local}]),
    io:format("posixtime_to_universaltime: ~p~n", [erlang:posixtime_to_universaltime(1582979415)]),
    {ok, Fd} = file:open(F, [read, raw]),
    show("handle", file:read_file_info(Fd)),
    ok = file:close(Fd),
    ok = file:delete(L),
    ok = file:delete(F),
    ok = file:del_dir(Dir).

show(What, {ok, #file_info{type = T, size = S, access = A, mode = M, links = N}}) ->
    Size = case T of directory -> dir; _ -> S end,
    io:format("~s: ~p~n", [What, {T, Size, A, M band 8#170000, M band 8#777, N}]);
show(What, Other) ->
    io:format("~s: ~p~n", [What, Other]).

scratch_dir() ->
    Name = "enigma_files_" ++ integer_to_list(erlang:system_time()) ++ "_"
        ++ integer_to_list(erlang:unique_integer([positive])),
    Dir = filename:join(os:getenv("TMPDIR", "/tmp"), Name),
    ok = file:make_dir(Dir),
    Dir.
