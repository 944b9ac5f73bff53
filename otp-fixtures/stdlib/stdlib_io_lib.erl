%% io_lib: format (many directives), write, print with depth, fwrite with ~*c.
-module(stdlib_io_lib).
-export([main/1]).

main(_Args) ->
    P = fun(IoList) -> io:format("~w~n", [lists:flatten(IoList) =:= unicode:characters_to_list(IoList)]), io:format("~ts|~n", [IoList]) end,
    P(io_lib:format("~w ~p ~s ~s", [{a, "b"}, [1, 2], "str", atom])),
    P(io_lib:format("~10.3f|~-10.2e|~g|~.1f", [3.14159, 12345.678, 0.5, 2.25])),
    P(io_lib:format("~5w|~-5w|~.16b|~.2B|~.16#|~.16x|~.16X", [42, 42, 255, 5, 255, 31, "0x", 31, "#"])),
    P(io_lib:format("~c~c|~5c|~-8s|~8s|~.3s", [$a, $b, $z, "left", "right", "truncate"])),
    P(io_lib:format("~*c|~*.*f|~-*s|", [4, $x, 8, 2, 1.0 / 3, 6, "ab"])),
    P(io_lib:fwrite("~*c!~n", [3, $*])),
    P(io_lib:fwrite("~i~w ~~ ~n", [ignored, done])),
    P(io_lib:format("~ts|~tp", [[1024, 1025], [1024]])),
    P(io_lib:write({tuple, [1, 2, "str"], <<1, 2>>, 3.5, 'quoted atom'})),
    P(io_lib:write([1, [2, [3, [4, [5, [6]]]]]], 3)),
    P(io_lib:write(lists:seq(1, 20), 5)),
    P(io_lib:print({a, [b, c, {d, [e, f, g]}], "string"}, 1, 80, 3)),
    P(io_lib:print(lists:seq(1, 30), 1, 80, 10)),
    P(io_lib:print([{key, lists:seq(1, 25)}, {other, "a long string value here"}], 1, 40, -1)),
    P(io_lib:format("~P", [{a, {b, {c, {d, {e}}}}}, 4])),
    P(io_lib:format("~W", [[1, 2, 3, 4, 5, 6], 4])),
    P(io_lib:format("~p", [lists:duplicate(30, {some, tuple})])),
    P(io_lib:format("~60p", [#{a => [1, 2, 3], b => {x, y}, c => "text"}])),
    P(io_lib:format("~w", [#{1 => one, two => 2, "three" => [3]}])),
    P(io_lib:write_atom('hello world')),
    P(io_lib:write_string("quote\"s and \\")),
    P(io_lib:write_char($\n)),
    io:format("~w~n", [[io_lib:printable_list("abc"), io_lib:printable_list([1, 2]), io_lib:printable_unicode_list([1024])]]),
    io:format("~w~n", [io_lib:fread("~d ~s", "12 word rest")]),
    io:format("~w~n", [(catch io_lib:format("~d", [notint])) =/= ok]),
    io:format("~w~n", [io_lib:char_list("abc")]),
    io:format("~w~n", [lists:flatten(io_lib:format("~.2f", [1.005]))]).
