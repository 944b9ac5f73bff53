%% Printing floats with ~p, ~w, ~f, ~e, ~g and their precision/width forms.
-module(float_print).
-export([main/1]).

main(_Args) ->
    Xs = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2/3, 100.0, 123456.789, 1.0e15, 1.0e16,
          1.0e-5, 5.0e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
          12345678901234567890.0, 0.1 + 0.2, 3.14159, 1.0e100, -9.99e-10],
    lists:foreach(fun(X) -> io:format("~p | ~w~n", [X, X]) end, Xs),
    lists:foreach(fun(X) -> io:format("~f | ~e | ~g~n", [X, X, X]) end,
                  [0.0, 1.0, -1.5, 1/3, 123456.789, 1.0e15, 1.0e-5, 0.5, 2.5, 1.0e100]),
    lists:foreach(fun(P) -> io:format("~.*f ~.*e ~.*g~n", [P, 3.14159265, P, 3.14159265, P, 3.14159265]) end,
                  [2, 3, 6, 10]),
    io:format("[~10.3f] [~-10.3f] [~10.2e] [~12g]~n", [2.5, 2.5, 2.5, 2.5]),
    io:format("[~.1f] [~.1f] [~.1f] [~.1f] [~.1f]~n", [0.05, 0.15, 0.25, 0.35, 9.95]),
    io:format("~p~n", [try io_lib:format("~.0f", [1.0]) catch C:R -> {C, R} end]),
    io:format("[~*.2f] [~3.1f]~n", [8, -3.14159, 1234.5]),
    io:format("~p~n", [[1.0, 2.5, {3.0e-10, -4.0e20}]]),
    io:format("~s ~s~n", [io_lib:format("~w", [1.0e-7]), io_lib:write(6.02214076e23)]),
    ok.
