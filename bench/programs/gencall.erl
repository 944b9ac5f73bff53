%% N gen_server:call round trips to a counter server (OTP's real gen_server).
-module(gencall).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).

main([Arg]) ->
    N = list_to_integer(Arg),
    {ok, Pid} = gen_server:start(?MODULE, 0, []),
    loop(Pid, N),
    Total = gen_server:call(Pid, total),
    io:format("gencall ~b: total ~b~n", [N, Total]).

loop(_, 0) -> ok;
loop(Pid, N) -> gen_server:call(Pid, {add, N rem 7}), loop(Pid, N - 1).

init(Count) -> {ok, Count}.

handle_call({add, K}, _From, Count) -> {reply, ok, Count + K};
handle_call(total, _From, Count) -> {reply, Count, Count}.

handle_cast(_, Count) -> {noreply, Count}.
