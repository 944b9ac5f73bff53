%% Heap size flags. max_heap_size with kill: a process that grows past it dies as
%% killed; one without kill goes on; the flag as process_info gives it back.
%% min_heap_size: a spawned process's heap has it at once, rounded up to a heap size.
-module(procs_heap_flags).
-export([main/1]).
main(_) ->
    {Pid, Ref} = spawn_opt(fun() -> grow([], 0) end,
                           [monitor, {max_heap_size, #{size => 20000, kill => true, error_logger => false}}]),
    receive {'DOWN', Ref, process, Pid, Reason} -> io:format("grower: ~p~n", [Reason]) end,
    Self = self(),
    {P2, R2} = spawn_opt(fun() -> L = build(50000, []), Self ! {len, length(L)} end,
                         [monitor, {max_heap_size, #{size => 20000, kill => false, error_logger => false}}]),
    receive {len, N} -> io:format("no kill: ~p~n", [N]) end,
    receive {'DOWN', R2, process, P2, R} -> io:format("no kill ends: ~p~n", [R]) end,
    {P3, R3} = spawn_opt(fun() -> receive go -> ok end end,
                         [monitor, {max_heap_size, 1000000}]),
    io:format("flag: ~p~n", [process_info(P3, max_heap_size)]),
    P3 ! go,
    receive {'DOWN', R3, process, P3, R4} -> io:format("small: ~p~n", [R4]) end,
    io:format("own: ~p~n", [process_flag(max_heap_size, #{size => 0, kill => true, error_logger => true})]),
    P4 = spawn_opt(fun() -> receive _ -> ok end end, [{min_heap_size, 1000}]),
    io:format("min spawned: ~p~n", [process_info(P4, [heap_size, min_heap_size])]),
    P4 ! stop,
    io:format("min own: ~p -> ~p~n", [process_flag(min_heap_size, 5000), process_info(self(), min_heap_size)]).

grow(L, N) -> grow([N | L], N + 1).

build(0, L) -> L;
build(N, L) -> build(N - 1, [N | L]).
