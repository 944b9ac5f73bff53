%% Scheduling that any number of schedulers gives the same output for: priorities
%% as flags, yield/0, receive markers (a reply found behind a long queue, a message
%% holding the reference that came before the receive), work spread over processes.
%% order/0 and yielded/0 are for a node with one scheduler, schedulers_used/1 and
%% running_seen/0 for one with several (the tests call them).
-module(procs_scheduling).
-behaviour(gen_server).
-export([main/1, order/0, yielded/0, schedulers_used/1, running_seen/0]).
-export([init/1, handle_call/3, handle_cast/2]).

main(_Args) ->
    io:format("priority: ~p -> ~p~n", [process_flag(priority, high), process_flag(priority, normal)]),
    Low = spawn_opt(fun() -> receive stop -> ok end end, [{priority, low}]),
    Max = spawn_opt(fun() -> receive stop -> ok end end, [{priority, max}]),
    io:format("spawned: ~p ~p~n", [process_info(Low, priority), process_info(Max, priority)]),
    [P ! stop || P <- [Low, Max]],
    io:format("bad priority: ~p~n", [try process_flag(priority, urgent) catch error:R -> R end]),
    io:format("yield: ~p~n", [erlang:yield()]),
    markers(),
    spread(),
    ok.

%% Calls to a gen_server while 100,000 other messages wait in the caller's queue.
markers() ->
    {ok, Server} = gen_server:start_link(?MODULE, 0, []),
    Self = self(),
    [Self ! {noise, N} || N <- lists:seq(1, 100000)],
    Sums = [gen_server:call(Server, {add, N}) || N <- lists:seq(1, 1000)],
    io:format("calls past a long queue: ~p~n", [lists:last(Sums)]),
    io:format("queue kept: ~p~n", [element(2, process_info(Self, message_queue_len))]),
    Noise = drain(0),
    io:format("noise in order: ~p~n", [Noise]),
    %% A message with the reference that is already queued when the receive starts.
    Ref = make_ref(),
    Self ! {Ref, early},
    Server ! {'$gen_call', {Self, Ref}, {add, 0}},
    io:format("early first: ~p~n", [receive {Ref, X} -> X end]),
    io:format("then reply: ~p~n", [receive {Ref, Y} -> Y end]),
    gen_server:stop(Server).

drain(Last) ->
    receive
        {noise, N} when N =:= Last + 1 -> drain(N);
        {noise, N} -> {out_of_order, N}
    after 0 -> Last
    end.

%% Work on many processes at once; the results come back whatever ran where.
spread() ->
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), lists:sum([X * X || X <- lists:seq(1, N * 1000)])} end) || N <- lists:seq(1, 16)],
    Results = [receive {P, S} -> S end || P <- Pids],
    io:format("spread: ~p~n", [lists:sum(Results)]).

%% With one scheduler: processes made runnable together run by priority, low last.
order() ->
    Self = self(),
    [spawn_opt(fun() -> Self ! Prio end, [{priority, Prio}]) || Prio <- [low, normal, high, max]],
    [receive P -> P end || _ <- lists:seq(1, 4)].

%% With one scheduler: yield/0 lets a process that was made runnable run first.
yielded() ->
    Self = self(),
    spawn(fun() -> Self ! ran end),
    true = erlang:yield(),
    receive ran -> ran after 0 -> not_yet end.

%% How many schedulers ran N busy processes (each notes its scheduler now and then).
schedulers_used(N) ->
    Self = self(),
    [spawn(fun() -> Self ! {ids, busy(3000000, [])} end) || _ <- lists:seq(1, N)],
    Ids = lists:append([receive {ids, I} -> I end || _ <- lists:seq(1, N)]),
    length(lists:usort(Ids)).

%% With several schedulers: a busy process is seen running while this one asks.
running_seen() ->
    Spinner = spawn(fun spin/0),
    Seen = poll_status(Spinner, 1000000),
    Spinner ! stop,
    Seen.

spin() -> receive stop -> ok after 0 -> spin() end.

poll_status(_, 0) -> never_running;
poll_status(P, K) ->
    case process_info(P, status) of
        {status, running} -> running;
        {status, _} -> poll_status(P, K - 1)
    end.

busy(0, Ids) -> Ids;
busy(K, Ids) when K rem 100000 =:= 0 -> busy(K - 1, [erlang:system_info(scheduler_id) | Ids]);
busy(K, Ids) -> busy(K - 1, Ids).

init(Sum) -> {ok, Sum}.

handle_call({add, N}, _From, Sum) -> {reply, Sum + N, Sum + N}.

handle_cast(_, Sum) -> {noreply, Sum}.
