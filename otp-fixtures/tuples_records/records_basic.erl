%% Records: defaults, creation, field access, update, nested records,
%% is_record, record_info and records printed as plain tuples.
-module(records_basic).
-export([main/1]).

-record(point, {x = 0, y = 0}).
-record(person, {name, age = 0, email = undefined, tags = [] :: list()}).
-record(line, {from = #point{}, to = #point{x = 1, y = 1}, label = "line"}).
-record(empty, {}).

main(_Args) ->
    P0 = #point{},
    P1 = #point{x = 3},
    P2 = P1#point{y = 4},
    io:format("~w ~w ~w~n", [P0, P1, P2]),
    io:format("~w ~w~n", [P2#point.x, P2#point.y]),
    Bob = #person{name = "Bob"},
    Bob2 = Bob#person{age = Bob#person.age + 30, tags = [admin | Bob#person.tags]},
    io:format("~p~n", [Bob]),
    io:format("~p~n", [Bob2]),
    L = #line{},
    L2 = L#line{to = (L#line.to)#point{x = 10}},
    io:format("~w~n", [L2]),
    io:format("~w~n", [(L2#line.to)#point.x]),
    io:format("~w~n", [[is_record(P0, point), is_record(P0, person), is_record({point, 1}, point),
                        is_record(Bob, person, 5), is_record(Bob, person, 4), is_record(x, point)]]),
    io:format("~w~n", [[record_info(fields, point), record_info(fields, person), record_info(fields, empty)]]),
    io:format("~w~n", [[record_info(size, point), record_info(size, line), record_info(size, empty)]]),
    io:format("~w~n", [[#person.name, #person.age, #line.label]]),
    io:format("~w~n", [#empty{}]),
    io:format("~w~n", [[norm(P) || P <- [P0, P2, #point{x = -1, y = 5}]]]),
    io:format("~w~n", [[X || #point{x = X} <- [P0, P1, P2, {other, 1}]]]),
    io:format("~w~n", [lists:keyfind("Bob", #person.name, [Bob2])]),
    io:format("~w~n", [element(#point.y, P2)]),
    io:format("~w~n", [setelement(#point.x, P2, 100)]),
    io:format("~w~n", [P2 =:= {point, 3, 4}]),
    io:format("~w~n", [older(Bob2, 18)]),
    io:format("~p~n", [try (id(P0))#person.name catch C:R -> {C, R} end]),
    io:format("~p~n", [try (id(foo))#point{x = 1} catch C2:R2 -> {C2, R2} end]),
    ok.

norm(#point{x = X, y = Y}) when X >= 0 -> X + Y;
norm(#point{}) -> negative.

older(#person{age = A} = P, Min) when A > Min -> {yes, P#person.name};
older(_, _) -> no.

id(X) -> X.
