%% Every error reason BEAM raises, caught with try, printing the class, the
%% reason and only the first stack frame's {M, F, Arity | Args} plus whether
%% that frame has a line number.
-module(exc_reasons).
-export([main/1]).

-record(rec, {a}).

main(_Args) ->
    Cases = [{badarg, fun() -> atom_to_list(id(1)) end},
             {badarith, fun() -> id(1) + a end},
             {badmatch, fun() -> {ok, _} = id({error, nope}) end},
             {function_clause, fun() -> fc(id(3)) end},
             {case_clause, fun() -> case id(x) of y -> ok end end},
             {if_clause, fun() -> V = id(1), if V > 5 -> big end end},
             {try_clause, fun() -> try id(7) of 8 -> ok catch _ -> no end end},
             {undef_fun, fun() -> (id(no_such_module)):foo(1) end},
             {undef_local, fun() -> ?MODULE:not_exported(id(1)) end},
             {badfun, fun() -> (id(notfun))() end},
             {badarity, fun() -> (id(fun erlang:abs/1))(1, 2) end},
             {badkey, fun() -> maps:get(missing, id(#{})) end},
             {badkey_update, fun() -> (id(#{}))#{k := 1} end},
             {badmap, fun() -> (id(list))#{k => 1} end},
             {badrecord, fun() -> (id({other, 1}))#rec.a end},
             {system_limit, fun() -> list_to_atom(lists:duplicate(300, $x)) end},
             {throw, fun() -> throw({my, ball}) end},
             {exit, fun() -> exit(shutdown) end},
             {error_tuple, fun() -> error({custom, 1}) end},
             {error2, fun() -> error(with_args, [a, b]) end},
             {nocatch_erlang_error, fun() -> erlang:error(plain) end}],
    lists:foreach(fun run/1, Cases),
    ok.

run({Name, F}) ->
    try F() of
        V -> io:format("~w: returned ~p~n", [Name, V])
    catch
        Class:Reason:Stack ->
            io:format("~w: ~w ~p~n    ~p~n", [Name, Class, Reason, frame(Stack)])
    end.

frame([{M, F, A, Info} | _]) ->
    {M, F, A, lists:keymember(line, 1, Info)};
frame([]) -> empty.

fc(1) -> one;
fc(2) -> two.

id(X) -> X.
