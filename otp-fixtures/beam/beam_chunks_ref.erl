%% Reference data for the .beam reader: for every module in the ebin
%% directories of the running OTP, what beam_lib reads from its chunks.
%% One line per module, printed with ~w so that it can be compared exactly.
-module(beam_chunks_ref).
-export([main/1]).

main(_Args) ->
    Lib = code:lib_dir(),
    Files = lists:sort(filelib:wildcard(filename:join([Lib, "*", "ebin", "*.beam"]))),
    lists:foreach(fun print/1, Files).

print(File) ->
    {ok, {Module, Chunks}} =
        beam_lib:chunks(File, [atoms, labeled_exports, imports, labeled_locals,
                               attributes, compile_info]),
    {atoms, Atoms} = lists:keyfind(atoms, 1, Chunks),
    Values = [V || {Key, V} <- Chunks, Key =/= atoms],
    io:format("~w~n", [list_to_tuple([Module, [A || {_, A} <- lists:sort(Atoms)] | Values])]).
