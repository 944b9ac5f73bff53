%% spawn_opt and friends: link and monitor options, spawn_monitor/1,3,
%% spawn_link/3, flags that are kept (priority, heap sizes) and reported by
%% process_info, process_flag's old values, and badarg for unknown options.
-module(procs_spawn_opt).
-export([main/1, child/1]).

main(_Args) ->
    {P1, R1} = spawn_opt(fun() -> exit(opt_monitor) end, [monitor]),
    receive {'DOWN', R1, process, P1, W1} -> io:format("monitor option: ~p~n", [W1]) end,
    process_flag(trap_exit, true),
    P2 = spawn_opt(fun() -> exit(opt_link) end, [link]),
    receive {'EXIT', P2, W2} -> io:format("link option: ~p~n", [W2]) end,
    {P3, R3} = spawn_opt(?MODULE, child, [both], [link, monitor]),
    receive {'DOWN', R3, process, P3, W3} -> io:format("both, down: ~p~n", [W3]) end,
    receive {'EXIT', P3, W4} -> io:format("both, exit: ~p~n", [W4]) end,
    {P5, R5} = spawn_monitor(?MODULE, child, [mfa]),
    receive {'DOWN', R5, process, P5, W5} -> io:format("spawn_monitor/3: ~p~n", [W5]) end,
    P6 = spawn_link(?MODULE, child, [linked]),
    receive {'EXIT', P6, W6} -> io:format("spawn_link/3: ~p~n", [W6]) end,
    Me = self(),
    P7 = spawn_opt(fun() -> Me ! {info, process_info(self(), [priority, min_heap_size, message_queue_data])} end,
                   [{priority, high}, {min_heap_size, 233}, {fullsweep_after, 10}, {message_queue_data, off_heap}, link]),
    receive {info, I} -> io:format("flags: ~p~n", [I]) end,
    receive {'EXIT', P7, normal} -> ok end,
    io:format("priority: ~p ~p~n", [process_flag(priority, low), process_flag(priority, normal)]),
    io:format("trap_exit: ~p ~p~n", [process_flag(trap_exit, false), process_flag(trap_exit, false)]),
    io:format("max_heap_size: ~p~n", [process_flag(max_heap_size, 0)]),
    io:format("sensitive: ~p~n", [process_flag(sensitive, false)]),
    io:format("bad option: ~p~n", [element(1, element(2, catch spawn_opt(fun() -> ok end, [bogus])))]),
    io:format("bad flag: ~p~n", [element(1, element(2, catch process_flag(bogus, 1)))]),
    io:format("bad value: ~p~n", [element(1, element(2, catch process_flag(trap_exit, yes)))]),
    io:format("bad spawn_monitor: ~p~n", [element(1, element(2, catch spawn_monitor(not_a_fun)))]).

child(Why) -> exit(Why).
