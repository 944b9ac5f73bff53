%% Aliases (OTP 24+): alias/0,1, unalias/1, sending to an alias, monitor
%% aliases as gen:call uses them ({alias, demonitor}, reply_demonitor).
-module(procs_alias).
-export([main/1]).

main(_Args) ->
    A = alias(),
    A ! via_alias,
    receive via_alias -> io:format("alias delivers~n") end,
    io:format("unalias: ~p~n", [unalias(A)]),
    A ! dropped,
    receive dropped -> io:format("not dropped~n") after 20 -> io:format("inactive alias: dropped~n") end,
    io:format("unalias again: ~p~n", [unalias(A)]),
    %% reply: the first message deactivates it.
    R = alias([reply]),
    R ! first, R ! second,
    io:format("reply alias: ~p~n", [drain()]),
    %% Another process replies through the alias, as gen_server does.
    Server = spawn(fun server/0),
    io:format("call: ~p~n", [call(Server, hello)]),
    io:format("call: ~p~n", [call(Server, {add, 2, 3})]),
    io:format("call dead: ~p~n", [catch call(Server, stop)]),
    io:format("call dead again: ~p~n", [catch call(Server, hello)]),
    %% reply_demonitor: one reply ends the monitor too.
    S2 = spawn(fun server/0),
    M = erlang:monitor(process, S2, [{alias, reply_demonitor}]),
    S2 ! {call, M, ping},
    receive {M, Reply} -> io:format("reply_demonitor: ~p~n", [Reply]) end,
    io:format("monitor gone: ~p~n", [demonitor(M, [info])]),
    exit(S2, kill),
    io:format("alias of other process: ~p~n", [unalias(M)]),
    io:format("left: ~p~n", [drain()]).

call(Server, Request) ->
    Mref = erlang:monitor(process, Server, [{alias, demonitor}]),
    Server ! {call, Mref, Request},
    receive
        {Mref, Reply} -> erlang:demonitor(Mref, [flush]), Reply;
        {'DOWN', Mref, _, _, Reason} -> exit(Reason)
    end.

server() ->
    receive
        {call, _From, stop} -> exit(stopped);
        {call, From, hello} -> From ! {From, world}, server();
        {call, From, ping} -> From ! {From, pong}, server();
        {call, From, {add, X, Y}} -> From ! {From, X + Y}, server()
    end.

drain() ->
    receive X -> [X | drain()] after 20 -> [] end.
