%% Character-list handling: build a text of N words, split, reverse, count.
-module(strings).
-export([main/1]).

main([Arg]) ->
    N = list_to_integer(Arg),
    Text = text(N, 1, []),
    Words = string:lexemes(Text, " "),
    Rev = [lists:reverse(W) || W <- Words],
    Upper = string:uppercase(lists:flatten(lists:join(" ", Rev))),
    Long = length([W || W <- Words, length(W) > 5]),
    Es = length([C || C <- Upper, C =:= $E]),
    Tok = length(string:tokens(Text, "aeiou")),
    io:format("strings ~b: ~b words, ~b long, ~b Es, ~b tokens, ~s~n",
              [N, length(Words), Long, Es, Tok, lists:sublist(Upper, 12)]).

text(0, _, Acc) -> lists:flatten(Acc);
text(N, I, Acc) ->
    text(N - 1, I + 1, [word(I), $\s | Acc]).

word(I) -> element(I rem 8 + 1, {"alpha", "beta", "gamma", "delta", "epsilon",
                                "zeta", "eta", "theta"}) ++ integer_to_list(I).
