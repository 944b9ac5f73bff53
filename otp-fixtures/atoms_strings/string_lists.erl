%% Strings as lists: concatenation, lists:join, flatten, deep iolists,
%% character classes, and the printable-string heuristic of ~p.
-module(string_lists).
-export([main/1]).

main(_Args) ->
    Words = ["alpha", "beta", "gamma"],
    io:format("~s~n", [lists:join(", ", Words)]),
    io:format("~p~n", [lists:join($-, Words)]),
    io:format("~s~n", [lists:flatten(lists:join(" ", Words))]),
    io:format("~p~n", [lists:concat([abc, 1, "x", 2.5])]),
    io:format("~p~n", ["abc" ++ [$d | "ef"]]),
    io:format("~p~n", [[C - 32 || C <- "shout", C >= $a, C =< $z]]),
    io:format("~p~n", [[[72, 105], [], [0], [7], [8, 9, 10], [27], [127], [128], [255], [256], [200, 201]]]),
    io:format("~p~n", [["tab\there", "nl\nhere", "quote\"q", "back\\s", "\e\b\f\v\r\d"]]),
    io:format("~w~n", ["abc"]),
    io:format("~s|~10s|~-10s|~.2s|~n", ["abc", "abc", "abc", "abc"]),
    io:format("~s~n", [[<<"bin">>, $-, ["deep", [$l, "ist"]]]]),
    io:format("~p~n", [iolist_to_binary(["a", <<"b">>, [$c, [<<"d">>]]])]),
    io:format("~p~n", [iolist_size(["a", <<"bc">>, [$d | <<"ef">>]])]),
    io:format("~p~n", [[list_to_binary("xyz"), binary_to_list(<<"xyz">>)]]),
    io:format("~p~n", [lists:reverse("olleh")]),
    io:format("~p~n", [string:split(lists:flatten(io_lib:format("~w-~w", [1, 2])), "-")]),
    io:format("~p~n", [lists:sort(["pear", "apple", "Banana", "apple2", ""])]),
    io:format("~p~n", [[io_lib:printable_list("abc"), io_lib:printable_list([1, 2]),
                        io_lib:printable_latin1_list([233]), io_lib:printable_unicode_list([1000])]]),
    io:format("~p~n", [lists:prefix("ab", "abc")]),
    io:format("~p~n", [lists:suffix("bc", "abc")]),
    io:format("~p~n", [[erlang:list_to_tuple("ab"), tuple_to_list({$x, $y})]]),
    ok.
