%% OTP's gen_statem, unmodified: a code lock with state functions, calls,
%% casts, a state timeout and stop.
-module(procs_gen_statem).
-behaviour(gen_statem).
-export([main/1, init/1, callback_mode/0, locked/3, open/3]).
main(_Args) ->
    {ok, P} = gen_statem:start_link(?MODULE, [a, b], []),
    io:format("~p~n", [gen_statem:call(P, {button, a})]),
    io:format("~p~n", [gen_statem:call(P, {button, b})]),
    io:format("~p~n", [gen_statem:call(P, state)]),
    receive after 100 -> ok end,
    io:format("~p~n", [gen_statem:call(P, state)]),
    gen_statem:cast(P, {button, x}),
    io:format("~p~n", [gen_statem:call(P, state)]),
    io:format("~p~n", [gen_statem:stop(P)]).
init(Code) -> {ok, locked, {Code, []}}.
callback_mode() -> state_functions.
locked({call, From}, {button, B}, {Code, Sofar}) ->
    case Sofar ++ [B] of
        Code -> {next_state, open, {Code, []}, [{reply, From, opened}, {state_timeout, 50, lock}]};
        S -> {keep_state, {Code, S}, [{reply, From, locked}]}
    end;
locked({call, From}, state, D) -> {keep_state, D, [{reply, From, locked}]};
locked(cast, _, D) -> {keep_state, D}.
open(state_timeout, lock, D) -> {next_state, locked, D};
open({call, From}, state, D) -> {keep_state, D, [{reply, From, open}]}.
