%% supervisor: children started in order, which_children/count_children,
%% terminate/restart/delete of a child, shutdown. (A crashing child makes the
%% supervisor log through logger, which the runtime does not boot yet.)
-module(procs_supervisor).
-behaviour(supervisor).
-export([main/1, init/1, start_worker/1, worker/2]).

main(_Args) ->
    catch logger:remove_handler(default),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    io:format("children ~p~n", [[Id || {Id, _, _, _} <- supervisor:which_children(Sup)]]),
    io:format("count ~p~n", [supervisor:count_children(Sup)]),
    ok = supervisor:terminate_child(Sup, b),
    io:format("after terminate ~p~n", [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(Sup)]]),
    {ok, _} = supervisor:restart_child(Sup, b),
    io:format("after restart ~p~n", [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(Sup)]]),
    {ok, _} = supervisor:start_child(Sup, #{id => d, start => {?MODULE, start_worker, [d]}}),
    io:format("after start_child ~p~n", [[Id || {Id, _, _, _} <- supervisor:which_children(Sup)]]),
    io:format("duplicate ~p~n", [element(1, supervisor:start_child(Sup, #{id => d, start => {?MODULE, start_worker, [d]}}))]),
    ok = supervisor:terminate_child(Sup, c),
    ok = supervisor:delete_child(Sup, c),
    io:format("after delete ~p~n", [[Id || {Id, _, _, _} <- supervisor:which_children(Sup)]]),
    Ref = monitor(process, Sup),
    unlink(Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, Why} -> io:format("supervisor down ~p~n", [Why]) end.

init([]) ->
    Spec = fun(Id) -> #{id => Id, start => {?MODULE, start_worker, [Id]}} end,
    {ok, {#{strategy => one_for_one, intensity => 5, period => 10}, [Spec(a), Spec(b), Spec(c)]}}.

start_worker(Id) -> {ok, spawn_link(?MODULE, worker, [Id, self()])}.

worker(Id, _) -> receive stop -> Id end.
