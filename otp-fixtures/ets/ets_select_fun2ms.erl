%% select with ets:fun2ms specs: guards, bodies building terms, every kind of guard function.
-module(ets_select_fun2ms).
-export([main/1]).
-include_lib("stdlib/include/ms_transform.hrl").

main(_Args) ->
    T = ets:new(s, [ordered_set]),
    ets:insert(T, [{I, I * 3, [I, I + 1], #{n => I, sq => I * I}, <<I, (I + 1)>>} || I <- lists:seq(1, 8)]),
    ets:insert(T, [{a, atom, [], #{}, <<>>}, {1.5, float, x, #{n => 0}, <<"zz">>}]),
    S = fun(Ms) -> io:format("~w~n", [ets:select(T, Ms)]) end,
    S(ets:fun2ms(fun({K, V, _, _, _}) when K > 2, K < 5 -> {K, V} end)),
    S(ets:fun2ms(fun({K, _, _, _, _} = Obj) when is_integer(K), K rem 4 =:= 0 -> Obj end)),
    S(ets:fun2ms(fun({K, V, L, _, _}) when is_list(L), hd(L) > 6 -> [K, V | tl(L)] end)),
    S(ets:fun2ms(fun({K, _, _, M, _}) when is_map_key(sq, M), map_get(sq, M) > 40 -> #{key => K, sq => map_get(sq, M)} end)),
    S(ets:fun2ms(fun({K, _, _, _, B}) when byte_size(B) =:= 2, K =/= 1.5 -> {K, bit_size(B), binary_part(B, 0, 1)} end)),
    S(ets:fun2ms(fun({K, V, _, _, _}) when is_number(K), (K band 1 =:= 1) orelse (K >= 7) -> {K, V bsl 2, V bsr 1, bnot K, K bxor 5, K bor 8} end)),
    S(ets:fun2ms(fun({K, V, _, _, _}) when is_integer(K) andalso K > 6 -> {K div 2, K rem 3, K / 2, -K, abs(-K), V * 2 - 1} end)),
    S(ets:fun2ms(fun({K, V, _, _, _}) when is_float(K) ; is_atom(K) -> {K, V, self() =:= self(), node()} end)),
    S(ets:fun2ms(fun({K, _, _, _, _}) when not is_integer(K) -> K end)),
    S(ets:fun2ms(fun({K, V, _, _, _}) when is_integer(K), (K > 3) xor (K > 6) -> {element(1, {K, V}), size({K, V, V})} end)),
    S(ets:fun2ms(fun({K, _, L, _, _}) when is_integer(K), K < 3 -> {length(L), trunc(K * 1.7), round(K * 1.5), float(K)} end)),
    S([{{'$1', '_', '_', '_', '_'}, [{'==', '$1', 1.5}], [{{'$1', {const, {x, y}}, '$$'}}]}]),
    S([{{'$1', '$2', '_', '_', '_'}, [{is_atom, '$2'}], ['$$', '$_']}]),
    S([{{'$1', '_', '_', '_', '_'}, [{'and', {is_integer, '$1'}, {'>', '$1', 7}}], [{{'$1'}}]},
       {{'$1', '_', '_', '_', '_'}, [{'or', {'==', '$1', 1}, {'==', '$1', 2}}], [{{one_or_two, '$1'}}]}]),
    S([{{'$1', '_', '_', '_', '_'}, [{is_integer, '$1'}, {'<', '$1', 3}], [{element, 9, {{'$1'}}}]}]),
    S([{{'$1', '_', '_', '_', '_'}, [{'>', {element, 9, {{'$1'}}}, 0}], ['$1']}]),
    io:format("~w~n", [ets:select_count(T, ets:fun2ms(fun({K, _, _, _, _}) when is_integer(K), K > 4 -> true end))]),
    io:format("~w~n", [ets:select_reverse(T, ets:fun2ms(fun({K, V, _, _, _}) when is_integer(K), K < 4 -> V end))]),
    io:format("~w~n", [ets:select_replace(T, ets:fun2ms(fun({K, V, L, M, B}) when is_integer(K), K > 6 -> {K, V + 1000, L, M, B} end))]),
    io:format("~w~n", [ets:select(T, ets:fun2ms(fun({K, V, _, _, _}) when is_integer(K), K > 5 -> {K, V} end))]),
    io:format("~w~n", [ets:select_delete(T, ets:fun2ms(fun({K, _, _, _, _}) when is_integer(K), K < 7 -> true end))]),
    io:format("~w~n", [[K || {K, _, _, _, _} <- ets:tab2list(T)]]),
    Bag = ets:new(b, [duplicate_bag]),
    ets:insert(Bag, [{p, 1}, {p, 2}, {q, 3}, {p, 1}]),
    io:format("~w~n", [lists:sort(ets:select(Bag, ets:fun2ms(fun({p, X}) -> X * 10 end)))]),
    io:format("~w~n", [ets:select(Bag, [{{q, '$1'}, [], [{{'$1', '$_'}}]}])]).
