%% erl_scan + erl_parse + erl_eval: scan, parse and evaluate expressions.
-module(stdlib_eval).
-export([main/1]).

main(_Args) ->
    {ok, Toks, End} = erl_scan:string("X = 1 + 2, [X, X * 3]."),
    io:format("end ~w~n", [End]),
    io:format("~w~n", [[erl_scan:category(T) || T <- Toks]]),
    io:format("~w~n", [[erl_scan:symbol(T) || T <- Toks]]),
    {ok, Exprs} = erl_parse:parse_exprs(Toks),
    io:format("~w~n", [Exprs]),
    {value, V, B} = erl_eval:exprs(Exprs, erl_eval:new_bindings()),
    io:format("~w ~w~n", [V, erl_eval:bindings(B)]),
    ev("lists:map(fun(Y) -> Y * Y end, [1,2,3])."),
    ev("case {a, 1} of {a, N} when N > 0 -> pos; _ -> other end."),
    ev("<<A:8, Rest/binary>> = <<1,2,3>>, {A, Rest}."),
    ev("[{K, V} || {K, V} <- [{a,1},{b,2}], V > 1]."),
    ev("#{a := Q} = #{a => 42, b => 1}, Q + 1."),
    ev("try 1 = 2 catch error:R -> {caught, R} end."),
    ev("F = fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end, F(20)."),
    ev("\"abc\" ++ [$d]."),
    ev("2.5 * 4, 7 div 2, 7 rem 2, -(3), bnot 0."),
    {ok, T2, _} = erl_scan:string("foo(X) -> X + 1."),
    {ok, Form} = erl_parse:parse_form(T2),
    io:format("~w~n", [Form]),
    {ok, T3, _} = erl_scan:string("{1, 'a b', \"s\", 2.0, [x|y]}."),
    {ok, Term} = erl_parse:parse_term(T3),
    io:format("~w~n", [Term]),
    io:format("~s~n", [erl_pp:expr(hd(Exprs))]),
    {error, {_, erl_scan, Err}, _} = erl_scan:string("\"unterminated"),
    io:format("~w~n", [Err]),
    {ok, T4, _} = erl_scan:string("1 + ."),
    io:format("~w~n", [element(1, erl_parse:parse_exprs(T4))]),
    io:format("~w~n", [[erl_scan:reserved_word(W) || W <- ['case', foo, 'end', 'maybe']]]).

ev(S) ->
    {ok, T, _} = erl_scan:string(S),
    {ok, E} = erl_parse:parse_exprs(T),
    R = try erl_eval:exprs(E, erl_eval:new_bindings()) of
            {value, V, _} -> V
        catch C:Rs -> {C, Rs}
        end,
    io:format("~p~n", [R]).
