%% The registry and monitors on names: register/unregister/whereis,
%% registered/0, sending to names and {Name, node()}, badarg cases, a name
%% freed when its process ends, and DOWN for name monitors.
-module(procs_names).
-export([main/1]).

main(_Args) ->
    P = spawn(fun loop/0),
    true = register(svc, P),
    io:format("whereis: ~p~n", [whereis(svc) =:= P]),
    io:format("in registered: ~p~n", [lists:member(svc, registered())]),
    io:format("again: ~p~n", [element(1, element(2, catch register(svc, self())))]),
    io:format("other name same pid: ~p~n", [element(1, element(2, catch register(svc2, P)))]),
    io:format("undefined: ~p~n", [element(1, element(2, catch register(undefined, self())))]),
    svc ! {self(), hello},
    receive {svc, M} -> io:format("reply: ~p~n", [M]) end,
    {svc, node()} ! {self(), by_node},
    receive {svc, M2} -> io:format("reply: ~p~n", [M2]) end,
    io:format("send to nobody: ~p~n", [element(1, element(2, catch nobody ! x))]),
    io:format("send to {nobody, node()}: ~p~n", [{nobody, node()} ! x]),
    io:format("registered_name: ~p~n", [process_info(P, registered_name)]),
    R = monitor(process, svc),
    R2 = monitor(process, {svc, node()}),
    svc ! stop,
    receive {'DOWN', R, process, Who, Why} -> io:format("name down: ~p ~p~n", [Who, Why]) end,
    receive {'DOWN', R2, process, Who2, Why2} -> io:format("name down: ~p ~p~n", [Who2, Why2]) end,
    io:format("after end: ~p ~p~n", [whereis(svc), lists:member(svc, registered())]),
    R3 = monitor(process, svc),
    receive {'DOWN', R3, process, Who3, Why3} -> io:format("unregistered: ~p ~p~n", [Who3, Why3]) end,
    register(me, self()),
    io:format("unregister: ~p ~p~n", [unregister(me), whereis(me)]),
    io:format("unregister again: ~p~n", [element(1, element(2, catch unregister(me)))]).

loop() ->
    receive
        {From, Msg} -> From ! {svc, Msg}, loop();
        stop -> exit(stopped)
    end.
