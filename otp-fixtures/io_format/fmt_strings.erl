%% String directives: ~s with widths, precision and padding, ~ts, ~s of
%% iolists/binaries/atoms, ~p on strings with escapes, and io:put_chars/nl/fwrite.
-module(fmt_strings).
-export([main/1]).

main(_Args) ->
    io:format("[~s]~n", ["plain"]),
    io:format("[~10s] [~-10s] [~.3s] [~10.3s] [~-10.3s]~n", ["abcde", "abcde", "abcde", "abcde", "abcde"]),
    io:format("[~10.3.*s] [~*s]~n", [$_, "abcde", 7, "xy"]),
    io:format("[~s] [~s] [~s]~n", [<<"binary">>, atom, ["io", $l, <<"ist">>]]),
    io:format("[~ts] [~ts]~n", [<<"utf8 bin"/utf8>>, "list"]),
    io:format("[~3s]~n", ["toolong"]),
    io:format("~p~n", ["line1\nline2\ttab \"quoted\" \\ back"]),
    io:format("~p~n", [<<"bin\n\"q\"">>]),
    io:format("~s~n", ["multi\nline"]),
    io:put_chars("put_chars list\n"),
    io:put_chars(<<"put_chars binary\n">>),
    io:put_chars(["put_chars ", [<<"iolist">>, $\n]]),
    io:nl(),
    io:fwrite("fwrite ~w ~s~n", [1, "two"]),
    io:fwrite("fwrite no args~n"),
    io:format("format/1 only~n"),
    io:format(standard_io, "explicit device ~w~n", [standard_io]),
    io:format(<<"binary format ~w~n">>, [string]),
    io:format('atom format ~w~n', [string]),
    io:write({written, "term"}),
    io:nl(),
    io:format("~s~n", [io_lib:format("~-6s|~6s|", ["ab", "cd"])]),
    io:format("~p~n", [io_lib:format("~s", [[97, [98]]])]),
    io:format("~p~n", [lists:flatten(io_lib:format("~5.2s", ["xyz"]))]),
    io:format("~p~n", [try io_lib:format("~s", [{not_a_string}]) catch C:R -> {C, R} end]),
    io:format("~p~n", [try io_lib:format("~w ~w", [one]) catch C2:R2 -> {C2, R2} end]),
    io:format("~p~n", [try io_lib:format("~q", [x]) catch C3:R3 -> {C3, R3} end]),
    io:format("~s|~s~n", [string:pad("left", 8, trailing, $.), string:pad("right", 8, leading, $.)]),
    Rows = [{"apple", 3, 1.25}, {"kiwi", 12, 0.5}, {"watermelon", 1, 3.0}],
    [io:format("~-12s~5w~8.2f~n", [N, Q, P]) || {N, Q, P} <- Rows],
    ok.
