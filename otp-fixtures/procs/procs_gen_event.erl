%% gen_event: a manager with two handlers; notify, sync_notify, call, swap and delete.
-module(procs_gen_event).
-behaviour(gen_event).
-export([main/1, init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).

main(_Args) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, one}, one),
    ok = gen_event:add_handler(M, {?MODULE, two}, two),
    ok = gen_event:notify(M, {event, 1}),
    ok = gen_event:sync_notify(M, {event, 2}),
    io:format("which ~p~n", [lists:sort(gen_event:which_handlers(M))]),
    io:format("one saw ~p~n", [gen_event:call(M, {?MODULE, one}, seen)]),
    io:format("two saw ~p~n", [gen_event:call(M, {?MODULE, two}, seen)]),
    io:format("delete ~p~n", [gen_event:delete_handler(M, {?MODULE, one}, bye)]),
    io:format("missing ~p~n", [gen_event:call(M, {?MODULE, one}, seen)]),
    io:format("which ~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M).

init(Name) -> {ok, {Name, []}}.

handle_event(E, {Name, Seen}) -> {ok, {Name, [E | Seen]}}.

handle_call(seen, {_Name, Seen} = S) -> {ok, lists:reverse(Seen), S}.

handle_info(_, S) -> {ok, S}.

terminate(Arg, {Name, _}) -> {Name, Arg}.
