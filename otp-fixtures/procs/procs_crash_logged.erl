%% A plain process that crashes with an error or a throw is reported through the
%% logger as erl's emulator reports it ("Error in process ~p with exit value"); an
%% exit is not reported. The handler's formatter leaves out the time, a filter the pid.
-module(procs_crash_logged).
-export([main/1]).

main(_Args) ->
    ok = logger:add_handler_filter(default, no_pid, {fun no_pid/2, []}),
    ok = logger:update_formatter_config(default, #{template => [level, ": ", msg, "\n"], legacy_header => false}),
    crash(fun() -> erlang:error(oops) end),
    crash(fun() -> throw(ball) end),
    crash(fun() -> exit(bye) end),
    crash(fun() -> 1 + list_to_atom("a") end),
    io:format("done~n").

%% Waits for the crash, then for the logger process to have handled the report (it
%% takes its messages in order, and the report comes before the DOWN message), then
%% a while for erl's handler process, which writes after that.
crash(Fun) ->
    {Pid, Ref} = spawn_monitor(Fun),
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    _ = sys:get_state(logger),
    timer:sleep(200).

no_pid(#{msg := {Format, [_Pid, Reason]}, meta := #{error_logger := Tag}} = Event, _) ->
    io:format("meta: ~p~n", [Tag]),
    Event#{msg := {Format, [pid, Reason]}};
no_pid(Event, _) ->
    Event.
