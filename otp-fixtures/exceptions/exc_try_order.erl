%% Evaluation order of try ... of ... catch ... after, nested try, catch
%% expressions, rethrow with erlang:raise/3, and after clauses on every path.
-module(exc_try_order).
-export([main/1]).

main(_Args) ->
    io:format("~p~n", [t(fun() -> value end)]),
    io:format("~p~n", [t(fun() -> throw(thrown) end)]),
    io:format("~p~n", [t(fun() -> error(failed) end)]),
    io:format("~p~n", [t(fun() -> exit(exited) end)]),
    io:format("~p~n", [nested(inner_throw)]),
    io:format("~p~n", [nested(inner_error)]),
    io:format("~p~n", [nested(after_raises)]),
    io:format("~p~n", [nested(none)]),
    io:format("~p~n", [[catch_expr(X) || X <- [ok, throw, error, exit]]]),
    io:format("~p~n", [reraise()]),
    io:format("~p~n", [try raise_bad() catch error:badarg -> raise_rejected end]),
    io:format("~p~n", [after_value()]),
    io:format("~p~n", [try try throw(a) after io:format("after runs first~n") end catch throw:a -> caught_outside end]),
    io:format("~p~n", [of_clause_exception()]),
    io:format("~p~n", [catch_classes()]),
    ok.

t(F) ->
    try F() of
        V -> io:format("  of ~p~n", [V]), {ok, V}
    catch
        throw:T -> io:format("  throw ~p~n", [T]), {thrown, T};
        error:E -> io:format("  error ~p~n", [E]), {error, E};
        exit:X -> io:format("  exit ~p~n", [X]), {exit, X}
    after
        io:format("  after~n")
    end.

nested(Mode) ->
    try
        try
            case Mode of
                inner_throw -> throw(inner);
                inner_error -> error(inner);
                after_raises -> ok;
                none -> ok
            end
        catch
            throw:inner -> io:format("  inner catch~n"), caught_inner
        after
            io:format("  inner after~n"),
            Mode =:= after_raises andalso throw(from_after)
        end
    catch
        C:R -> io:format("  outer catch~n"), {outer, C, R}
    after
        io:format("  outer after~n")
    end.

catch_expr(ok) -> catch ok;
catch_expr(throw) -> catch throw(t);
catch_expr(error) -> element(1, element(2, catch error(e)));
catch_expr(exit) -> catch exit(x).

reraise() ->
    try
        try error(original)
        catch error:R:S -> erlang:raise(error, {wrapped, R}, S)
        end
    catch error:W:S2 -> {W, element(1, hd(S2)), element(2, hd(S2))}
    end.

raise_bad() -> erlang:raise(notaclass, reason, []).

after_value() ->
    try 1 after 2 end.

of_clause_exception() ->
    try
        try id(1) of
            1 -> throw(from_of)
        catch
            throw:_ -> not_here
        end
    catch throw:X -> {escaped, X}
    end.

catch_classes() ->
    [try throw(x) catch x -> default_class_is_throw end,
     try exit(y) catch exit:_ -> exit_class end,
     try error(z) catch _:_ -> any end,
     try error(z) catch _:_:St -> {has_stack, is_list(St)} end].

id(X) -> X.
