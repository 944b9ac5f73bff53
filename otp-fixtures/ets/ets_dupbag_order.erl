%% ets_hash_order's traversals on a duplicate_bag, in a node of its own: after a set and a bag of
%% the same keys, erl once listed two keys sharing a bucket the other way round (cause not found).
-module(ets_dupbag_order).
-export([main/1]).

main(_Args) ->
    ets_hash_order:run(duplicate_bag).
