%% Several processes on one public table: counters, inserts and deletes lose nothing.
-module(ets_concurrent).
-export([main/1]).

main(_Args) ->
    T = ets:new(shared, [public, set, {write_concurrency, true}, {read_concurrency, true}]),
    ets:insert(T, {total, 0}),
    Self = self(),
    Writers = [spawn(fun() ->
                             [begin
                                  ets:update_counter(T, total, 1),
                                  ets:insert(T, {{W, I}, W * I}),
                                  I rem 2 =:= 0 andalso ets:delete(T, {W, I})
                              end || I <- lists:seq(1, 300)],
                             Self ! {done, W}
                     end) || W <- lists:seq(1, 4)],
    Readers = [spawn(fun() ->
                             Ok = lists:all(fun(_) ->
                                                    case ets:lookup(T, total) of
                                                        [{total, N}] when is_integer(N) -> true;
                                                        _ -> false
                                                    end
                                            end, lists:seq(1, 300)),
                             Self ! {read, Ok}
                     end) || _ <- lists:seq(1, 4)],
    [receive {done, _} -> ok end || _ <- Writers],
    io:format("~w~n", [[receive {read, Ok} -> Ok end || _ <- Readers]]),
    io:format("~w~n", [ets:lookup(T, total)]),
    io:format("~w~n", [ets:info(T, size)]),
    io:format("~w~n", [lists:sum([V || {{_, _}, V} <- ets:tab2list(T)])]),
    io:format("~w~n", [ets:select_count(T, [{{{'$1', '_'}, '_'}, [{'==', '$1', 2}], [true]}])]),
    io:format("~w~n", [[ets:info(T, I) || I <- [write_concurrency, read_concurrency, decentralized_counters]]]).
