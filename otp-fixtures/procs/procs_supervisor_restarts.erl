%% supervisor restarts: one_for_one, one_for_all and rest_for_one after a child
%% crashes, simple_one_for_one children, and escalation past the intensity limit.
-module(procs_supervisor_restarts).
-behaviour(supervisor).
-export([main/1, init/1, start_worker/1, worker/1]).

main(_Args) ->
    catch logger:remove_handler(default),
    process_flag(trap_exit, true),
    [strategy(S) || S <- [one_for_one, one_for_all, rest_for_one]],
    simple(),
    escalation().

strategy(Strategy) ->
    {ok, Sup} = supervisor:start_link(?MODULE, {Strategy, 5}),
    Before = children(Sup),
    crash(Sup, b),
    After = children(Sup),
    io:format("~p: restarted ~p~n", [Strategy, [Id || {Id, P} <- After, P =/= proplists:get_value(Id, Before)]]),
    stop(Sup).

simple() ->
    {ok, Sup} = supervisor:start_link(?MODULE, simple),
    {ok, W1} = supervisor:start_child(Sup, [w1]),
    {ok, _} = supervisor:start_child(Sup, [w2]),
    io:format("simple count ~p~n", [proplists:get_value(active, supervisor:count_children(Sup))]),
    Ref = monitor(process, W1),
    W1 ! crash,
    receive {'DOWN', Ref, process, W1, _} -> ok end,
    wait_count(Sup, 2),
    io:format("simple count after crash ~p~n", [proplists:get_value(active, supervisor:count_children(Sup))]),
    stop(Sup).

escalation() ->
    {ok, Sup} = supervisor:start_link(?MODULE, {one_for_one, 2}),
    [crash(Sup, a) || _ <- [1, 2]],
    Pid = proplists:get_value(a, children(Sup)),
    Pid ! crash,
    receive {'EXIT', Sup, Why} -> io:format("supervisor gave up: ~p~n", [Why]) end.

crash(Sup, Id) ->
    Pid = proplists:get_value(Id, children(Sup)),
    Ref = monitor(process, Pid),
    Pid ! crash,
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    wait_restarted(Sup, Id, Pid).

wait_restarted(Sup, Id, Old) ->
    case proplists:get_value(Id, children(Sup)) of
        New when is_pid(New), New =/= Old -> ok;
        _ -> timer:sleep(1), wait_restarted(Sup, Id, Old)
    end.

wait_count(Sup, N) ->
    case proplists:get_value(active, supervisor:count_children(Sup)) of
        N -> ok;
        _ -> timer:sleep(1), wait_count(Sup, N)
    end.

children(Sup) -> [{Id, P} || {Id, P, _, _} <- supervisor:which_children(Sup)].

stop(Sup) ->
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, _} -> ok end.

init(simple) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 5, period => 10},
          [#{id => w, start => {?MODULE, start_worker, []}, restart => transient}]}};
init({Strategy, Intensity}) ->
    Spec = fun(Id) -> #{id => Id, start => {?MODULE, start_worker, [Id]}} end,
    {ok, {#{strategy => Strategy, intensity => Intensity, period => 10}, [Spec(a), Spec(b), Spec(c)]}}.

start_worker(Id) -> {ok, spawn_link(?MODULE, worker, [Id])}.

worker(Id) -> receive crash -> exit({crashed, Id}) end.
