%% Stands in for OTP's code_server until Enigma boots OTP for real: registered as
%% code_server, it answers the code module's requests ({code_call, From, Request})
%% that a running program makes, loading through the runtime's native code loader.
%% Requests it does not know are answered {error, enotsup}.
-module(enigma_code_server).
-export([start/0, on_load_call/3]).

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

%% A call into a module whose on_load function has not finished: the runtime sends it here
%% (where BEAM's error_handler would ask the code server). The function runs in a process
%% of its own, as in OTP's code server; other callers wait for that process. The module's
%% exports appear only if it returned ok; else the call raises undef, as erl's does.
on_load_call(Module, Function, Args) ->
    Self = self(),
    case enigma:pending_on_load(Module) of
        false ->
            call_loaded(Module, Function, Args);
        unclaimed ->
            {_, Ref} = spawn_monitor(fun() -> run_on_load(Module) end),
            receive {'DOWN', Ref, process, _, _} -> ok end,
            on_load_call(Module, Function, Args);
        Self ->
            %% The on_load function called its own module: it cannot wait for itself.
            undef(Module, Function, Args);
        Runner ->
            Ref = erlang:monitor(process, Runner),
            receive {'DOWN', Ref, process, _, _} -> ok end,
            on_load_call(Module, Function, Args)
    end.

run_on_load(Module) ->
    case enigma:claim_on_load(Module) of
        true ->
            Result = try erlang:call_on_load_function(Module)
                     catch
                         error:Reason:Stack -> {Reason, Stack};
                         exit:Reason -> Reason;
                         throw:Value:Stack -> {{nocatch, Value}, Stack}
                     end,
            true = erlang:finish_after_on_load(Module, Result =:= ok),
            report_on_load(Module, Result);
        false ->
            ok
    end.

%% As OTP's code server: no report for an atom, and the report from a process of its own.
report_on_load(_Module, Result) when is_atom(Result) -> ok;
report_on_load(Module, Result) ->
    spawn(fun() ->
              error_logger:warning_msg("The on_load function for module ~s returned:~n~P\n", [Module, Result, 10])
          end).

call_loaded(Module, Function, Args) ->
    case erlang:function_exported(Module, Function, length(Args)) of
        true -> apply(Module, Function, Args);
        false -> undef(Module, Function, Args)
    end.

%% undef with the caller's stack, as if Module:Function(Args...) had been called directly.
undef(Module, Function, Args) ->
    {'EXIT', {_, [_ | Stack]}} = (catch error(undef)),
    erlang:raise(error, undef, [{Module, Function, Args, []} | Stack]).
