%% ~p and ~w on nested terms: line width, ~P/~W depth limits, field width
%% on ~p, ~lp (no string detection), and io_lib:format/write/print.
-module(fmt_terms).
-export([main/1]).

main(_Args) ->
    T = {config, [{name, "server"}, {port, 8080}, {hosts, ["alpha.example.com", "beta.example.com", "gamma.example.com"]},
                  {opts, #{timeout => 5000, retries => 3, mode => active}}, {blob, <<"binary data here">>}]},
    io:format("~p~n", [T]),
    io:format("~w~n", [T]),
    io:format("~P~n", [T, 5]),
    io:format("~W~n", [T, 4]),
    io:format("~P~n", [lists:seq(1, 30), 10]),
    io:format("~40p~n", [T]),
    io:format("~120p~n", [T]),
    io:format("~lp~n", [[104, 105]]),
    io:format("~p ~lp~n", ["hi", "hi"]),
    io:format("~p~n", [lists:seq(1, 40)]),
    io:format("~p~n", [[{K, K * K} || K <- lists:seq(1, 12)]]),
    io:format("~p~n", [{[], {}, #{}, <<>>, "", '', 0, 0.0}]),
    io:format("~p~n", [[[[[[deep]]]]]]),
    io:format("   indented: ~p~n", [{a, lists:seq(1, 25)}]),
    io:format("~p~n", [#{list => lists:seq(1, 20), nested => #{a => {1, 2, 3}, b => "string value"}}]),
    io:format("~s~n", [io_lib:write({a, "b", <<"c">>})]),
    io:format("~s~n", [io_lib:print({a, "b", <<"c">>})]),
    io:format("~s~n", [io_lib:write(lists:seq(1, 10), 3)]),
    io:format("~s~n", [io_lib:format("~p", [[1, 2, 3]])]),
    io:format("~p~n", [io_lib:format("~w-~w", [a, b])]),
    io:format("~p~n", [lists:flatten(io_lib:format("~10p|", [abc]))]),
    io:format("~p~n", [{self_is_pid, is_pid(self())}]),
    io:format("~p~n", [[a | improper]]),
    io:format("~p~n", [{"mixed", [1, "two", three, <<"four">>, 5.0]}]),
    ok.
