%% OTP's timer module on the BIF timers: sleep, tc, send_after to a pid, and
%% erlang:send_after/start_timer ordering with read_timer.
-module(procs_timer_module).
-export([main/1, work/1]).

main(_Args) ->
    ok = timer:sleep(5),
    {Micros, Value} = timer:tc(?MODULE, work, [1000]),
    io:format("tc ~p ~p~n", [is_integer(Micros) andalso Micros >= 0, Value]),
    {ok, _} = timer:send_after(10, self(), from_timer),
    R1 = erlang:send_after(30, self(), third),
    R2 = erlang:start_timer(20, self(), second),
    io:format("read ~p ~p~n", [is_integer(erlang:read_timer(R1)), is_integer(erlang:read_timer(R2))]),
    io:format("got ~p~n", [[receive M -> M end || _ <- [1, 2, 3]] -- [{timeout, R2, second}]]),
    io:format("read after ~p~n", [erlang:read_timer(R1)]),
    io:format("cancel after ~p~n", [erlang:cancel_timer(R2)]).

work(N) -> lists:sum(lists:seq(1, N)).
