%% float_to_list/2 and float_to_binary/2 with every option, list_to_float,
%% binary_to_float, and their badarg cases.
-module(float_conv).
-export([main/1]).

main(_Args) ->
    Xs = [0.0, 1.0, -1.5, 0.1, 1/3, 123.456, 1.0e20, 1.0e-10, 2.5, 0.125],
    lists:foreach(fun(X) -> io:format("~s~n", [float_to_list(X)]) end, Xs),
    Opts = [[{decimals, 0}], [{decimals, 2}], [{decimals, 4}, compact], [{decimals, 10}],
            [{decimals, 10}, compact], [{scientific, 0}], [{scientific, 3}], [short], []],
    lists:foreach(fun(O) ->
                          io:format("~w: ~p~n", [O, [float_to_list(X, O) || X <- [1.5, 1/3, 1000.0, -0.005, 2.0e-8]]])
                  end, Opts),
    io:format("~p~n", [float_to_binary(3.75, [{decimals, 1}])]),
    io:format("~p~n", [float_to_binary(1.0e300, [short])]),
    io:format("~p~n", [float_to_binary(0.1)]),
    io:format("~w~n", [[list_to_float(S) || S <- ["1.0", "-0.5", "1.5e3", "2.0E-2", "+3.25", "1.0e+2"]]]),
    io:format("~w~n", [binary_to_float(<<"6.25e-1">>)]),
    Bad = ["1", "1.", ".5", "1e5", "abc", "1.0x", "", " 1.0"],
    [io:format("~p -> ~p~n", [S, err(fun() -> list_to_float(S) end)]) || S <- Bad],
    io:format("~p~n", [err(fun() -> float_to_list(1.0, [{decimals, 254}]) end)]),
    io:format("~p~n", [err(fun() -> float_to_list(1.0, [{decimals, -1}]) end)]),
    io:format("~p~n", [err(fun() -> float_to_list(1.0, [bogus]) end)]),
    io:format("~p~n", [err(fun() -> float_to_list(1) end)]),
    io:format("~p ~p~n", [list_to_float(float_to_list(0.1)) =:= 0.1,
                          list_to_float(float_to_list(1/3, [short])) =:= 1/3]),
    ok.

err(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
