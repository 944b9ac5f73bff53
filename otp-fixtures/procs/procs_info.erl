%% process_info items with values that do not depend on the VM's memory layout:
%% current_function, initial_call, messages and dictionary of another process.
-module(procs_info).
-export([main/1, waiter/1]).

main(_Args) ->
    io:format("self current_function ~p~n", [process_info(self(), current_function)]),
    io:format("self initial_call ~p~n", [process_info(self(), initial_call)]),
    W = spawn(?MODULE, waiter, [tag]),
    F = spawn(fun() -> put(colour, blue), put({k, 1}, [1, 2, 3]), receive stop -> ok end end),
    sync(W), sync(F),
    W ! {hello, [1, 2.5, <<"bin">>]},
    W ! {second, #{a => 1}},
    io:format("waiter current_function ~p~n", [process_info(W, current_function)]),
    io:format("waiter initial_call ~p~n", [process_info(W, initial_call)]),
    io:format("waiter messages ~p~n", [process_info(W, messages)]),
    io:format("fun initial_call ~p~n", [process_info(F, initial_call)]),
    {dictionary, D} = process_info(F, dictionary),
    io:format("fun dictionary ~p~n", [lists:sort(D)]),
    {memory, M} = process_info(F, memory),
    io:format("memory is a positive integer ~p~n", [is_integer(M) andalso M > 0]),
    io:format("several ~p~n", [process_info(W, [initial_call, message_queue_len, registered_name])]),
    W ! go, F ! stop,
    ok.

sync(P) -> erlang:yield(), case process_info(P, status) of {status, waiting} -> ok; _ -> sync(P) end.

waiter(Tag) -> receive go -> Tag end.
