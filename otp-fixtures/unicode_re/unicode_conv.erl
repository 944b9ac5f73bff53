%% unicode:characters_to_list/binary with utf8, latin1 and utf16 input,
%% error and incomplete tuples, and ~ts output of non-latin1 characters
%% (erl -noshell writes latin1, so characters above 255 print as \x{...}).
-module(unicode_conv).
-export([main/1]).

main(_Args) ->
    Utf8 = <<"Grüße, мир, 世界 😀"/utf8>>,
    L = unicode:characters_to_list(Utf8),
    io:format("~w~n", [L]),
    io:format("~w ~w~n", [length(L), byte_size(Utf8)]),
    io:format("~ts~n", [L]),
    io:format("~ts~n", [Utf8]),
    io:format("~p~n", [L]),
    io:format("~tp~n", [L]),
    io:format("~tp~n", [Utf8]),
    io:format("~p~n", [Utf8]),
    io:format("~w~n", [unicode:characters_to_binary(L)]),
    io:format("~w~n", [unicode:characters_to_binary("café", latin1, utf8)]),
    io:format("~w~n", [unicode:characters_to_list(<<"café">>, latin1)]),
    io:format("~w~n", [unicode:characters_to_binary([<<"ab"/utf8>>, [$c, 955], <<"д"/utf8>>])]),
    io:format("~w~n", [unicode:characters_to_binary("ü€", unicode, latin1)]),
    io:format("~w~n", [unicode:characters_to_list(<<0, 104, 0, 105, 216, 61, 222, 0>>, {utf16, big})]),
    io:format("~w~n", [unicode:characters_to_binary(<<"h€"/utf8>>, utf8, {utf16, little})]),
    io:format("~w~n", [unicode:characters_to_list(<<"ok", 16#E2, 16#82>>)]),
    io:format("~w~n", [unicode:characters_to_list(<<"ok", 16#FF, "rest">>)]),
    io:format("~w~n", [unicode:characters_to_binary([$a, 16#110000])]),
    io:format("~w~n", [unicode:bom_to_encoding(<<16#EF, 16#BB, 16#BF, "x">>)]),
    io:format("~w~n", [unicode:encoding_to_bom(utf8)]),
    io:format("~p~n", [try unicode:characters_to_list(an_atom) catch C:R -> {C, R} end]),
    io:format("~w~n", [[io_lib:printable_unicode_list(L), io_lib:printable_latin1_list(L)]]),
    io:format("~ts|~10ts|~-10ts|~n", ["λ", "λμ", "ab"]),
    io:format("~ts~n", [[16#1F600]]),
    io:format("~w~n", [string:length(<<"e\x{301}"/utf8>>)]),
    io:format("~w~n", [string:to_upper("grüße")]),
    io:format("~w~n", [unicode:characters_to_nfc_list([$e, 16#301])]),
    io:format("~w~n", [unicode:characters_to_nfd_list([233])]),
    ok.
