%% -on_load: its function runs once, before the first call into the module, in a process
%% of its own, while the module's exports are not there yet; an external call to the
%% module from inside it is undef (erl's code server refuses the deadlock).
-module(on_load).
-export([main/1, value/0]).
-on_load(init/0).

init() ->
    persistent_term:put({?MODULE, runner}, self()),
    persistent_term:put({?MODULE, exported_during}, erlang:function_exported(?MODULE, main, 1)),
    {'EXIT', {Reason, _}} = (catch ?MODULE:value()),
    persistent_term:put({?MODULE, own_call}, Reason),
    io:format("init runs, local call gives ~p~n", [value()]),
    ok.

value() -> 42.

main(_) ->
    io:format("ran in another process: ~p~n", [persistent_term:get({?MODULE, runner}) =/= self()]),
    io:format("main/1 exported during on_load: ~p~n", [persistent_term:get({?MODULE, exported_during})]),
    io:format("external call to itself from on_load: ~p~n", [persistent_term:get({?MODULE, own_call})]),
    io:format("main/1 exported now: ~p~n", [erlang:function_exported(?MODULE, main, 1)]),
    io:format("value ~p~n", [?MODULE:value()]).
