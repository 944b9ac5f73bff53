%% erlang:send_after/start_timer: messages arrive in deadline order whatever
%% the order they were set in; start_timer wraps {timeout, Ref, Msg};
%% timers to names; cancel_timer and read_timer with their options.
-module(procs_timers).
-export([main/1]).

main(_Args) ->
    Self = self(),
    [erlang:send_after(T, Self, {t, T}) || T <- [90, 10, 50, 30, 70]],
    io:format("order: ~p~n", [[receive {t, T} -> T end || _ <- lists:seq(1, 5)]]),
    Ref = erlang:start_timer(20, Self, ping),
    receive {timeout, Ref, ping} -> io:format("start_timer: {timeout, Ref, ping}~n") end,
    register(me, Self),
    erlang:send_after(10, me, by_name),
    receive by_name -> io:format("to a name~n") end,
    %% cancel: the time that was left, then false.
    C = erlang:send_after(5000, Self, never),
    Left = erlang:cancel_timer(C),
    io:format("cancel: ~p~n", [is_integer(Left) andalso Left > 4000 andalso Left =< 5000]),
    io:format("cancel again: ~p~n", [erlang:cancel_timer(C)]),
    io:format("read cancelled: ~p~n", [erlang:read_timer(C)]),
    R = erlang:start_timer(3000, Self, later),
    Read = erlang:read_timer(R),
    io:format("read: ~p~n", [Read > 2000 andalso Read =< 3000]),
    io:format("cancel info false: ~p~n", [erlang:cancel_timer(R, [{info, false}])]),
    A = erlang:send_after(3000, Self, later),
    io:format("async: ~p~n", [erlang:cancel_timer(A, [{async, true}])]),
    receive {cancel_timer, A, L} -> io:format("async answer: ~p~n", [L > 2000]) end,
    B = erlang:send_after(3000, Self, later),
    io:format("async read: ~p~n", [erlang:read_timer(B, [{async, true}])]),
    receive {read_timer, B, L2} -> io:format("async read answer: ~p~n", [L2 > 2000]) end,
    erlang:cancel_timer(B),
    %% A fired timer cannot be cancelled or read.
    F = erlang:send_after(0, Self, zero),
    receive zero -> ok end,
    io:format("fired: ~p ~p~n", [erlang:cancel_timer(F), erlang:read_timer(F)]),
    %% Absolute time.
    Now = erlang:monotonic_time(millisecond),
    erlang:send_after(Now + 20, Self, absolute, [{abs, true}]),
    receive absolute -> io:format("abs fired~n") end,
    io:format("bad time: ~p~n", [element(1, element(2, catch erlang:send_after(-1, Self, x)))]),
    io:format("bad dest: ~p~n", [element(1, element(2, catch erlang:send_after(1, {a, b}, x)))]),
    io:format("bad option: ~p~n", [element(1, element(2, catch erlang:cancel_timer(F, [bogus])))]),
    %% Timers and receive ... after share one clock.
    erlang:send_after(40, Self, timer_first),
    receive timer_first -> io:format("timer before after~n") after 200 -> io:format("after first~n") end,
    erlang:send_after(200, Self, too_late),
    receive too_late -> io:format("timer first~n") after 40 -> io:format("after before timer~n") end,
    receive too_late -> io:format("then the timer~n") end,
    io:format("mailbox: ~p~n", [process_info(self(), message_queue_len)]).
