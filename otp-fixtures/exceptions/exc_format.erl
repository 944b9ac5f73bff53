%% erl_error:format_exception/3 for common errors: the text a shell or an
%% escript prints, built from the error_info that BIFs attach to their frames.
%% Only the header and the first frame (the lines before "  in call from") are printed.
-module(exc_format).
-export([main/1, format_error/2]).

main(_Args) ->
    Cases = [fun() -> atom_to_list(id(1)) end,
             fun() -> list_to_atom(id(a)) end,
             fun() -> element(id(5), {a}) end,
             fun() -> id(1) + id(a) end,
             fun() -> binary_to_integer(id(<<"x1">>)) end,
             fun() -> maps:get(k, id(#{})) end,
             fun() -> lists:nth(id(0), [a]) end,
             fun() -> {a} = id(b) end,
             fun() -> (id(notfun))() end,
             fun() -> no_module_here:f() end,
             fun() -> throw(ball) end,
             fun() -> exit(gone) end,
             fun() -> error({custom, reason}) end,
             fun() -> tuple_size(id([])) end,
             fun() -> integer_to_list(id(1), id(99)) end,
             fun() -> error(badarg, [x], [{error_info, #{module => ?MODULE}}]) end],
    lists:foreach(fun show/1, Cases),
    ok.

show(F) ->
    try F() of
        V -> io:format("returned ~p~n", [V])
    catch
        C:R:S ->
            Text = lists:flatten(erl_error:format_exception(C, R, S)),
            Lines = string:split(Text, "\n", all),
            Head = lists:takewhile(fun(L) -> not lists:prefix("  in call from ", L) end, Lines),
            io:format("~ts~n--~n", [lists:join("\n", Head)])
    end.

id(X) -> X.

%% Called by erl_error for the error/3 case above.
format_error(_Reason, _Stack) -> #{1 => "our own explanation"}.
