%% Several senders to one receiver: every message arrives, and each sender's
%% messages arrive in the order it sent them.
-module(procs_senders).
-export([main/1, senders/2]).

main(_Args) ->
    io:format("~p~n", [senders(4, 2000)]).

%% Also run by the emulator's stress test with 8 senders of 100,000 messages.
senders(Senders, PerSender) ->
    Self = self(),
    [spawn(fun() -> send(Self, S, 1, PerSender) end) || S <- lists:seq(1, Senders)],
    receive_all(maps:from_keys(lists:seq(1, Senders), 0), Senders * PerSender, 0).

send(_, _, N, Last) when N > Last -> ok;
send(To, S, N, Last) -> To ! {S, N}, send(To, S, N + 1, Last).

receive_all(Seen, 0, OutOfOrder) -> {received, lists:sum(maps:values(Seen)), out_of_order, OutOfOrder};
receive_all(Seen, Left, OutOfOrder) ->
    receive
        {S, N} ->
            Bad = case maps:get(S, Seen) + 1 of N -> 0; _ -> 1 end,
            receive_all(Seen#{S := N}, Left - 1, OutOfOrder + Bad)
    end.
