%% Many timers at once: 20,000 send_after timers with scattered deadlines
%% arrive sorted by deadline; cancelling half of them leaves exactly the
%% other half; timers of a process that ended never fire.
-module(procs_timer_many).
-export([main/1]).

main(_Args) ->
    Self = self(),
    N = 20000,
    %% Absolute deadlines, 100 timers in each of 200 milliseconds starting 1500 ms
    %% from now (setting them all takes less), so the order does not depend on how
    %% long that takes; order within a millisecond is not checked.
    Base = erlang:monotonic_time(millisecond) + 1500,
    Ts = [{(I * 7919) rem 200, I} || I <- lists:seq(1, N)],
    [erlang:send_after(Base + D, Self, {t, D, I}, [{abs, true}]) || {D, I} <- Ts],
    Got = [receive {t, D, I} -> {D, I} end || _ <- Ts],
    Ds = [D || {D, _} <- Got],
    io:format("received: ~p sorted: ~p~n", [length(Got), Ds =:= lists:sort(Ds)]),
    Refs = [{I, erlang:send_after(100 + I rem 50, Self, {c, I})} || I <- lists:seq(1, 2000)],
    Cancelled = [erlang:cancel_timer(R) || {I, R} <- Refs, I rem 2 =:= 0],
    io:format("cancelled: ~p~n", [length([C || C <- Cancelled, is_integer(C)])]),
    Kept = lists:sort([receive {c, I} -> I end || _ <- lists:seq(1, 1000)]),
    io:format("kept odd: ~p~n", [Kept =:= lists:seq(1, 2000, 2)]),
    receive {c, _} -> io:format("extra~n") after 200 -> io:format("no extra~n") end,
    %% A timer to a process that ends is gone with it.
    P = spawn(fun() -> receive stop -> ok end end),
    T = erlang:send_after(1000, P, hi),
    P ! stop,
    receive after 20 -> ok end,
    io:format("timer of ended process: ~p~n", [erlang:read_timer(T)]).
