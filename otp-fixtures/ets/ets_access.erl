%% Access rules and bad arguments: the error and the error_info erl puts in the frame.
-module(ets_access).
-export([main/1]).

main(_Args) ->
    ets:new(pub, [named_table, public]),
    ets:new(prot, [named_table, protected]),
    ets:new(priv, [named_table, private]),
    [ets:insert(N, {k, N}) || N <- [pub, prot, priv]],
    Self = self(),
    spawn(fun() ->
                  Results = [{N, Op, err(F)} || N <- [pub, prot, priv],
                                                {Op, F} <- [{lookup, fun() -> ets:lookup(N, k) end},
                                                            {insert, fun() -> ets:insert(N, {k2, other}) end},
                                                            {select, fun() -> ets:select(N, [{'_', [], [true]}]) end},
                                                            {delete, fun() -> ets:delete(N, k) end},
                                                            {info, fun() -> ets:info(N, size) end},
                                                            {give_away, fun() -> ets:give_away(N, Self, x) end},
                                                            {drop, fun() -> ets:delete(N) end}]],
                  Self ! {results, Results}
          end),
    receive {results, Rs} -> [io:format("~w~n", [R]) || R <- Rs] end,
    [io:format("~w~n", [{N, try lists:sort(ets:tab2list(N)) catch C:R -> {C, R} end}]) || N <- [pub, prot, priv]],
    T = ets:new(t, [set]),
    ets:insert(T, {a, 1}),
    [io:format("~w~n", [err(F)]) || F <- [
        fun() -> ets:new(pub, [named_table]) end,
        fun() -> ets:new("name", []) end,
        fun() -> ets:new(x, [set, bogus]) end,
        fun() -> ets:new(x, [{keypos, 0}]) end,
        fun() -> ets:new(x, [{heir, not_a_pid, data}]) end,
        fun() -> ets:new(x, [{write_concurrency, maybe}]) end,
        fun() -> ets:new(x, improper) end,
        fun() -> ets:insert(T, not_a_tuple) end,
        fun() -> ets:insert(T, {}) end,
        fun() -> ets:insert(T, [{ok}, bad]) end,
        fun() -> ets:insert(nosuch, {a}) end,
        fun() -> ets:lookup(nosuch, a) end,
        fun() -> ets:lookup(42, a) end,
        fun() -> ets:lookup_element(T, a, 3) end,
        fun() -> ets:lookup_element(T, b, 2) end,
        fun() -> ets:lookup_element(T, a, 0) end,
        fun() -> ets:first(nosuch) end,
        fun() -> ets:next(T, nokey) end,
        fun() -> ets:slot(T, -1) end,
        fun() -> ets:slot(T, 5) end,
        fun() -> ets:select(T, not_a_spec) end,
        fun() -> ets:select(T, [{'_', [], []}], 0) end,
        fun() -> ets:select(nosuch, []) end,
        fun() -> ets:select({bad, continuation}) end,
        fun() -> ets:match(T, {a, '$1'}, -1) end,
        fun() -> ets:delete_object(T, notuple) end,
        fun() -> ets:info(T, no_such_item) end,
        fun() -> ets:info(nosuch, size) end,
        fun() -> ets:info(nosuch) end,
        fun() -> ets:give_away(T, self(), x) end,
        fun() -> ets:rename(T, "str") end,
        fun() -> ets:whereis(nosuch) end,
        fun() -> ets:safe_fixtable(T, maybe) end,
        fun() -> ets:select_replace(T, [{{'$1', '$2'}, [], [{{x, '$2'}}]}]) end,
        fun() -> ets:select_replace(ets:new(b, [bag]), [{'_', [], ['$_']}]) end,
        fun() -> ets:delete(T) end,
        fun() -> ets:delete(T) end,
        fun() -> ets:lookup(T, a) end]].

err(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:St ->
            [{M, Fn, Args, Info} | _] = St,
            {C, R, M, Fn, length(Args), Info}
    end.
