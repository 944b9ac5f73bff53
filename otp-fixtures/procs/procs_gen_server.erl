%% OTP's gen_server, unmodified: start_link, call, cast, info messages, a
%% call timeout, and stop.
-module(procs_gen_server).
-behaviour(gen_server).
-export([main/1]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

main(_Args) ->
    {ok, Pid} = gen_server:start_link({local, counter}, ?MODULE, 10, []),
    io:format("started: ~p~n", [whereis(counter) =:= Pid]),
    io:format("get: ~p~n", [gen_server:call(counter, get)]),
    ok = gen_server:cast(counter, {add, 5}),
    io:format("after cast: ~p~n", [gen_server:call(Pid, get)]),
    counter ! {add, 100},
    io:format("after info: ~p~n", [gen_server:call(counter, get)]),
    io:format("timeout: ~p~n", [catch gen_server:call(counter, {sleep, 200}, 50)]),
    receive after 300 -> ok end,
    io:format("still works: ~p~n", [gen_server:call(counter, get)]),
    io:format("stop: ~p~n", [gen_server:stop(counter)]),
    io:format("gone: ~p~n", [whereis(counter)]),
    io:format("call gone: ~p~n", [element(1, catch gen_server:call(counter, get))]).

init(N) -> {ok, N}.

handle_call(get, _From, N) -> {reply, N, N};
handle_call({sleep, T}, _From, N) -> receive after T -> ok end, {reply, slept, N}.

handle_cast({add, K}, N) -> {noreply, N + K}.

handle_info({add, K}, N) -> {noreply, N + K}.

terminate(Reason, N) -> io:format("terminate: ~p ~p~n", [Reason, N]).
