%% Maps above 32 keys are hash tries in erl: their iteration, print and
%% term_to_binary order follows the keys' internal hash. Keys here hold no
%% atoms, pids or refs, whose hash depends on the runtime's own tables.
-module(maps_hamt_order).
-export([main/1]).

main(_Args) ->
    Ints = maps:from_list([{K, K * K} || K <- lists:seq(1, 40)]),
    show(ints, Ints),
    Neg = maps:from_list([{-K * 7919, K} || K <- lists:seq(1, 50)]),
    show(neg, Neg),
    Mixed = maps:from_list([{K, int} || K <- lists:seq(1, 20)]
                           ++ [{float(K), float} || K <- lists:seq(1, 20)]),
    show(mixed, Mixed),
    Bins = maps:from_list([{integer_to_binary(K), K} || K <- lists:seq(1, 45)]),
    show(bins, Bins),
    Strs = maps:from_list([{integer_to_list(K * 31), K} || K <- lists:seq(1, 35)]),
    show(strs, Strs),
    Tups = maps:from_list([{{K, K rem 3, [K]}, K} || K <- lists:seq(1, 36)]),
    show(tups, Tups),
    Big = maps:from_list([{1 bsl (60 + K), K} || K <- lists:seq(1, 34)]),
    show(big, Big),
    Floats = maps:from_list([{K / 8, K} || K <- lists:seq(1, 40)] ++ [{0.0, zero}]),
    show(floats, Floats),
    %% The same keys built other ways give the same map and the same order.
    ByPut = lists:foldl(fun(K, M) -> M#{K => K * K} end, #{}, lists:reverse(lists:seq(1, 40))),
    io:format("~w ~w~n", [ByPut =:= Ints, maps:to_list(ByPut) =:= maps:to_list(Ints)]),
    ByPutMod = lists:foldl(fun(K, M) -> maps:put(K, K * K, M) end, #{}, lists:seq(1, 40)),
    io:format("~w~n", [maps:keys(ByPutMod) =:= maps:keys(Ints)]),
    Merged = maps:merge(maps:from_list([{K, a} || K <- lists:seq(1, 25)]),
                        maps:from_list([{K, b} || K <- lists:seq(20, 45)])),
    show(merged, Merged),
    %% Growing past 32 keys one at a time, and shrinking back.
    Grow = lists:foldl(fun(K, M) -> M#{K * 3 => K} end, #{}, lists:seq(1, 33)),
    show(grow, Grow),
    Shrunk = maps:remove(3, Grow),
    io:format("~w ~w~n", [map_size(Shrunk), Shrunk]),
    Shrunk2 = lists:foldl(fun maps:remove/2, Ints, lists:seq(1, 10)),
    show(shrunk2, Shrunk2),
    {V7, Taken} = maps:take(7, Ints),
    io:format("~w ~w~n", [V7, maps:keys(Taken)]),
    %% Update and exact update keep the order.
    Upd = Ints#{5 := five, 39 := 'thirty-nine'},
    show(upd, Upd),
    Upd2 = maps:update(40, forty, Upd),
    io:format("~w~n", [maps:values(Upd2)]),
    %% filter, map, fold, with, without, filtermap.
    io:format("~w~n", [maps:filter(fun(K, _) -> K rem 2 =:= 0 end, Neg)]),
    io:format("~w~n", [maps:map(fun(K, V) -> K + V end, Ints)]),
    io:format("~w~n", [maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], Bins)]),
    io:format("~w~n", [maps:with(lists:seq(1, 40, 2), Ints)]),
    io:format("~w~n", [maps:without(lists:seq(1, 5), Ints)]),
    io:format("~w~n", [maps:filtermap(fun(K, V) when K > 10 -> {true, V - K}; (_, _) -> false end, Ints)]),
    io:format("~w~n", [maps:from_keys(lists:seq(100, 140), x)]),
    %% Iterators.
    It = maps:iterator(Ints),
    {K1, V1, It2} = maps:next(It),
    {K2, V2, _} = maps:next(It2),
    io:format("~w ~w ~w ~w~n", [K1, V1, K2, V2]),
    io:format("~w~n", [walk(maps:iterator(Big), [])]),
    %% Nested maps as values and as keys.
    Nested = maps:from_list([{K, #{inner => K, list => [K]}} || K <- lists:seq(1, 34)]),
    show(nested, Nested),
    MapKeys = maps:from_list([{#{K => K}, K} || K <- lists:seq(1, 33)]),
    show(mapkeys, MapKeys),
    BigMapKey = #{Ints => ints, Bins => bins, #{} => empty},
    io:format("~w~n", [maps:values(BigMapKey)]),
    Outer = maps:from_list([{{K, Ints}, K} || K <- lists:seq(1, 33)]),
    io:format("~w~n", [maps:values(Outer)]),
    %% A literal map above 32 keys.
    show(literal, literal()),
    %% term_to_binary and back.
    io:format("~w~n", [term_to_binary(Ints)]),
    io:format("~w~n", [binary_to_term(term_to_binary(Bins)) =:= Bins]),
    io:format("~w~n", [maps:to_list(binary_to_term(term_to_binary(Tups)))]),
    io:format("~w~n", [term_to_binary(Nested)]),
    ok.

show(Name, M) ->
    io:format("~w ~w~n", [Name, map_size(M)]),
    io:format("~p~n", [M]),
    io:format("~w~n", [M]),
    io:format("~w~n", [maps:to_list(M)]),
    io:format("~w~n", [maps:keys(M)]),
    io:format("~w~n", [maps:values(M)]),
    io:format("~w~n", [maps:fold(fun(K, _, Acc) -> [K | Acc] end, [], M)]),
    io:format("~w ~w~n", [erlang:phash2(M), erlang:phash(M, 1 bsl 32)]).

walk(It, Acc) ->
    case maps:next(It) of
        none -> lists:reverse(Acc);
        {K, _, Next} -> walk(Next, [K | Acc])
    end.

literal() ->
    #{1 => a, 2 => b, 3 => c, 4 => d, 5 => e, 6 => f, 7 => g, 8 => h, 9 => i,
      10 => j, 11 => k, 12 => l, 13 => m, 14 => n, 15 => o, 16 => p, 17 => q,
      18 => r, 19 => s, 20 => t, 21 => u, 22 => v, 23 => w, 24 => x, 25 => y,
      26 => z, 27 => aa, 28 => bb, 29 => cc, 30 => dd, 31 => ee, 32 => ff,
      33 => gg, 34 => hh, <<"bin">> => bin, "str" => str, {1, 2} => tup,
      1.5 => float}.
