%% Terms that live outside registers and stack frames must survive collections:
%% queued messages, the process dictionary, and the argument list in a raw stack
%% trace that a try ... after keeps while its after-block allocates heavily.
-module(gc_roots).
-export([main/1]).

main(_Args) ->
    [self() ! {msg, N, lists:seq(1, N rem 50)} || N <- lists:seq(1, 2000)],
    put(key, {value, lists:seq(1, 100)}),
    garbage(200000),
    Sum = receive_all(0),
    io:format("messages ~p~n", [Sum]),
    {value, L} = get(key),
    io:format("dictionary ~p~n", [lists:sum(L)]),
    try
        try bad([1, 2, 3], {t, "args"})
        after garbage(200000)
        end
    catch
        error:function_clause:Stack ->
            [{M, F, Args, _} | _] = Stack,
            io:format("trace ~p ~p ~p~n", [M, F, Args])
    end.

bad(x, _) -> never.

garbage(0) -> ok;
garbage(N) -> _ = lists:seq(1, 20), garbage(N - 1).

receive_all(Acc) ->
    receive
        {msg, N, L} -> receive_all(Acc + N + length(L))
    after 0 -> Acc
    end.
