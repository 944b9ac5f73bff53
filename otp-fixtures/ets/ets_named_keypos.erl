%% named_table, {keypos, N} with records, rename, whereis, all.
-module(ets_named_keypos).
-export([main/1]).

-record(user, {name, age, email}).

main(_Args) ->
    users = ets:new(users, [named_table, {keypos, #user.name}, public]),
    ets:insert(users, [#user{name = ann, age = 31, email = "a@x"}, #user{name = bob, age = 25}]),
    io:format("~p~n", [ets:lookup(users, ann)]),
    io:format("~p~n", [ets:lookup_element(users, bob, #user.age)]),
    io:format("~p~n", [lists:sort(ets:select(users, [{#user{name = '$1', age = '$2', _ = '_'}, [{'>', '$2', 26}], ['$1']}]))]),
    Tid = ets:whereis(users),
    io:format("~p~n", [{is_reference(Tid), ets:info(Tid, name), ets:info(users, id) =:= Tid}]),
    io:format("~p~n", [ets:lookup(Tid, bob) =:= ets:lookup(users, bob)]),
    io:format("~p~n", [lists:member(users, ets:all())]),
    io:format("~p~n", [ets:rename(users, people)]),
    io:format("~p~n", [{ets:whereis(users), ets:whereis(people) =:= Tid, ets:info(people, size)}]),
    io:format("~p~n", [ets:info(users)]),
    Anon = ets:new(anon, [{keypos, 2}]),
    io:format("~p~n", [is_atom(Anon)]),
    ets:insert(Anon, [{x, 1, a}, {y, 2, b}, {z, 1, c}]),
    io:format("~p~n", [lists:sort(ets:tab2list(Anon))]),
    io:format("~p~n", [{ets:info(Anon, keypos), ets:info(Anon, named_table), ets:info(Anon, name)}]),
    io:format("~p~n", [lists:member(Anon, ets:all())]),
    io:format("~p~n", [ets:rename(Anon, renamed) =:= Anon]),
    io:format("~p~n", [{ets:info(Anon, name), ets:whereis(renamed)}]),
    other = ets:new(other, [named_table]),
    io:format("~p~n", [try ets:rename(people, other) catch C:R -> {C, R} end]),
    ets:delete(people),
    io:format("~p~n", [{ets:whereis(people), lists:member(people, ets:all()), ets:info(Tid)}]),
    people = ets:new(people, [named_table, ordered_set]),
    io:format("~p~n", [ets:info(people, type)]).
