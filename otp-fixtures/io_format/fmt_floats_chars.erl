%% ~e, ~f, ~g with widths and precisions on a table of values, ~c of
%% latin1 characters, and io_lib_format:fwrite_g / io_lib:format("~.Nf") equivalents.
-module(fmt_floats_chars).
-export([main/1]).

main(_Args) ->
    Vals = [0.0, 1.0, -1.0, 0.5, 1/3, 1.0e-7, 123.456, -9876.54321, 1.0e10, 6.02e23],
    lists:foreach(fun(V) ->
                          io:format("~15.4f|~15.4e|~15.4g|~-15.3f|~n", [V, V, V, V])
                  end, Vals),
    lists:foreach(fun(V) ->
                          io:format("~.2f ~.3e ~.3g ~p~n", [V, V, V, V])
                  end, [0.005, 0.015, 0.025, 1.005, 2.675, 1.0e-10, 99.995]),
    io:format("~p~n", [try io_lib:format("~f ~e ~g", [1, 2, 3]) catch C0:R0 -> {C0, R0} end]),
    io:format("[~10c] [~c] [~c]~n", [$=, 233, $\t]),
    io:format("~s~n", [io_lib_format:fwrite_g(0.1)]),
    io:format("~s~n", [io_lib_format:fwrite_g(1.0e-20)]),
    io:format("~s~n", [io_lib:format("~.1f%", [99.95])]),
    io:format("~p~n", [lists:flatten(io_lib:format("~8.3f", [-0.0005]))]),
    io:format("~p~n", [try io_lib:format("~f", [abc]) catch C:R -> {C, R} end]),
    io:format("~p~n", [try io_lib:format("~b", [1.5]) catch C2:R2 -> {C2, R2} end]),
    io:format("~p~n", [try io_lib:format("~c", [-1]) catch C3:R3 -> {C3, R3} end]),
    ok.
