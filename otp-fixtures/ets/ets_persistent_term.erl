%% persistent_term: put, get/1,2, erase, get/0 and info/0 (counted against what was there before).
-module(ets_persistent_term).
-export([main/1]).

main(_Args) ->
    %% The first output may make the I/O modules cache things in persistent_term: do it first.
    io:format("~w~n", [[start, #{}, {1.5}, <<"b">>]]),
    #{count := C0} = persistent_term:info(),
    ok = persistent_term:put({?MODULE, a}, [1, 2, 3]),
    ok = persistent_term:put({?MODULE, b}, #{big => lists:seq(1, 100)}),
    ok = persistent_term:put({?MODULE, a}, replaced),
    io:format("~w~n", [persistent_term:get({?MODULE, a})]),
    io:format("~w~n", [length(maps:get(big, persistent_term:get({?MODULE, b})))]),
    io:format("~w~n", [persistent_term:get({?MODULE, none}, default)]),
    io:format("~w~n", [try persistent_term:get({?MODULE, none}) catch C:R -> {C, R} end]),
    #{count := C1, memory := M1} = persistent_term:info(),
    io:format("~w~n", [{C1 - C0, is_integer(M1), M1 > 0}]),
    io:format("~w~n", [lists:sort([{K, V} || {{?MODULE, _} = K, V} <- persistent_term:get(), is_atom(V)])]),
    io:format("~w~n", [{persistent_term:erase({?MODULE, a}), persistent_term:erase({?MODULE, a})}]),
    #{count := C2} = persistent_term:info(),
    io:format("~w~n", [C2 - C0]),
    Self = self(),
    spawn(fun() -> Self ! {seen, persistent_term:get({?MODULE, b}) =:= #{big => lists:seq(1, 100)}} end),
    receive {seen, Seen} -> io:format("~w~n", [Seen]) end.
