%% The string module on plain lists: split, trim, case, find, lexemes,
%% tokens, pad, slice, length, equal, prefix, replace.
-module(string_module).
-export([main/1]).

main(_Args) ->
    S = "  Hello, World, and  Erlang  ",
    io:format("~p~n", [string:split(S, ",")]),
    io:format("~p~n", [string:split(S, ",", all)]),
    io:format("~p~n", [string:split(S, ",", trailing)]),
    io:format("~p~n", [string:split("a--b--c", "--", all)]),
    io:format("~p~n", [[string:trim(S), string:trim(S, leading), string:trim(S, trailing)]]),
    io:format("~p~n", [string:trim("xxhixx", both, "x")]),
    io:format("~p~n", [[string:to_upper("mixed Case 123"), string:to_lower("MIXED Case")]]),
    io:format("~p~n", [[string:uppercase("straße"), string:lowercase("ÀB"), string:titlecase("erlang")]]),
    io:format("~p~n", [[string:find(S, "World"), string:find(S, "o", trailing), string:find(S, "zz")]]),
    io:format("~p~n", [string:lexemes(S, " ,")]),
    io:format("~p~n", [string:tokens("a,b;;c", ",;")]),
    io:format("~p~n", [[string:pad("ab", 6), string:pad("ab", 6, leading, $*), string:pad("ab", 7, both, $-)]]),
    io:format("~p~n", [[string:slice("abcdef", 2), string:slice("abcdef", 1, 3)]]),
    io:format("~p~n", [[string:length("abc"), string:length(""), string:length("äö")]]),
    io:format("~p~n", [[string:equal("abc", "abc"), string:equal("abc", "ABC", true), string:is_empty("")]]),
    io:format("~p~n", [[string:prefix("foobar", "foo"), string:prefix("foobar", "bar")]]),
    io:format("~p~n", [string:replace("a.b.c", ".", "::", all)]),
    io:format("~p~n", [string:reverse("stressed")]),
    io:format("~p~n", [[string:to_integer("123abc"), string:to_integer("x"), string:to_float("2.5e1rest")]]),
    io:format("~p~n", [string:chomp("line\n")]),
    io:format("~p~n", [string:casefold("ÉCOLE")]),
    io:format("~p~n", [string:next_grapheme("abc")]),
    io:format("~p~n", [string:nth_lexeme("a b c", 2, " ")]),
    io:format("~p~n", [[string:str("hello", "ll"), string:rstr("hello", "l"), string:chr("hello", $e)]]),
    io:format("~p~n", [[string:substr("hello", 2, 3), string:left("ab", 4, $.), string:right("ab", 4, $.)]]),
    io:format("~p~n", [string:join(["a", "b", "c"], ", ")]),
    ok.
