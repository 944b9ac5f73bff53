%% A call made by hand: monitor the server, send a request tagged with the monitor
%% reference, wait for the reply or the 'DOWN', with a timeout. A message arriving while
%% the server sleeps in timer:sleep/1 must not disturb the sleep.
-module(procs_call_by_hand).
-export([main/1]).

main(_Args) ->
    Server = spawn(fun server/0),
    io:format("~p~n", [call(Server, {double, 21}, 1000)]),
    io:format("~p~n", [call(Server, slow, 10)]),
    io:format("~p~n", [call(Server, stop, 1000)]),
    io:format("~p~n", [call(Server, {double, 1}, 1000)]),
    flush().

call(Server, Request, Timeout) ->
    Ref = monitor(process, Server),
    Server ! {call, self(), Ref, Request},
    receive
        {reply, Ref, Reply} -> demonitor(Ref, [flush]), {ok, Reply};
        {'DOWN', Ref, process, _, Reason} -> {down, Reason}
    after Timeout ->
        demonitor(Ref, [flush]), timeout
    end.

server() ->
    receive
        {call, From, Ref, {double, N}} -> From ! {reply, Ref, 2 * N}, server();
        {call, From, Ref, slow} -> timer:sleep(50), From ! {reply, Ref, slow}, server();
        {call, From, Ref, stop} -> From ! {reply, Ref, stopping}
    end.

%% The late reply to the timed-out call is still in the queue.
flush() -> receive M -> io:format("left ~p~n", [element(1, M)]), flush() after 100 -> ok end.
