%% filelib:wildcard/1,2 over a tree made for it: *, ?, [..], {..}, ** and a pattern
%% relative to a given directory; filelib:fold_files/5 and file_size/1.
-module(files_wildcard).
-export([main/1]).

main(_Args) ->
    Dir = scratch_dir(),
    Files = ["a.erl", "b.erl", "c.hrl", "ab.txt", "src/x.erl", "src/y.beam",
             "src/deep/z.erl", "doc/readme.md"],
    [ok = filelib:ensure_dir(filename:join(Dir, F)) || F <- Files],
    [ok = file:write_file(filename:join(Dir, F), F) || F <- Files],
    Patterns = ["*.erl", "?.erl", "[ab]*", "*.{erl,hrl}", "src/*", "*/*.erl",
                "**/*.erl", "nothing*", "src/deep/z.erl", "{a,b}.erl"],
    [io:format("~s: ~p~n", [P, filelib:wildcard(P, Dir)]) || P <- Patterns],
    Abs = filelib:wildcard(filename:join(Dir, "*.hrl")),
    io:format("absolute: ~p~n", [[filename:basename(A) || A <- Abs]]),
    Found = filelib:fold_files(Dir, "\\.erl$", true, fun(F, Acc) -> [filename:basename(F) | Acc] end, []),
    io:format("fold_files: ~p~n", [lists:sort(Found)]),
    io:format("file_size: ~p~n", [filelib:file_size(filename:join(Dir, "src/deep/z.erl"))]),
    [ok = file:delete(filename:join(Dir, F)) || F <- Files],
    [ok = file:del_dir(filename:join(Dir, D)) || D <- ["src/deep", "src", "doc"]],
    ok = file:del_dir(Dir).

scratch_dir() ->
    Name = "enigma_files_" ++ integer_to_list(erlang:system_time()) ++ "_"
        ++ integer_to_list(erlang:unique_integer([positive])),
    Dir = filename:join(os:getenv("TMPDIR", "/tmp"), Name),
    ok = file:make_dir(Dir),
    Dir.
