%% Stands in for OTP's code_server until Enigma boots OTP for real: registered as
%% code_server, it answers the code module's requests ({code_call, From, Request})
%% that a running program makes, loading through the runtime's native code loader.
%% Requests it does not know are answered {error, enotsup}.
-module(enigma_code_server).
-export([start/0]).

start() ->
    loop().

loop() ->
    receive
        {code_call, From, Request} ->
            From ! {code_server, answer(Request)},
            loop();
        _Other ->
            loop()
    end.

answer({ensure_loaded, Module}) -> enigma:ensure_loaded(Module);
answer({load_file, Module}) -> enigma:ensure_loaded(Module);
answer({is_loaded, Module}) ->
    case erlang:module_loaded(Module) of
        true -> {file, enigma:module_file(Module)};
        false -> false
    end;
answer(get_mode) -> interactive;
answer(get_path) -> enigma:code_path();
answer(_Other) -> {error, enotsup}.
