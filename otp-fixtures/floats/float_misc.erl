%% Floats mixed with integers: conversion at big magnitudes, comparison order,
%% float keys in maps/lists, and integer/float equality in lists:usort and ==.
-module(float_misc).
-export([main/1]).

main(_Args) ->
    io:format("~w~n", [[trunc(1.0e18), trunc(1.0e19), round(-1.0e25), trunc(9007199254740993.0)]]),
    io:format("~w~n", [[(1 bsl 53) + 1 == float((1 bsl 53) + 1), (1 bsl 53) == float(1 bsl 53)]]),
    io:format("~w~n", [[1 < 1.5, 2 > 1.5, 1.0 < 1, 1 < 1.0, (1 bsl 64) < 1.0e20, (1 bsl 70) > 1.0e20]]),
    io:format("~w~n", [lists:sort([3, 2.0, 1, 2, 1.0, -0.5, 1 bsl 64, 1.0e19])]),
    io:format("~w~n", [lists:usort([1, 1.0, 2, 2.0, 1])]),
    io:format("~w~n", [lists:umerge([1.0, 2], [1, 2.0])]),
    M = #{1 => int, 1.0 => float},
    io:format("~w ~w ~w~n", [map_size(M), maps:get(1, M), maps:get(1.0, M)]),
    io:format("~p~n", [lists:keyfind(1.0, 1, [{1, a}, {1.0, b}])]),
    io:format("~p~n", [lists:keyfind(1, 1, [{1.0, b}])]),
    io:format("~w~n", [[X / 7 || X <- lists:seq(1, 7)]]),
    io:format("~w~n", [lists:sum([0.5, 1, 1.5])]),
    io:format("~w~n", [lists:max([1, 1.0])]),
    io:format("~w~n", [lists:min([1.0, 1])]),
    io:format("~w~n", [erlang:float(3)]),
    io:format("~w~n", [[1.0 * (1 bsl 1023), (1 bsl 1023) * 1.5]]),
    io:format("~p~n", [try float(1 bsl 1024) catch C:R -> {C, R} end]),
    io:format("~w~n", [[erlang:phash2(1.5), erlang:phash2(-0.0), erlang:phash2(1.0e100)]]),
    io:format("~p~n", [term_to_binary(1.5)]),
    io:format("~p~n", [try 2.0 * (1 bsl 1023) catch C2:R2 -> {C2, R2} end]),
    io:format("~p~n", [binary_to_term(<<131, 70, 64, 9, 33, 251, 84, 68, 45, 24>>)]),
    <<F:64/float>> = <<1.25:64/float>>,
    <<G:32/float>> = <<0.1:32/float>>,
    io:format("~w ~w~n", [F, G]),
    ok.
