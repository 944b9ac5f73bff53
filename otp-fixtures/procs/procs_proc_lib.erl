%% proc_lib: start_link with init_ack, spawn with initial_call, and
%% translate_initial_call; process_info(P, registered_name) of a process
%% without a name is [] (proc_lib uses it to name the parent).
-module(procs_proc_lib).
-export([main/1, init/1, loop/0]).

main(_Args) ->
    io:format("unregistered name ~p~n", [process_info(self(), registered_name)]),
    {ok, P} = proc_lib:start_link(?MODULE, init, [self()]),
    io:format("started ~p~n", [is_pid(P)]),
    io:format("initial_call ~p~n", [proc_lib:initial_call(P)]),
    io:format("translate ~p~n", [proc_lib:translate_initial_call(P)]),
    Q = proc_lib:spawn(?MODULE, loop, []),
    io:format("spawned initial_call ~p~n", [proc_lib:initial_call(Q)]),
    io:format("failed start ~p~n", [proc_lib:start(?MODULE, init, [fail])]),
    P ! stop, Q ! stop,
    ok.

init(fail) -> proc_lib:init_ack({error, refused});
init(_Parent) -> proc_lib:init_ack({ok, self()}), loop().

loop() -> receive stop -> ok end.
