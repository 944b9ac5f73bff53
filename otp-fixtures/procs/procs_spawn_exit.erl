%% How spawned processes end, seen through monitors: a normal return, each
%% class of uncaught exception, exit/1 with any term, and error reasons that
%% carry the stack trace.
-module(procs_spawn_exit).
-export([main/1]).

main(_Args) ->
    %% erl's logger prints a timestamped report of each crashed process to stdout,
    %% whenever it gets to it; without its handler the output is the same every run.
    _ = (catch logger:remove_handler(default)),
    show(returns, fun() -> 42 end),
    show(exit_normal, fun() -> exit(normal) end),
    show(exit_term, fun() -> exit({shutdown, [1, 2]}) end),
    show(throw, fun() -> throw(ball) end),
    show(error, fun() -> error(oops) end),
    show(badmatch, fun() -> 1 = id(2) end),
    show(badarith, fun() -> id(1) / id(0) end),
    show(nested, fun() -> Me = self(), {P, R} = spawn_monitor(fun() -> Me ! inner, exit(deep) end),
                                receive {'DOWN', R, process, P, Why} -> exit({inner, Why}) end end),
    io:format("alive after: ~p~n", [[is_process_alive(spawn(fun() -> ok end))]]),
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("waiting alive: ~p~n", [is_process_alive(P)]),
    P ! stop,
    R = monitor(process, P),
    receive {'DOWN', R, process, P, Why} -> io:format("stopped: ~p ~p~n", [Why, is_process_alive(P)]) end,
    flush().

show(Name, F) ->
    {Pid, Ref} = spawn_monitor(F),
    receive
        {'DOWN', Ref, process, Pid, {Reason, [{_, _, _, _} | _]}} -> io:format("~p: ~p with a stack trace~n", [Name, Reason]);
        {'DOWN', Ref, process, Pid, Reason} -> io:format("~p: ~p~n", [Name, Reason])
    end.

flush() ->
    receive M -> io:format("left over: ~p~n", [M]), flush() after 0 -> ok end.

id(X) -> X.
