%% Insert N integer keys into a map, look each up, update each, sum the values.
-module(mapkeys).
-export([main/1]).

main([Arg]) ->
    N = list_to_integer(Arg),
    M0 = insert(N, #{}),
    Found = lookup(N, M0, 0),
    M1 = update(N, M0),
    Sum = maps:fold(fun(_, V, Acc) -> Acc + V end, 0, M1),
    io:format("mapkeys ~b: size ~b found ~b sum ~b~n", [N, map_size(M1), Found, Sum]).

key(I) -> (I * 7919) rem 1000003.

insert(0, M) -> M;
insert(I, M) -> insert(I - 1, M#{key(I) => I}).

lookup(0, _, F) -> F;
lookup(I, M, F) ->
    K = key(I),
    case M of
        #{K := _} -> lookup(I - 1, M, F + 1);
        _ -> lookup(I - 1, M, F)
    end.

update(0, M) -> M;
update(I, M) ->
    K = key(I),
    #{K := V} = M,
    update(I - 1, M#{K := V * 2}).
