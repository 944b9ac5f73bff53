%% The string module on binaries and unicode data: results keep the input
%% type, grapheme clusters count as one character, and casefolding.
-module(string_binary).
-export([main/1]).

main(_Args) ->
    B = <<"  Grüße aus Köln  "/utf8>>,
    io:format("~w~n", [string:trim(B)]),
    io:format("~w~n", [string:split(B, <<"aus"/utf8>>)]),
    io:format("~w~n", [string:lexemes(B, " ")]),
    io:format("~w~n", [string:uppercase(B)]),
    io:format("~w~n", [string:length(B)]),
    io:format("~w~n", [string:reverse(<<"abc"/utf8>>)]),
    io:format("~w~n", [string:slice(B, 2, 5)]),
    io:format("~w~n", [string:find(B, <<"K"/utf8>>)]),
    io:format("~w~n", [string:replace(<<"a-b-c">>, <<"-">>, <<"+">>, all)]),
    io:format("~w~n", [string:pad(<<"x">>, 3, both)]),
    io:format("~w~n", [string:equal(<<"ABC">>, "abc", true)]),
    io:format("~w~n", [string:is_empty(<<>>)]),
    io:format("~w~n", [string:to_graphemes("e\x{301}a")]),
    io:format("~w~n", [string:length([$e, 16#301, $a])]),
    io:format("~w~n", [string:next_codepoint(<<"λx"/utf8>>)]),
    io:format("~w~n", [string:casefold(<<"Straße"/utf8>>)]),
    io:format("~w~n", [string:titlecase(<<"ärger"/utf8>>)]),
    io:format("~w~n", [string:to_integer(<<"-42 rest">>)]),
    io:format("~w~n", [string:to_float(<<"3.5e2x">>)]),
    io:format("~w~n", [string:take(<<"aaabbb">>, "a")]),
    io:format("~w~n", [string:take("aaabbb", "a", true)]),
    io:format("~w~n", [string:split(["ab", <<"c,d">>, "e"], ",")]),
    io:format("~w~n", [string:trim(["  ", <<"mixed ">>, " "])]),
    io:format("~w~n", [string:prefix(<<"prefix-rest">>, "prefix-")]),
    io:format("~w~n", [string:chomp(<<"text\r\n">>)]),
    io:format("~w~n", [string:lowercase([$A, 16#C0, 16#391])]),
    ok.
