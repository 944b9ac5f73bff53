%% exit/2's rules: normal is ignored unless sent to oneself, kill cannot be
%% trapped and becomes killed, other reasons end a process or become
%% messages when it traps exits; exit/2 to a dead pid is harmless.
-module(procs_exit2).
-export([main/1]).

main(_Args) ->
    try_exit(normal, false),
    try_exit(normal, true),
    try_exit(kill, false),
    try_exit(kill, true),
    try_exit(shutdown, false),
    try_exit(shutdown, true),
    try_exit({any, term}, true),
    self_exit(normal, false),
    self_exit(normal, true),
    self_exit(kill, true),
    self_exit(why, false),
    self_exit(why, true),
    caught_self_kill(),
    Dead = spawn(fun() -> ok end),
    receive after 10 -> ok end,
    io:format("exit to dead: ~p~n", [exit(Dead, kill)]),
    io:format("bad pid: ~p~n", [element(1, catch exit(not_a_pid, x))]),
    %% Killed while waiting in receive with a timeout.
    W = spawn(fun() -> receive never -> ok after 5000 -> io:format("not printed~n") end end),
    Ref = monitor(process, W),
    exit(W, stop),
    receive {'DOWN', Ref, process, W, R} -> io:format("waiting one: ~p~n", [R]) end.

try_exit(Reason, Trap) ->
    Me = self(),
    P = spawn(fun() ->
                  process_flag(trap_exit, Trap),
                  Me ! ready,
                  receive M -> Me ! {got, M} after 200 -> Me ! timeout end,
                  receive after infinity -> ok end
              end),
    receive ready -> ok end,
    Ref = monitor(process, P),
    exit(P, Reason),
    Result = receive
                 {'DOWN', Ref, process, P, Why} -> {died, Why};
                 {got, {'EXIT', Me, R}} -> {message, R};
                 timeout -> ignored
             end,
    exit(P, kill),
    receive {'DOWN', Ref, _, _, _} -> ok after 100 -> ok end,
    io:format("exit(P, ~p) trap_exit=~p: ~p~n", [Reason, Trap, Result]).

self_exit(Reason, Trap) ->
    {P, Ref} = spawn_monitor(fun() ->
                                 process_flag(trap_exit, Trap),
                                 exit(self(), Reason),
                                 receive M -> exit({got, strip(M)}) after 100 -> exit(nothing) end
                             end),
    receive {'DOWN', Ref, process, P, Why} -> io:format("exit(self(), ~p) trap_exit=~p: ~p~n", [Reason, Trap, Why]) end.

caught_self_kill() ->
    {P, Ref} = spawn_monitor(fun() -> catch exit(self(), kill), io:format("not printed~n") end),
    receive {'DOWN', Ref, process, P, Why} -> io:format("catch exit(self(), kill): ~p~n", [Why]) end.

strip({'EXIT', _, R}) -> {'EXIT', self, R}.
