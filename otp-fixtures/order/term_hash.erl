%% erlang:phash2/1,2 and erlang:phash/2 across every term type (values are
%% erl's own), plus hashes staying equal for =:= terms built differently.
-module(term_hash).
-export([main/1]).

main(_Args) ->
    Terms = [0, 1, -1, 255, 256, 1 bsl 27, 1 bsl 32, 1 bsl 59, 1 bsl 60, 1 bsl 64, -(1 bsl 64), 1 bsl 200,
             0.0, -0.0, 1.0, 1.5, -2.25, 1.0e300,
             a, abc, 'hello world', '', true,
             [], [a], "abc", [1, 2 | 3], lists:seq(1, 100),
             {}, {a}, {a, b, c}, list_to_tuple(lists:seq(1, 40)),
             <<>>, <<1>>, <<"abc">>, <<1:3>>, <<0:100>>, binary:copy(<<"x">>, 200),
             #{}, #{a => 1}, #{b => 2, a => 1}, maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
             fun lists:sort/1, {nested, [#{k => {1, 2.0, "s"}}]}],
    lists:foreach(fun(T) ->
                          io:format("~w ~w ~w~n", [erlang:phash2(T), erlang:phash2(T, 1000), erlang:phash(T, 1 bsl 32)])
                  end, Terms),
    io:format("~w~n", [erlang:phash2(<<"abc">>) =:= erlang:phash2(binary:part(<<"xabcx">>, 1, 3))]),
    io:format("~w~n", [erlang:phash2(maps:from_list([{b, 2}, {a, 1}])) =:= erlang:phash2(#{a => 1, b => 2})]),
    io:format("~w~n", [erlang:phash2(1) =:= erlang:phash2(1.0)]),
    io:format("~w~n", [erlang:phash2(lists:seq(1, 5)) =:= erlang:phash2([1, 2, 3, 4, 5])]),
    io:format("~w~n", [[erlang:phash2(X, 1) || X <- [a, b, c]]]),
    io:format("~p~n", [try erlang:phash2(a, 0) catch C:R -> {C, R} end]),
    ok.
