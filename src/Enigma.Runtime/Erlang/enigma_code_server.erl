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
answer({dir, Dir}) -> dir(Dir);
answer(get_path) -> enigma:code_path();
answer(_Other) -> {error, enotsup}.

%% code:root_dir/0, lib_dir/0,1,2, priv_dir/1, compiler_dir/0, as OTP's code_server answers
%% them: an application's directory is the parent of its ebin in the code path.
dir(root_dir) -> root();
dir(lib_dir) -> filename:append(root(), "lib");
dir(compiler_dir) ->
    case app_dir("compiler") of
        {ok, Dir} -> Dir;
        error -> ""
    end;
dir({lib_dir, App}) when is_atom(App); is_list(App) ->
    case app_dir(to_list(App)) of
        {ok, Dir} -> Dir;
        error -> {error, bad_name}
    end;
dir({lib_dir, App, SubDir}) ->
    case app_dir(to_list(App)) of
        {ok, Dir} -> filename:join(Dir, atom_to_list(SubDir));
        error -> {error, bad_name}
    end;
dir({priv_dir, App}) -> dir({lib_dir, App, priv});
dir(_) -> 'bad request to code'.

root() ->
    {ok, [[Root]]} = init:get_argument(root),
    Root.

to_list(Name) when is_atom(Name) -> atom_to_list(Name);
to_list(Name) -> Name.

%% The first APP or APP-VSN directory whose ebin is in the code path.
app_dir(App) ->
    Dirs = [filename:dirname(Ebin) || Ebin <- enigma:code_path(), filename:basename(Ebin) =:= "ebin"],
    case [Dir || Dir <- Dirs, is_app_dir(App, filename:basename(Dir))] of
        [Dir | _] -> {ok, Dir};
        [] -> error
    end.

is_app_dir(App, App) -> true;
is_app_dir(App, Base) -> lists:prefix(App ++ "-", Base).
