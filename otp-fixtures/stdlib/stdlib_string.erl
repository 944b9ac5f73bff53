%% string module on lists (and a few binaries): titlecase, pad, slice,
%% reverse, equal with case folding, split/lexemes/trim/find/replace.
-module(stdlib_string).
-export([main/1]).

main(_Args) ->
    io:format("~p~n", [[string:titlecase("hello world"), string:titlecase("ßa"), string:titlecase("")]]),
    io:format("~p~n", [[string:uppercase("abcÅä"), string:lowercase("ÀBC"), string:casefold("Straße")]]),
    io:format("~p~n", [[string:pad("abc", 7), string:pad("abc", 7, leading), string:pad("abc", 8, both, $*),
                        string:pad("abcdef", 3)]]),
    io:format("~p~n", [[string:slice("hello world", 6), string:slice("hello world", 0, 5), string:slice("héllo", 1, 3),
                        string:slice("abc", 10)]]),
    io:format("~p~n", [[string:reverse("abc"), string:reverse(""), string:reverse("åäö")]]),
    io:format("~p~n", [[string:equal("ABC", "abc"), string:equal("ABC", "abc", true), string:equal("Straße", "STRASSE", true),
                        string:equal("abc", <<"abc">>), string:equal("a b", "a  b", false, nfc)]]),
    io:format("~p~n", [[string:length("héllo"), string:length(<<"abc"/utf8>>), string:is_empty(""), string:is_empty([[]])]]),
    io:format("~p~n", [string:split("a,b,,c", ",")]),
    io:format("~p~n", [string:split("a,b,,c", ",", all)]),
    io:format("~p~n", [string:split("a,b,,c", ",", trailing)]),
    io:format("~p~n", [string:lexemes("  a  b c ", " ")]),
    io:format("~p~n", [[string:trim("  x y  "), string:trim("..x..", leading, "."), string:trim("xxayx", trailing, "xy")]]),
    io:format("~p~n", [[string:find("hello world", "o"), string:find("hello world", "o", trailing), string:find("abc", "z")]]),
    io:format("~p~n", [string:replace("a-b-c", "-", "+", all)]),
    io:format("~p~n", [[string:prefix("prefix_rest", "prefix_"), string:prefix("abc", "x")]]),
    io:format("~p~n", [[string:to_integer("123abc"), string:to_float("1.5e3x"), string:to_integer("x")]]),
    io:format("~p~n", [[string:take("aaabbb", "a"), string:take("aaabbb", "a", true)]]),
    io:format("~p~n", [[string:nth_lexeme("a:b:c", 2, ":"), string:chomp("line\r\n"), string:next_grapheme("éa")]]),
    io:format("~p~n", [[string:to_upper("mixed Case"), string:to_lower("MiXeD"), string:copies("ab", 3),
                        string:join(["a", "b", "c"], ", "), string:str("hello", "ll"), string:rstr("hello", "l")]]),
    io:format("~p~n", [[string:centre("ab", 6), string:left("ab", 5, $.), string:right("ab", 5, $.), string:sub_string("hello", 2, 4),
                        string:tokens("a b  c", " "), string:words("a b  c"), string:strip("  s  ")]]).
