%% sys on a gen_server: get_state, replace_state, suspend/resume, get_status shape.
-module(procs_sys).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).

main(_Args) ->
    {ok, S} = gen_server:start(?MODULE, 10, []),
    io:format("state ~p~n", [sys:get_state(S)]),
    sys:replace_state(S, fun(N) -> N * 2 end),
    io:format("replaced ~p~n", [gen_server:call(S, get)]),
    ok = sys:suspend(S),
    gen_server:cast(S, {add, 5}),
    io:format("suspended ~p~n", [sys:get_state(S)]),
    ok = sys:resume(S),
    io:format("resumed ~p~n", [gen_server:call(S, get)]),
    {status, _, {module, gen_server}, [_, Status, _, _, _]} = sys:get_status(S),
    io:format("status ~p~n", [Status]),
    ok = gen_server:stop(S).

init(N) -> {ok, N}.
handle_call(get, _, N) -> {reply, N, N}.
handle_cast({add, K}, N) -> {noreply, N + K}.
