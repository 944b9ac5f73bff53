%% A parallel map: one process per element, results gathered in order by
%% monitor reference; a crashing element becomes {error, Reason}.
-module(procs_pmap).
-export([main/1]).

main(_Args) ->
    %% erl's logger prints a timestamped report of each crashed process to stdout,
    %% whenever it gets to it; without its handler the output is the same every run.
    _ = (catch logger:remove_handler(default)),
    io:format("~p~n", [pmap(fun(X) -> X * X end, lists:seq(1, 20))]),
    io:format("~p~n", [pmap(fun(X) -> 10 div X end, [5, 2, 0, 1])]),
    Big = pmap(fun(X) -> lists:sum(lists:seq(1, X)) end, lists:seq(1, 2000)),
    io:format("sum of sums: ~p~n", [lists:sum(Big)]),
    io:format("nested: ~p~n", [pmap(fun(L) -> pmap(fun(X) -> X + 1 end, L) end, [[1, 2], [3], []])]).

pmap(F, List) ->
    Parent = self(),
    Jobs = [spawn_monitor(fun() -> Parent ! {self(), F(X)} end) || X <- List],
    [collect(Pid, Ref) || {Pid, Ref} <- Jobs].

collect(Pid, Ref) ->
    receive
        {Pid, Value} ->
            demonitor(Ref, [flush]),
            Value;
        {'DOWN', Ref, process, Pid, {Reason, _Stack}} ->
            {error, Reason}
    end.
