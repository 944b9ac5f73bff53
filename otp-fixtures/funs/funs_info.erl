%% erlang:fun_info/2 of simple fields (arity, module, name, type, env size),
%% funs as map values and in records, and the badfun/badarity errors.
-module(funs_info).
-export([main/1, ext/2]).

main(_Args) ->
    Local = fun(X, Y) -> X + Y end,
    Captured = id(42),
    Closure = fun() -> Captured end,
    External = fun ?MODULE:ext/2,
    BifFun = fun erlang:length/1,
    [io:format("~p~n", [[erlang:fun_info(F, arity), erlang:fun_info(F, module), erlang:fun_info(F, type)]])
     || F <- [Local, Closure, External, BifFun]],
    io:format("~p~n", [[erlang:fun_info(External, name), erlang:fun_info(BifFun, name)]]),
    io:format("~p~n", [[element(2, erlang:fun_info(F, env)) || F <- [Local, Closure, External]]]),
    {name, LName} = erlang:fun_info(Local, name),
    io:format("~p~n", [is_atom(LName)]),
    Ops = #{add => fun(A, B) -> A + B end, sub => fun(A, B) -> A - B end, ext => External},
    io:format("~w~n", [[(maps:get(K, Ops))(10, 3) || K <- [add, sub, ext]]]),
    Errs = [fun() -> (id(not_a_fun))(1) end,
            fun() -> (id(Local))(1) end,
            fun() -> (id(Closure))(1, 2) end,
            fun() -> (id({m, f}))() end,
            fun() -> apply(id(Local), [1, 2, 3]) end,
            fun() -> apply(id(42), []) end,
            fun() -> (id(External))() end],
    lists:foreach(fun(F) ->
                          io:format("~p~n", [try F() catch C:R -> {C, shape(R)} end])
                  end, Errs),
    ok.

%% Local funs print with an internal name; keep only the shape.
shape({badarity, {F, Args}}) when is_function(F) ->
    {badarity, {fun_arity(F), Args}};
shape({badfun, F}) when is_function(F) -> {badfun, fun_arity(F)};
shape(R) -> R.

fun_arity(F) -> {'fun', element(2, erlang:fun_info(F, arity))}.

ext(A, B) -> A * B.

id(X) -> X.
