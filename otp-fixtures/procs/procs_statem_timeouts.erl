%% gen_statem timeouts: state_timeout, event timeout, generic timeouts, postpone.
-module(procs_statem_timeouts).
-behaviour(gen_statem).
-export([main/1, init/1, callback_mode/0, idle/3, busy/3]).

main(_Args) ->
    {ok, S} = gen_statem:start(?MODULE, self(), []),
    gen_statem:cast(S, go),
    gen_statem:cast(S, early),
    io:format("~p~n", [receive {trace, T} -> T end]),
    io:format("~p~n", [gen_statem:call(S, where)]),
    gen_statem:stop(S).

callback_mode() -> state_functions.

init(Parent) -> {ok, idle, {Parent, []}}.

idle(cast, go, Data) ->
    {next_state, busy, Data, [{state_timeout, 20, done}, {{timeout, tick}, 5, tick}]};
idle(cast, early, {P, Log}) -> {keep_state, {P, [idle_early | Log]}};
idle({call, From}, where, Data) -> {keep_state, Data, [{reply, From, idle}]};
idle({timeout, idle}, idle_timeout, {P, Log}) -> P ! {trace, lists:reverse([idle_timeout | Log])}, keep_state_and_data.

busy(cast, early, {P, Log}) -> {keep_state, {P, [busy_early | Log]}, [postpone]};
busy({timeout, tick}, tick, {P, Log}) -> {keep_state, {P, [tick | Log]}};
busy(state_timeout, done, {P, Log}) -> {next_state, idle, {P, [done | Log]}, [{{timeout, idle}, 5, idle_timeout}]};
busy({call, From}, where, Data) -> {keep_state, Data, [{reply, From, busy}]}.
