%% ets ordered_set with thousands of keys (several levels of a tree), grown and shrunk by
%% random inserts and deletes: order, first/next/prev/last, slot, and selects over a key
%% range (bound prefix), in chunks with continuations, forwards and reversed.
-module(ets_ordered_tree).
-export([main/1]).

main(_Args) ->
    T = ets:new(tree, [ordered_set]),
    S1 = fill(T, 12000, 777),
    report(T, grown),
    S2 = churn(T, 8000, S1),
    report(T, churned),
    ranges(T),
    chunks(T),
    %% delete most of it, from both ends and the middle, so the tree shrinks level by level
    N1 = ets:select_delete(T, [{{{'_', '$1'}, '_'}, [{'<', '$1', 1200}], [true]}]),
    N2 = ets:select_delete(T, [{{'$1', '_'}, [{is_integer, '$1'}, {'>', '$1', 900}], [true]}]),
    io:format("select_delete ~w ~w~n", [N1, N2]),
    report(T, shrunk),
    _ = churn(T, 3000, S2),
    report(T, again),
    [ets:delete(T, K) || K <- keys(T)],
    io:format("empty ~w ~w ~w~n", [ets:info(T, size), ets:first(T), ets:last(T)]).

next(S) -> (S * 1103515245 + 12345) rem 2147483648.

%% integers and floats (1 and 1.0 one key), and {Group, N} tuples
key(S) ->
    D = S div 5,
    case S rem 5 of
        0 -> D rem 3000;
        1 -> float(D rem 3000);
        2 -> {lists:nth(1 + D rem 4, [a, b, c, d]), D rem 1500};
        3 -> {b, D rem 700, x};
        4 -> D rem 9000
    end.

fill(_T, 0, S) -> S;
fill(T, N, S) ->
    S1 = next(S),
    ets:insert(T, {key(S1 bsr 12), N}),
    fill(T, N - 1, S1).

churn(_T, 0, S) -> S;
churn(T, N, S) ->
    S1 = next(S),
    K = key(S1 bsr 12),
    case S1 rem 3 of
        0 -> ets:delete(T, K);
        1 -> ets:insert(T, {K, N});
        2 -> ets:insert_new(T, {K, -N})
    end,
    churn(T, N - 1, S1).

keys(T) -> [K || {K, _} <- ets:tab2list(T)].

report(T, Name) ->
    Keys = keys(T),
    Size = ets:info(T, size),
    Walk = walk(T, ets:first(T), []),
    Back = back(T, ets:last(T), []),
    Slots = [element(1, hd(ets:slot(T, I))) || I <- [0, 1, Size div 3, Size div 2, Size - 1]],
    io:format("~w ~w ~w ~w ~w~n", [Name, Size, erlang:phash2(Keys), Walk =:= Keys, Back =:= Keys]),
    io:format("  ends ~w ~w slots ~w ~w~n", [ets:first(T), ets:last(T), Slots, ets:slot(T, Size)]),
    Probes = [0.5, 999.5, 42, 42.0, {a}, {a, 250.5}, {b, 3}, {b, 3, y}, {c, 1000}, {e, 0}, zz, -1, 8999.5],
    io:format("  next ~w~n  prev ~w~n", [[ets:next(T, P) || P <- Probes], [ets:prev(T, P) || P <- Probes]]).

walk(_T, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).

back(_T, '$end_of_table', Acc) -> Acc;
back(T, K, Acc) -> back(T, ets:prev(T, K), [K | Acc]).

ranges(T) ->
    B = ets:select(T, [{{{b, '$1'}, '$2'}, [], [{{'$1', '$2'}}]}]),
    io:format("range b ~w ~w ~w~n", [length(B), erlang:phash2(B), lists:sublist(B, 5)]),
    BX = ets:select_reverse(T, [{{{b, '$1', x}, '_'}, [{'<', '$1', 50}], ['$1']}]),
    io:format("range b x ~w~n", [BX]),
    io:format("count ~w ~w ~w~n", [ets:select_count(T, [{{{c, '_'}, '_'}, [], [true]}]),
                                   ets:select_count(T, [{{{'_', '_'}, '_'}, [], [true]}]),
                                   ets:select_count(T, [{{'$1', '_'}, [{is_number, '$1'}], [true]}])]),
    io:format("match ~w~n", [ets:match_object(T, {{d, 7}, '_'})]),
    io:format("bound ~w ~w~n", [ets:select(T, [{{42, '$1'}, [], ['$1']}]), ets:lookup(T, 42.0)]),
    io:format("none ~w~n", [ets:select(T, [{{{e, '_'}, '_'}, [], ['$_']}])]).

chunks(T) ->
    Spec = [{{'$1', '$2'}, [{is_integer, '$2'}, {'>', '$2', 4000}], ['$1']}],
    All = ets:select(T, Spec),
    Fwd = collect(ets:select(T, Spec, 97), fun ets:select/1),
    Rev = collect(ets:select_reverse(T, Spec, 113), fun ets:select_reverse/1),
    io:format("chunks ~w ~w ~w ~w~n", [length(All), Fwd =:= All, Rev =:= lists:reverse(All), erlang:phash2(All)]),
    Range = [{{{a, '$1'}, '_'}, [], ['$1']}],
    {First, Cont} = ets:select(T, Range, 10),
    ets:insert(T, {{a, -1}, new}),
    ets:delete(T, {a, 1499}),
    Rest = collect(ets:select(Cont), fun ets:select/1),
    io:format("range chunks ~w ~w~n", [First, {length(Rest), lists:last(Rest)}]),
    Matched = collect(ets:match(T, {{d, '$1'}, '$2'}, 50), fun ets:match/1),
    io:format("match chunks ~w ~w~n", [length(Matched), erlang:phash2(Matched)]).

collect('$end_of_table', _) -> [];
collect({Found, '$end_of_table'}, _) -> Found;
collect({Found, Cont}, Next) -> Found ++ collect(Next(Cont), Next).
