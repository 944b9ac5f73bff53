%% Table ownership: a table dies with its owner, goes to its heir, or is given away.
-module(ets_heir).
-export([main/1]).

main(_Args) ->
    Self = self(),
    %% no heir: the table is deleted when its owner exits
    P1 = spawn(fun() -> ets:new(lonely, [named_table, public]), Self ! made, receive stop -> ok end end),
    receive made -> ok end,
    io:format("~w~n", [ets:info(lonely, size)]),
    Ref1 = monitor(process, P1),
    P1 ! stop,
    receive {'DOWN', Ref1, process, P1, _} -> ok end,
    io:format("~w~n", [ets:info(lonely)]),
    %% heir: the table goes to the heir with 'ETS-TRANSFER'
    P2 = spawn(fun() ->
                       T = ets:new(inherited, [named_table, {heir, Self, {some, data}}]),
                       ets:insert(T, {k, v}),
                       Self ! made,
                       receive stop -> ok end
               end),
    receive made -> ok end,
    io:format("~w~n", [ets:info(inherited, owner) =:= P2]),
    io:format("~w~n", [ets:info(inherited, heir) =:= Self]),
    Ref2 = monitor(process, P2),
    P2 ! stop,
    receive {'DOWN', Ref2, process, P2, _} -> ok end,
    receive
        {'ETS-TRANSFER', Tab2, From2, Data} ->
            io:format("~w~n", [{Tab2, From2 =:= P2, Data}])
    after 5000 -> io:format("no transfer~n")
    end,
    io:format("~w~n", [{ets:info(inherited, owner) =:= Self, ets:lookup(inherited, k)}]),
    ets:insert(inherited, {k2, v2}),
    io:format("~w~n", [lists:sort(ets:tab2list(inherited))]),
    %% give_away: an unnamed table and its data
    T3 = ets:new(given, [protected]),
    ets:insert(T3, {x, 1}),
    P3 = spawn(fun() ->
                       receive
                           {'ETS-TRANSFER', Tab, From, Gift} ->
                               ets:insert(Tab, {y, 2}),
                               Self ! {got, From =:= Self, Gift, lists:sort(ets:tab2list(Tab)), ets:info(Tab, owner) =:= self()}
                       end,
                       receive stop -> ok end
               end),
    io:format("~w~n", [ets:give_away(T3, P3, gift)]),
    receive {got, FromOk, Gift, Objs, Owner} -> io:format("~w~n", [{FromOk, Gift, Objs, Owner}]) end,
    io:format("~w~n", [ets:info(T3, owner) =:= P3]),
    io:format("~w~n", [try ets:insert(T3, {z, 3}) catch C:R -> {C, R} end]),
    io:format("~w~n", [try ets:give_away(T3, self(), back) catch C2:R2 -> {C2, R2} end]),
    %% the heir is dead: the table is deleted
    Dead = spawn(fun() -> ok end),
    Ref4 = monitor(process, Dead),
    receive {'DOWN', Ref4, process, Dead, _} -> ok end,
    P4 = spawn(fun() -> ets:new(orphan, [named_table, {heir, Dead, x}]), Self ! made, receive stop -> ok end end),
    receive made -> ok end,
    Ref5 = monitor(process, P4),
    P4 ! stop,
    receive {'DOWN', Ref5, process, P4, _} -> ok end,
    io:format("~w~n", [ets:info(orphan)]),
    %% setopts changes the heir
    T6 = ets:new(six, []),
    io:format("~w~n", [ets:setopts(T6, {heir, P3, later})]),
    io:format("~w~n", [ets:info(T6, heir) =:= P3]),
    io:format("~w~n", [ets:setopts(T6, [{heir, none}])]),
    io:format("~w~n", [ets:info(T6, heir)]),
    P3 ! stop,
    %% an owner that crashes hands over too; a table given to its own heir dies with it
    P7 = spawn(fun() ->
                       T = ets:new(crashy, [named_table, public, {heir, Self, crash}]),
                       ets:insert(T, {n, 1}),
                       Self ! made,
                       receive crash -> error(boom) end
               end),
    receive made -> ok end,
    Ref7 = monitor(process, P7),
    P7 ! crash,
    receive {'DOWN', Ref7, process, P7, _} -> ok end,
    receive {'ETS-TRANSFER', crashy, _, crash} -> io:format("~w~n", [ets:lookup(crashy, n)]) end,
    P8 = spawn(fun() -> receive {'ETS-TRANSFER', _, _, _} -> ok end, receive stop -> ok end end),
    ets:setopts(crashy, {heir, P8, again}),
    ets:give_away(crashy, P8, gift),
    Ref8 = monitor(process, P8),
    P8 ! stop,
    receive {'DOWN', Ref8, process, P8, _} -> ok end,
    io:format("~w~n", [ets:info(crashy)]).
