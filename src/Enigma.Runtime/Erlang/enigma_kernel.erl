%% Stands in for the part of kernel's start that logging needs, until Enigma boots OTP
%% for real: application_controller's table (ac_tab, read by application:get_env/2 and
%% by proc_lib's crash reports) and the logger, as erl's boot script starts it
%% (logger_server), with a default handler that writes to standard_io as erl -noshell
%% does. Crash reports of proc_lib processes and supervisor reports then come out as
%% erl prints them. kernel_sup is there, without the children erl's has, for what OTP
%% starts under it on first use (timer_server, for timer:apply_after/send_interval).
-module(enigma_kernel).
-behaviour(supervisor).
-export([start/0, init/1]).

%% Returns once the logger is up: the runtime runs this before the program.
start() ->
    Boot = self(),
    Keeper = spawn(fun() -> keep(Boot) end),
    receive {Keeper, ready} -> ok end.

%% The keeper owns ac_tab and the logger's link, so it stays.
keep(Boot) ->
    ac_tab = ets:new(ac_tab, [set, public, named_table, {read_concurrency, true}]),
    {ok, _} = logger_server:start_link(),
    ok = logger:add_handler(default, enigma_logger_h,
                            #{formatter => {logger_formatter, #{legacy_header => true, single_line => false}}}),
    ok = logger:remove_handler(simple),
    {ok, _} = file_server:start_link(),
    {ok, _} = supervisor:start_link({local, kernel_sup}, ?MODULE, kernel_sup),
    Boot ! {self(), ready},
    loop().

loop() ->
    receive _ -> loop() end.

%% kernel_sup's flags, as kernel's.
init(kernel_sup) ->
    {ok, {#{strategy => one_for_all, intensity => 0, period => 1}, []}}.
