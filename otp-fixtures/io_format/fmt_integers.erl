%% Integer directives: ~b, ~B, ~x, ~X, ~#, ~+, ~. with bases, widths,
%% padding characters, left adjustment and ~c with repeat counts.
-module(fmt_integers).
-export([main/1]).

main(_Args) ->
    Ns = [0, 7, -7, 255, -255, 65535, 1 bsl 64, -(1 bsl 70)],
    lists:foreach(fun(N) ->
                          io:format("~w|~b|~.2B|~.8B|~.16B|~.16b|~.36B~n", [N, N, N, N, N, N, N])
                  end, Ns),
    lists:foreach(fun(N) ->
                          io:format("~.16x|~.16X|~.2#|~.16#|~.16+|~.8+~n",
                                    [N, "0x", N, "0x", N, N, N, N])
                  end, [255, -255, 4096]),
    io:format("[~8b] [~-8b] [~08b] [~8.16B] [~-8.16B] [~.16.0B]~n", [42, 42, 42, 255, 255, 255]),
    io:format("[~8.10.*b] [~3b] [~2b]~n", [$*, 42, 12345, 12345]),
    io:format("~p~n", [try io_lib:format("[~8..b]", [42]) catch C:R -> {C, R} end]),
    io:format("[~c] [~5c] [~-5c|] [~3.1c] [~c~c~c]~n", [$a, $b, $c, $d, $x, $y, $z]),
    io:format("[~*b] [~-*b] [~*.*B]~n", [6, 7, 6, 7, 10, 2, 5]),
    io:format("[~10.2B]~n", [5]),
    io:format("~s~n", [io_lib:format("~.16B/~.16b", [3054, 3054])]),
    io:format("[~i] [~w]~n", [ignored, shown]),
    io:format("~~ and ~~n stay literal~n"),
    io:format("100~~ done~n", []),
    io:format("~w ~w~n", [16#ff, 8#777]),
    io:format("~w ~w ~w~n", [2#1010, 36#zz, $\n]),
    ok.
