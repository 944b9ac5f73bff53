%% Links: spawn_link, link/unlink, exit signals to linked processes when one
%% ends (normal, crash, kill), trap_exit turning them into 'EXIT' messages,
%% and link/1 on a process that is gone.
-module(procs_links).
-export([main/1]).

main(_Args) ->
    %% erl's logger prints a timestamped report of each crashed process to stdout,
    %% whenever it gets to it; without its handler the output is the same every run.
    _ = (catch logger:remove_handler(default)),
    %% A trapping parent sees how each linked child ended.
    run(fun() ->
        process_flag(trap_exit, true),
        [begin
             C = spawn_link(F),
             receive {'EXIT', C, Why} -> io:format("child ~p: ~p~n", [N, strip(Why)]) end
         end || {N, F} <- [{1, fun() -> ok end}, {2, fun() -> exit(bye) end},
                           {3, fun() -> error(bad) end}, {4, fun() -> exit(kill) end},
                           {5, fun() -> exit(self(), kill) end}]],
        io:format("links left: ~p~n", [process_info(self(), links)])
    end),
    %% A non-trapping process dies with its linked child's reason, but not for normal.
    run(fun() -> spawn_link(fun() -> ok end), receive after 20 -> io:format("survived normal~n") end end),
    run(fun() -> spawn_link(fun() -> exit(crash) end), receive after 1000 -> io:format("not printed~n") end end),
    %% unlink before the child dies: no signal.
    run(fun() ->
        C = spawn_link(fun() -> receive go -> exit(crash) end end),
        true = unlink(C),
        C ! go,
        receive after 20 -> io:format("unlinked: survived~n") end
    end),
    %% link/1 to a process that is gone.
    Dead = spawn(fun() -> ok end),
    run(fun() -> receive after 10 -> ok end, io:format("link dead: ~p~n", [element(1, element(2, catch link(Dead)))]) end),
    run(fun() ->
        receive after 10 -> ok end,
        process_flag(trap_exit, true),
        io:format("link dead trapping: ~p~n", [link(Dead)]),
        receive {'EXIT', Dead, R} -> io:format("then: ~p~n", [R]) end
    end),
    %% A chain of links: killing one end takes the whole chain down.
    Me = self(),
    Head = spawn(fun() -> chain(5, Me) end),
    receive chain_ready -> ok end,
    Ref = monitor(process, Head),
    exit(Head, boom),
    receive {'DOWN', Ref, process, Head, HR} -> io:format("head: ~p~n", [HR]) end,
    receive {tail_down, TR} -> io:format("tail saw: ~p~n", [TR]) end.

chain(0, Top) ->
    process_flag(trap_exit, true),
    Top ! chain_ready,
    receive {'EXIT', _, R} -> Top ! {tail_down, R} end;
chain(N, Top) ->
    spawn_link(fun() -> chain(N - 1, Top) end),
    receive after infinity -> ok end.

run(F) ->
    {Pid, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, Pid, Why} -> io:format("  ended: ~p~n", [strip(Why)]) end.

strip({R, [{_, _, _, _} | _]}) -> {R, stack};
strip(R) -> R.
