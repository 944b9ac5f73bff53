%% integer_to_list/2, integer_to_binary/2, list_to_integer/1,2 and
%% binary_to_integer in several bases, with the badarg cases.
-module(int_conv).
-export([main/1]).

main(_Args) ->
    Ns = [0, 1, -1, 255, -255, 1 bsl 59, (1 bsl 60) - 1, 1 bsl 64, -(1 bsl 100) + 1],
    lists:foreach(fun(N) ->
                          io:format("~w: ~s ~s ~s ~s~n",
                                    [N, integer_to_list(N, 2), integer_to_list(N, 8),
                                     integer_to_list(N, 16), integer_to_list(N, 36)])
                  end, Ns),
    io:format("~p~n", [integer_to_binary(-(1 bsl 70), 16)]),
    io:format("~p~n", [integer_to_binary(12345)]),
    io:format("~w~n", [[list_to_integer(S) || S <- ["0", "-0", "+17", "00042", "-123456789012345678901234567890"]]]),
    io:format("~w~n", [[list_to_integer(S, B) || {S, B} <- [{"ff", 16}, {"FF", 16}, {"-zz", 36}, {"777", 8}, {"101", 2}, {"1" ++ lists:duplicate(20, $0), 16}]]]),
    io:format("~w~n", [binary_to_integer(<<"-99999999999999999999">>)]),
    io:format("~w~n", [binary_to_integer(<<"7fffffffffffffff">>, 16)]),
    Bad = [{"", 10}, {"12a", 10}, {"1.5", 10}, {"+", 10}, {"-", 10}, {" 1", 10}, {"2", 2}, {"g", 16}, {"1", 37}, {"1", 1}],
    lists:foreach(fun({S, B}) ->
                          R = try list_to_integer(S, B) catch error:E -> {error, E} end,
                          io:format("~p base ~w -> ~p~n", [S, B, R])
                  end, Bad),
    io:format("~p~n", [err(fun() -> list_to_integer(abc) end)]),
    io:format("~p~n", [err(fun() -> binary_to_integer(<<>>) end)]),
    io:format("~p~n", [err(fun() -> integer_to_list(1.0) end)]),
    io:format("~p~n", [err(fun() -> integer_to_list(10, 40) end)]),
    io:format("~s ~s~n", [erlang:integer_to_list(-42), integer_to_list(1 bsl 64, 10)]),
    ok.

err(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
