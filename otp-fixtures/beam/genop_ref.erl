%% Reference data for the generic opcode table: number, name and arity of every
%% opcode the OTP 25 compiler knows, from its beam_opcodes module.
-module(genop_ref).
-export([main/1]).

main(_Args) ->
    print(1).

%% beam_opcodes:opname/1 raises badarg past the highest opcode.
print(N) ->
    try beam_opcodes:opname(N) of
        {Name, Arity} ->
            io:format("~w~n", [{N, Name, Arity}]),
            print(N + 1)
    catch
        error:badarg -> ok
    end.
