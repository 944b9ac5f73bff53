%% Runs one fixture the way `enigma run` will, so the recorded exit status
%% means the same thing on both sides. Used only by tools/refresh-fixtures,
%% which compiles this module into a temporary directory.
%%
%%   erl -noshell -pa RUNNER_DIR -pa FIXTURE_DIR -run fixture_runner run MOD
%%       exit 0 when MOD:main([]) returns, N after erlang:halt(N) inside the
%%       program (erl itself exits with N), 1 after an uncaught exception.
%%   erl -noshell -pa RUNNER_DIR -run fixture_runner otp_version
%%       prints the full OTP version; exit 2 unless this is OTP 25 and erlc
%%       (which compiled this module) belongs to the same installation.
-module(fixture_runner).
-export([run/1, otp_version/0]).

run([Mod]) ->
    M = list_to_atom(Mod),
    %% main runs in a fresh process, not in init (which -run uses): a crash
    %% there would make init write erl_crash.dump, and a linked process
    %% killing main must count as a crash too, which only a monitor sees.
    {Pid, Ref} = spawn_monitor(fun() -> main(M) end),
    Status = receive
                 {'DOWN', Ref, process, Pid, normal} -> 0;
                 {'DOWN', Ref, process, Pid, {uncaught, C, R, S}} ->
                     report(C, R, S),
                     1;
                 {'DOWN', Ref, process, Pid, Reason} ->
                     report(exit, Reason, []),
                     1
             end,
    %% io requests are synchronous, so all output has reached the user
    %% process's port; halt/1 flushes ports before the OS process exits.
    erlang:halt(Status).

main(M) ->
    try M:main([]) of
        _ -> ok
    catch
        %% Any class counts, exit(normal) included: it did not return.
        C:R:S -> exit({uncaught, C, R, S})
    end.

report(C, R, S) ->
    io:put_chars(standard_error,
                 ["fixture crashed: ", erl_error:format_exception(C, R, S), "\n"]).

otp_version() ->
    Release = erlang:system_info(otp_release),
    File = filename:join([code:root_dir(), "releases", Release, "OTP_VERSION"]),
    {ok, Bin} = file:read_file(File),
    Version = string:trim(binary_to_list(Bin)),
    %% Our own compile info names the compiler erlc used; it must be the one
    %% installed next to this erl, or the .beam files would not be OTP 25's.
    {ok, {_, [{compile_info, Info}]}} =
        beam_lib:chunks(code:which(?MODULE), [compile_info]),
    ErlcCompiler = proplists:get_value(version, Info),
    _ = application:load(compiler),
    {ok, ErlCompiler} = application:get_key(compiler, vsn),
    if
        Release =/= "25" ->
            fail("erl is OTP ~s (~s), fixtures need OTP 25", [Release, Version]);
        ErlcCompiler =/= ErlCompiler ->
            fail("erlc uses compiler ~s but erl has compiler ~s: "
                 "they are not the same OTP installation",
                 [ErlcCompiler, ErlCompiler]);
        true ->
            io:put_chars([Version, "\n"]),
            erlang:halt(0)
    end.

fail(Fmt, Args) ->
    io:format(standard_error, "refresh-fixtures: " ++ Fmt ++ "~n", Args),
    erlang:halt(2).
