%% Operations on maps above 32 keys (hash tries in erl): the map instructions,
%% guard BIFs, comparisons and sorting, maps as keys, growing and shrinking
%% across the 32-key limit, messages and persistent_term copies, erlang:display.
-module(maps_hamt_ops).
-export([main/1]).

main(_Args) ->
    M = maps:from_list([{K, K * 2} || K <- lists:seq(1, 100)]),
    %% get_map_elements, has_map_fields, put_map_assoc, put_map_exact.
    #{1 := A, 50 := B, 100 := C} = M,
    io:format("~w ~w ~w~n", [A, B, C]),
    io:format("~w~n", [is_map_key(77, M) andalso not is_map_key(101, M)]),
    io:format("~w~n", [[map_get(K, M) || K <- [3, 33, 99]]]),
    io:format("~w~n", [case M of #{101 := _} -> yes; #{99 := _} -> no99 end]),
    M2 = M#{101 => a, 102 => b, 1 => one},
    io:format("~w ~w~n", [map_size(M2), maps:to_list(M2)]),
    M3 = M2#{101 := aa, 2 := two},
    io:format("~w~n", [maps:keys(M3)]),
    io:format("~w~n", [reason(catch M#{200 := x})]),
    io:format("~w~n", [reason(catch maps:update(200, x, M))]),
    io:format("~w~n", [reason(catch maps:get(200, M))]),
    io:format("~w ~w~n", [maps:find(64, M), maps:find(640, M)]),
    io:format("~w~n", [maps:get(640, M, default)]),
    io:format("~w~n", [maps:take(640, M)]),
    io:format("~w~n", [maps:remove(640, M) =:= M]),
    %% Growing past 32 keys through put_map_assoc with several new keys.
    S = maps:from_list([{K, s} || K <- lists:seq(1, 30)]),
    S2 = S#{31 => n, 32 => n, 33 => n, 34 => n},
    io:format("~w~n", [S2]),
    %% Shrinking back under 33 keys: flat again, key order.
    Small = lists:foldl(fun maps:remove/2, S2, [31, 32]),
    io:format("~w~n", [Small]),
    {_, Small2} = maps:take(33, S2),
    io:format("~w~n", [Small2]),
    io:format("~w~n", [maps:without(lists:seq(10, 100), M)]),
    io:format("~w~n", [maps:merge(maps:with(lists:seq(1, 20), M), maps:with(lists:seq(15, 40), M))]),
    io:format("~w~n", [maps:merge(M, #{1 => first, 1000 => last})]),
    io:format("~w~n", [maps:merge(#{1 => first, 1000 => last}, M)]),
    %% Comparisons: size first, then keys in term order, then values.
    L = [maps:from_list([{K, V} || K <- lists:seq(1, 40)]) || V <- [3, 1, 2]]
        ++ [maps:from_list([{K, 0} || K <- lists:seq(2, 41)]),
            maps:from_list([{K, 0} || K <- lists:seq(1, 39)] ++ [{40.0, 0}]),
            maps:from_list([{K, 0} || K <- lists:seq(1, 33)]),
            #{a => 1},
            maps:from_list([{K, 0} || K <- lists:seq(1, 32)])],
    io:format("~w~n", [[{map_size(X), lists:sum(maps:values(X))} || X <- lists:sort(L)]]),
    X1 = maps:from_list([{K, 1} || K <- lists:seq(1, 40)]),
    X2 = maps:from_list([{K, 1.0} || K <- lists:seq(1, 40)]),
    io:format("~w ~w ~w ~w~n", [X1 == X2, X1 =:= X2, X1 < X2, erlang:phash2(X1) =:= erlang:phash2(X2)]),
    Y1 = maps:from_list([{K, 1} || K <- lists:seq(1, 39)] ++ [{40, 1}]),
    Y2 = maps:from_list([{K, 1} || K <- lists:seq(1, 39)] ++ [{40.0, 1}]),
    io:format("~w ~w ~w~n", [Y1 == Y2, Y1 < Y2, Y2 < Y1]),
    %% Maps as keys of maps, and of other large maps.
    Outer = #{X1 => x1, X2 => x2, M => m},
    io:format("~w ~w ~w~n", [maps:get(X1, Outer), maps:get(X2, Outer), map_size(Outer)]),
    Deep = maps:from_list([{maps:from_list([{J, J} || J <- lists:seq(I, I + 33)]), I} || I <- lists:seq(1, 40)]),
    io:format("~w~n", [maps:values(Deep)]),
    io:format("~w~n", [maps:get(maps:from_list([{J, J} || J <- lists:seq(7, 40)]), Deep)]),
    %% Messages, persistent_term and binary_to_term copy the trie.
    Self = self(),
    spawn(fun() -> Self ! {back, M2} end),
    receive {back, Got} -> io:format("~w ~w~n", [Got =:= M2, maps:keys(Got) =:= maps:keys(M2)]) end,
    persistent_term:put(?MODULE, M2),
    io:format("~w~n", [persistent_term:get(?MODULE) =:= M2]),
    io:format("~w~n", [binary_to_term(term_to_binary(Deep)) =:= Deep]),
    io:format("~w~n", [erlang:phash2(Deep)]),
    io:format("~w~n", [maps:to_list(maps:from_list(maps:to_list(M3))) =:= maps:to_list(M3)]),
    %% Many keys: every one is found.
    Huge = maps:from_list([{K * 7919 rem 100003, K} || K <- lists:seq(1, 20000)]),
    io:format("~w ~w~n", [map_size(Huge), lists:sum([maps:get(K * 7919 rem 100003, Huge) || K <- lists:seq(1, 20000)])]),
    Half = lists:foldl(fun(K, Acc) -> maps:remove(K * 7919 rem 100003, Acc) end, Huge, lists:seq(1, 19980)),
    io:format("~w ~w~n", [map_size(Half), Half]),
    io:format("~w~n", [lists:sublist(maps:keys(Huge), 20)]),
    %% erlang:display/1 shows the trie's nodes as erl builds them.
    erlang:display(maps:from_list([{K, [K]} || K <- lists:seq(1, 40)])),
    erlang:display(lists:foldl(fun maps:remove/2, maps:from_list([{K, K} || K <- lists:seq(1, 300)]), lists:seq(1, 250))),
    erlang:display(maps:remove(5, lists:foldl(fun(K, Acc) -> Acc#{K => K} end, #{}, lists:seq(1, 100)))),
    ok.

reason({'EXIT', {Reason, _Stack}}) -> Reason.
