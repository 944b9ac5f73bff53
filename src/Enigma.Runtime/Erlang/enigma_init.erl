%% Stands in for OTP's init process until Enigma boots OTP for real: registered as
%% init, it answers the requests of init's API (init:get_arguments/0 and friends) for
%% a node started like `erl -noshell`. Modules load through the runtime's native code
%% loader (the BIF enigma:ensure_loaded/1).
-module(enigma_init).
-export([start/1]).

%% Arguments: the flags erl -noshell would have ({root, [Dir]}, {progname, ["erl"]} ...).
start(Arguments) ->
    loop(Arguments).

loop(Arguments) ->
    receive
        {From, Request} when is_pid(From) ->
            From ! {init, answer(Request, Arguments)},
            loop(Arguments);
        _Other ->
            loop(Arguments)
    end.

answer(get_arguments, Arguments) ->
    Arguments;
answer({get_argument, Flag}, Arguments) ->
    case [Values || {F, Values} <- Arguments, F =:= Flag] of
        [] -> error;
        Found -> {ok, Found}
    end;
answer(get_plain_arguments, _) ->
    [];
answer(get_status, _) ->
    {started, started};
answer(script_id, _) ->
    {"OTP  APN 181 01", "25"};
answer({ensure_loaded, Module}, _) ->
    enigma:ensure_loaded(Module);
answer(fetch_loaded, _) ->
    [];
answer({notify_when_started, _Pid}, _) ->
    started;
answer(_Unknown, _) ->
    {error, unknown_request}.
