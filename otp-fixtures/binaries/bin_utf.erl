%% utf8, utf16 and utf32 segments: construction, matching, endianness,
%% invalid code points, and mixing with unicode:characters_to_list.
-module(bin_utf).
-export([main/1]).

main(_Args) ->
    Cps = [$a, 233, 955, 8364, 26085, 16#1F600, 16#10FFFF, 0, 16#7F, 16#80, 16#7FF, 16#800, 16#FFFF, 16#10000],
    lists:foreach(fun(Cp) ->
                          io:format("~.16B: ~w ~w ~w ~w~n",
                                    [Cp, <<Cp/utf8>>, <<Cp/utf16>>, <<Cp/utf16-little>>, <<Cp/utf32>>])
                  end, Cps),
    Str = [$h, 233, 955, 16#1F600],
    U8 = << <<C/utf8>> || C <- Str >>,
    U16 = << <<C/utf16>> || C <- Str >>,
    U32L = << <<C/utf32-little>> || C <- Str >>,
    io:format("~w ~w ~w~n", [byte_size(U8), byte_size(U16), byte_size(U32L)]),
    io:format("~w~n", [[C || <<C/utf8>> <= U8]]),
    io:format("~w~n", [[C || <<C/utf16>> <= U16]]),
    io:format("~w~n", [[C || <<C/utf32-little>> <= U32L]]),
    <<First/utf8, Rest/binary>> = U8,
    io:format("~w ~w~n", [First, Rest]),
    io:format("~w~n", [unicode:characters_to_list(U8)]),
    io:format("~w~n", [unicode:characters_to_binary(Str, unicode, {utf16, big}) =:= U16]),
    io:format("~w~n", [unicode:characters_to_binary(Str, unicode, {utf32, little}) =:= U32L]),
    Bad = [16#D800, 16#DFFF, 16#110000, -1],
    [io:format("~.16B -> ~p~n", [Cp, try <<Cp/utf8>> catch C:R -> {C, R} end]) || Cp <- Bad],
    io:format("~p~n", [match_utf8(<<16#C0, 16#80>>)]),
    io:format("~p~n", [match_utf8(<<16#ED, 16#A0, 16#80>>)]),
    io:format("~p~n", [match_utf8(<<16#F4, 16#90, 16#80, 16#80>>)]),
    io:format("~p~n", [match_utf8(<<16#E2, 16#82>>)]),
    io:format("~p~n", [match_utf8(<<"€ok"/utf8>>)]),
    io:format("~w~n", [<<"€"/utf8>>]),
    io:format("~w~n", [<<"€"/utf16-little>>]),
    io:format("~p~n", [<<"ascii"/utf8>>]),
    io:format("~w~n", [count_chars(<<"日本語テキスト"/utf8>>, 0)]),
    ok.

match_utf8(<<C/utf8, Rest/binary>>) -> {ok, C, Rest};
match_utf8(Other) -> {nomatch, Other}.

count_chars(<<>>, N) -> N;
count_chars(<<_/utf8, R/binary>>, N) -> count_chars(R, N + 1).
