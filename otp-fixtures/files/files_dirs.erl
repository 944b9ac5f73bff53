%% Directories and the errors erl gives: make_dir, list_dir (sorted), rename, delete,
%% del_dir, filelib:is_file/is_dir/ensure_dir, and enoent, eexist, enotdir, eisdir,
%% eperm (delete of a directory), eexist (del_dir of a non-empty one).
-module(files_dirs).
-export([main/1]).

main(_Args) ->
    Dir = scratch_dir(),
    P = fun(Name) -> filename:join(Dir, Name) end,
    ok = file:write_file(P("b.txt"), <<"b">>),
    ok = file:write_file(P("a.txt"), <<"a">>),
    io:format("make_dir sub: ~p~n", [file:make_dir(P("sub"))]),
    io:format("make_dir again: ~p~n", [file:make_dir(P("sub"))]),
    io:format("make_dir under a file: ~p~n", [file:make_dir(P("a.txt/x"))]),
    io:format("make_dir missing parent: ~p~n", [file:make_dir(P("no/such"))]),
    {ok, Names} = file:list_dir(Dir),
    io:format("list_dir: ~p~n", [lists:sort(Names)]),
    io:format("list_dir of a file: ~p~n", [file:list_dir(P("a.txt"))]),
    io:format("list_dir missing: ~p~n", [file:list_dir(P("missing"))]),
    io:format("rename: ~p~n", [file:rename(P("b.txt"), P("sub/c.txt"))]),
    io:format("rename missing: ~p~n", [file:rename(P("b.txt"), P("d.txt"))]),
    io:format("list_dir sub: ~p~n", [file:list_dir(P("sub"))]),
    io:format("is_file: ~p ~p ~p~n", [filelib:is_file(P("a.txt")), filelib:is_file(P("sub")), filelib:is_file(P("zz"))]),
    io:format("is_dir: ~p ~p~n", [filelib:is_dir(P("sub")), filelib:is_dir(P("a.txt"))]),
    io:format("is_regular: ~p ~p~n", [filelib:is_regular(P("a.txt")), filelib:is_regular(P("sub"))]),
    io:format("ensure_dir: ~p~n", [filelib:ensure_dir(P("deep/er/file.txt"))]),
    io:format("is_dir deep/er: ~p~n", [filelib:is_dir(P("deep/er"))]),
    io:format("delete a directory: ~p~n", [file:delete(P("sub"))]),
    io:format("delete missing: ~p~n", [file:delete(P("missing"))]),
    io:format("del_dir non-empty: ~p~n", [file:del_dir(P("sub"))]),
    io:format("del_dir of a file: ~p~n", [file:del_dir(P("a.txt"))]),
    io:format("read_file of a directory: ~p~n", [file:read_file(Dir)]),
    io:format("open a directory: ~p~n", [file:open(Dir, [read])]),
    io:format("open under a file: ~p~n", [file:open(P("a.txt/x"), [read])]),
    io:format("open missing: ~p~n", [file:open(P("missing"), [read])]),
    {ok, Cwd} = file:get_cwd(),
    io:format("get_cwd: ~p~n", [is_list(Cwd) andalso filename:pathtype(Cwd)]),
    ok = file:delete(P("sub/c.txt")),
    ok = file:delete(P("a.txt")),
    [ok = file:del_dir(P(D)) || D <- ["sub", "deep/er", "deep"]],
    io:format("del_dir: ~p~n", [file:del_dir(Dir)]),
    io:format("gone: ~p~n", [filelib:is_dir(Dir)]).

scratch_dir() ->
    Name = "enigma_files_" ++ integer_to_list(erlang:system_time()) ++ "_"
        ++ integer_to_list(erlang:unique_integer([positive])),
    Dir = filename:join(os:getenv("TMPDIR", "/tmp"), Name),
    ok = file:make_dir(Dir),
    Dir.
