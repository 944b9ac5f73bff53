%% erlang:hibernate/3 drops the stack (catches included) and calls M:F(A)
%% when a message arrives; yield/0; processes/0 lists live processes.
-module(procs_hibernate).
-export([main/1, wake/2]).

main(_Args) ->
    Me = self(),
    P = spawn(fun() ->
                  catch begin
                      Me ! sleeping,
                      erlang:hibernate(?MODULE, wake, [Me, 1])
                  end,
                  Me ! not_reached
              end),
    receive sleeping -> ok end,
    receive after 20 -> ok end,
    io:format("hibernating, alive: ~p~n", [is_process_alive(P)]),
    P ! first,
    receive {woke, 1, first} -> io:format("woke 1~n") end,
    P ! second,
    receive {woke, 2, second} -> io:format("woke 2~n") end,
    R = monitor(process, P),
    P ! stop,
    receive {'DOWN', R, process, P, Why} -> io:format("ended: ~p~n", [Why]) end,
    receive not_reached -> io:format("stack kept!~n") after 0 -> io:format("stack dropped~n") end,
    io:format("yield: ~p~n", [erlang:yield()]),
    io:format("self listed: ~p~n", [lists:member(self(), processes())]),
    io:format("dead not listed: ~p~n", [lists:member(P, processes())]).

wake(Me, N) ->
    receive
        stop -> done;
        M -> Me ! {woke, N, M}, erlang:hibernate(?MODULE, wake, [Me, N + 1])
    end.
