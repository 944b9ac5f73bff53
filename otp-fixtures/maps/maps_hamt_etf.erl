%% External format of maps above 32 keys: the pair order erl writes, reading
%% back maps written in any pair order, and the deterministic option.
-module(maps_hamt_etf).
-export([main/1]).

main(_Args) ->
    M = maps:from_list([{K, [K]} || K <- lists:seq(1, 33)]),
    io:format("~w~n", [term_to_binary(M)]),
    io:format("~w~n", [term_to_binary(M, [deterministic])]),
    %% A map of 40 pairs written in reverse key order, then read back.
    Pairs = [{K, K} || K <- lists:seq(40, 1, -1)],
    Bin = iolist_to_binary([131, 116, <<40:32>>,
                            [[97, K, 97, V] || {K, V} <- Pairs]]),
    R = binary_to_term(Bin),
    io:format("~w~n", [R]),
    io:format("~w~n", [R =:= maps:from_list(Pairs)]),
    io:format("~w~n", [term_to_binary(R)]),
    %% The same key twice is not a map.
    Dup = iolist_to_binary([131, 116, <<34:32>>,
                            [[97, K rem 33, 97, K] || K <- lists:seq(1, 34)]]),
    {'EXIT', {Reason, _}} = (catch binary_to_term(Dup)),
    io:format("~w~n", [Reason]),
    %% Nested and float keys.
    N = maps:from_list([{{K, float(K)}, maps:from_list([{J, K} || J <- lists:seq(1, 34)])} || K <- lists:seq(1, 3)]
                       ++ [{float(K), K} || K <- lists:seq(1, 31)]),
    B2 = term_to_binary(N),
    io:format("~w ~w~n", [byte_size(B2), erlang:md5(B2)]),
    io:format("~w~n", [binary_to_term(B2) =:= N]),
    io:format("~w~n", [maps:keys(binary_to_term(B2))]),
    io:format("~w~n", [erlang:external_size(N)]),
    ok.
