%% OTP's timer module on its timer_server (started on first use under kernel_sup):
%% apply_after, send_interval, apply_interval, cancel.
-module(procs_timer_apply).
-export([main/1]).
main(_) ->
    Self = self(),
    {ok, _} = timer:apply_after(10, erlang, send, [Self, applied]),
    receive applied -> io:format("applied~n") end,
    {ok, T} = timer:send_interval(5, tick),
    [receive tick -> ok end || _ <- lists:seq(1, 3)],
    {ok, cancel} = timer:cancel(T),
    io:format("ticks ~p~n", [whereis(timer_server) =/= undefined]),
    {ok, T2} = timer:apply_interval(5, erlang, send, [Self, again]),
    [receive again -> ok end || _ <- lists:seq(1, 2)],
    timer:cancel(T2),
    io:format("done~n").
