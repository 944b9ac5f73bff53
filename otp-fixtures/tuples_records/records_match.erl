%% Records in pattern matching, guards, function heads, case expressions,
%% lists of records, and records nested inside maps and tuples.
-module(records_match).
-export([main/1]).

-record(item, {id, name = "", price = 0.0, qty = 1}).
-record(order, {id, items = [] :: [#item{}], status = new}).

main(_Args) ->
    Items = [#item{id = 1, name = "pen", price = 1.5, qty = 10},
             #item{id = 2, name = "book", price = 12.0},
             #item{id = 3, name = "lamp", price = 30.25, qty = 2}],
    O = #order{id = 100, items = Items},
    io:format("~p~n", [O]),
    io:format("~w~n", [total(O)]),
    io:format("~p~n", [[Name || #item{name = Name, qty = Q} <- O#order.items, Q > 1]]),
    O2 = ship(O),
    io:format("~w~n", [O2#order.status]),
    io:format("~w~n", [ship(O2)]),
    io:format("~p~n", [lists:keysort(#item.price, Items)]),
    io:format("~p~n", [lists:keyfind(2, #item.id, Items)]),
    Cheap = [I#item{price = I#item.price / 2} || I <- Items, I#item.price > 10],
    io:format("~p~n", [Cheap]),
    M = #{order => O2, count => length(Items)},
    #{order := #order{id = Id, status = St}} = M,
    io:format("~w ~w~n", [Id, St]),
    io:format("~w~n", [[classify(I) || I <- Items ++ [#item{id = 4, price = 0.0}]]]),
    case Items of
        [#item{name = First} | _] -> io:format("first ~s~n", [First])
    end,
    io:format("~p~n", [try ship({order, 1}) catch C:R -> {C, R} end]),
    ok.

total(#order{items = Items}) ->
    lists:foldl(fun(#item{price = P, qty = Q}, Acc) -> Acc + P * Q end, 0, Items).

ship(#order{status = new} = O) -> O#order{status = shipped};
ship(#order{status = S}) -> {already, S}.

classify(#item{price = P}) when P == 0 -> free;
classify(#item{price = P, qty = Q}) when P * Q > 20 -> big;
classify(#item{}) -> small.
