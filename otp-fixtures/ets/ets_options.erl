%% What ets:info reports for each combination of ets:new options; node/0,1 in match specs.
-module(ets_options).
-export([main/1]).

main(_Args) ->
    Items = [type, protection, keypos, named_table, compressed, read_concurrency, write_concurrency,
             decentralized_counters, heir, size],
    Cases = [[], [bag], [duplicate_bag, public], [ordered_set, private, {keypos, 3}],
             [{write_concurrency, true}], [ordered_set, {write_concurrency, true}],
             [{write_concurrency, auto}], [ordered_set, {write_concurrency, auto}, {decentralized_counters, false}],
             [{decentralized_counters, true}], [{read_concurrency, true}, compressed], [{heir, none}],
             [set, bag, ordered_set], [private, public], [{keypos, 2}, {keypos, 4}],
             [private, {write_concurrency, true}, {read_concurrency, true}],
             [{write_concurrency, true}, ordered_set], [ordered_set, {write_concurrency, true}, set],
             [{decentralized_counters, false}, {write_concurrency, auto}, bag],
             [bag, set], [public, protected], [private, protected]],
    [begin
         T = ets:new(opts, Opts),
         io:format("~w~n  ~w~n", [Opts, [ets:info(T, I) || I <- Items]]),
         ets:delete(T)
     end || Opts <- Cases],
    T2 = ets:new(n, []),
    ets:insert(T2, {a, self()}),
    io:format("~w~n", [ets:select(T2, [{{'$1', '$2'}, [{'=:=', {node, '$2'}, {node}}], [{{'$1', {node}}}]}])]),
    io:format("~w~n", [ets:select(T2, [{{'$1', '$2'}, [{'=:=', '$2', {self}}], [{node, {self}}]}])]),
    io:format("~w~n", [try ets:select(T2, [{'_', [], [{is_function, '$_', 1}]}]) catch C:R -> {C, R} end]),
    io:format("~w~n", [[node(self()), node(make_ref())]]).
