%% Stack traces: the first frames' shape for errors in local functions, BIFs,
%% funs, and stdlib calls; error/2 args; error/3 with error_info; and
%% erlang:raise keeping a custom stack.
-module(exc_stacktrace).
-export([main/1, exported/1]).

main(_Args) ->
    show(fun() -> deep(3) end),
    show(fun() -> erlang:binary_to_atom(id(1), utf8) end),
    show(fun() -> lists:nth(id(5), [a]) end),
    show(fun() -> ?MODULE:exported(id(a)) end),
    show(fun() -> error(my_reason, [x, y]) end),
    show(fun() -> error(my_reason, [x], [{error_info, #{cause => test}}]) end),
    show(fun() -> erlang:raise(throw, custom, [{fake, frame, 2, [{file, "f.erl"}, {line, 9}]}]) end),
    show(fun() -> lists:map(fun(X) -> 1 / X end, [1, 0]) end),
    show(fun() -> element(id(9), {}) end),
    show(fun() -> id(2) + id(b) end),
    {_, _, Stack} = try throw(x) catch C:R:S -> {C, R, S} end,
    io:format("~p~n", [is_list(Stack) andalso length(Stack) >= 1]),
    io:format("~p~n", [[is_atom(M) andalso is_atom(F) || {M, F, _, _} <- lists:sublist(Stack, 1)]]),
    ok.

show(F) ->
    try F() of
        V -> io:format("returned ~p~n", [V])
    catch
        Class:Reason:Stack ->
            io:format("~w ~p~n", [Class, Reason]),
            [io:format("  ~p~n", [frame(Fr)]) || Fr <- lists:sublist(Stack, 2)]
    end.

frame({M, F, A, Info}) ->
    {M, F, A, lists:keymember(line, 1, Info), lists:keyfind(error_info, 1, Info)}.

deep(0) -> error(bottom);
deep(N) -> [deep(N - 1)].

exported(X) when is_integer(X) -> X.

id(X) -> X.
