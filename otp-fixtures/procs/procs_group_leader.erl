%% A process's output goes to its group leader: a small I/O server of our own captures
%% what io:format and io:put_chars send it, through OTP's io protocol.
-module(procs_group_leader).
-export([main/1]).

main(_Args) ->
    Self = self(),
    Capture = spawn(fun() -> capture([]) end),
    Worker = spawn(fun() ->
        group_leader(Capture, self()),
        io:format("hello ~p~n", [42]),
        io:put_chars(["chars", $\n]),
        io:nl(),
        Self ! done
    end),
    receive done -> ok end,
    Capture ! {dump, self()},
    receive {captured, Text} -> io:format("captured ~p~n", [Text]) end,
    io:format("worker had our leader ~p~n", [is_pid(Worker)]),
    io:format("own leader unchanged ~p~n", [group_leader() =/= Capture]).

capture(Acc) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            From ! {io_reply, ReplyAs, ok},
            capture([text(Request) | Acc]);
        {dump, To} ->
            To ! {captured, lists:flatten(lists:reverse(Acc))}
    end.

text({put_chars, unicode, Chars}) -> unicode:characters_to_list(Chars);
text({put_chars, unicode, M, F, A}) -> unicode:characters_to_list(apply(M, F, A));
text({put_chars, latin1, Chars}) -> binary_to_list(iolist_to_binary(Chars));
text(Other) -> io_lib:format("~p", [Other]).
