%% Reference listings for our disassembler: beam_disasm's view of a few OTP 25
%% stdlib modules, one instruction per line, always ~w (never wrapped or
%% truncated, unlike ~p). The modules cover typed registers ({tr,...}, e.g. in
%% base64) and bs_create_bin (e.g. in base64 and uri_string).
-module(disasm_ref).
-export([main/1]).

modules() ->
    [lists, io_lib_format, maps, binary, base64, erl_scan, gen_server].

main(_Args) ->
    lists:foreach(fun listing/1, modules()).

listing(M) ->
    %% {beam_file,Module,LabeledExports,Attributes,CompileInfo,Code}
    {beam_file, M, _, _, _, Functions} = beam_disasm:file(code:which(M)),
    io:format("~w~n", [{module, M}]),
    lists:foreach(fun function/1, Functions).

function({function, Name, Arity, Entry, Code}) ->
    %% One put_chars per function rather than per instruction: same bytes,
    %% far fewer round trips to the io server.
    Lines = [io_lib:format("~w~n", [{function, Name, Arity, Entry}])
             | [io_lib:format("  ~w~n", [I]) || I <- Code]],
    io:put_chars(Lines).
