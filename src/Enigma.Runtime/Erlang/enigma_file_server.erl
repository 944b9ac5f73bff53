%% Stands in for kernel's file_server (registered file_server_2) until OTP's own can run:
%% OTP 25's file_server keeps its file_io_server processes in an ETS table, and this
%% runtime has no ETS yet. It answers the same gen_server calls the file module makes,
%% through the real prim_file and file_io_server modules.
-module(enigma_file_server).
-export([start/0]).

%% Calls answered by prim_file's function of the same name and arguments.
-define(PRIM_FILE_CALLS,
        [{read_file, 1}, {write_file, 2}, {set_cwd, 1}, {delete, 1}, {rename, 2},
         {make_dir, 1}, {del_dir, 1}, {list_dir, 1}, {list_dir_all, 1}, {get_cwd, 1},
         {read_file_info, 1}, {read_file_info, 2}, {altname, 1},
         {write_file_info, 2}, {write_file_info, 3}, {read_link_info, 1},
         {read_link_info, 2}, {read_link, 1}, {read_link_all, 1}, {make_link, 2},
         {make_symlink, 2}]).

start() ->
    %% file_io_server processes are linked to the server, as in OTP.
    process_flag(trap_exit, true),
    loop().

loop() ->
    receive
        {'$gen_call', From, stop} ->
            gen:reply(From, stopped);
        {'$gen_call', {Pid, _} = From, Request} ->
            gen:reply(From, answer(Request, Pid)),
            loop();
        _Other ->
            loop()
    end.

answer({open, Name, Modes}, Pid) when is_list(Modes) ->
    file_io_server:start_link(Pid, Name, Modes);
answer({open, _Name, _Modes}, _Pid) ->
    {error, einval};
answer(get_cwd, _Pid) ->
    prim_file:get_cwd();
answer({get_cwd}, _Pid) ->
    prim_file:get_cwd();
answer({copy, Source, SourceOpts, Dest, DestOpts, Length}, _Pid) ->
    copy(Source, SourceOpts, Dest, DestOpts, Length);
answer(Request, _Pid) when is_tuple(Request), tuple_size(Request) > 1 ->
    [Call | Args] = tuple_to_list(Request),
    case lists:member({Call, length(Args)}, ?PRIM_FILE_CALLS) of
        true -> apply(prim_file, Call, Args);
        false -> {error, enotsup}
    end;
answer(_Request, _Pid) ->
    {error, enotsup}.

copy(Source, SourceOpts, Dest, DestOpts, Length) ->
    case prim_file:open(Source, [read, binary | SourceOpts]) of
        {ok, In} ->
            Result = case prim_file:open(Dest, [write, binary | DestOpts]) of
                         {ok, Out} ->
                             Copied = prim_file:copy(In, Out, Length),
                             prim_file:close(Out),
                             Copied;
                         {error, _} = Error ->
                             Error
                     end,
            prim_file:close(In),
            Result;
        {error, _} = Error ->
            Error
    end.
