%% Number formatting and system BIFs: float_to_list/binary and back, the process
%% dictionary (including the order get/0 lists keys in), refs and unique integers, time,
%% phash/phash2, module_info, system_info, statistics, math and the OS environment.
%% main/1 prints {Name, Result} with ~w for every exported t_*/0 function, where Result
%% is the value or {Class, Reason} (run/1); only results that do not change between runs.
-module(core_system).
-export([main/1, run/1]).
-export([t_float_to_list/0, t_float_to_list_decimals/0, t_float_to_list_scientific/0,
         t_float_to_list_errors/0, t_float_to_binary/0, t_list_to_float/0,
         t_binary_to_float/0, t_dict/0, t_dict_order/0, t_dict_shrink/0,
         t_dict_other_keys/0, t_refs/0, t_unique_integer/0, t_time/0,
         t_convert_time_unit/0, t_phash2/0, t_phash/0, t_module_info/0,
         t_module_info_errors/0, t_function_exported/0, t_module_loaded/0,
         t_is_builtin/0, t_system_info/0, t_statistics/0, t_math/0, t_math_errors/0,
         t_os_env/0, t_pids/0]).

main(_Args) ->
    [io:format("~w~n", [{Name, run(Name)}]) || Name <- names()],
    ok.

names() ->
    [N || {N, 0} <- ?MODULE:module_info(exports), lists:prefix("t_", atom_to_list(N))].

run(Name) ->
    try ?MODULE:Name() of
        Value -> Value
    catch
        Class:Reason -> {Class, Reason}
    end.

%% The value of F(), or {Class, Reason}.
e(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.

t_float_to_list() ->
    [float_to_list(X) || X <- [1.0, 0.1, -1.5, 1.0e300, 5.0e-324, 0.0, -0.0, 123456.789]] ++
    [float_to_list(X, [short]) || X <- [1.0, 0.1, 1.0e21, 1.0e15, 123456789.0, 1.0e-5, -0.0, 2.5e-7]] ++
    [float_to_list(1.5, []), float_to_list(1.0, [short, {decimals, 2}]), float_to_list(1.0, [{decimals, 2}, short])].

t_float_to_list_decimals() ->
    [float_to_list(X, [{decimals, 2}]) || X <- [0.125, 0.135, 2.675, 1.005, -0.0, -0.001, 1.0e20,
                                                9007199254740993.0, 0.5, 123.456]] ++
    [float_to_list(X, [{decimals, 0}]) || X <- [0.5, 1.5, 2.5, -0.5, -2.5, -0.4, 1.0e20]] ++
    [float_to_list(X, [{decimals, 4}, compact]) || X <- [1.0, 1.5, 0.0, 100.0, 1.23456, 1.0e20]] ++
    [float_to_list(1.0e20, [{decimals, 0}, compact]), float_to_list(0.1, [{decimals, 20}, compact]),
     float_to_list(0.5, [{decimals, 25}]), float_to_list(0.5e-5, [{decimals, 5}]),
     float_to_list(1.0, [{decimals, 1 bsl 32}]), length(float_to_list(1.0, [{decimals, 253}]))].

t_float_to_list_scientific() ->
    [float_to_list(X, [{scientific, 3}]) || X <- [1.0, 0.0, -0.0, 12345.678, 1.0e-300, 9.9995, 9.99951]] ++
    [float_to_list(1.0, [{scientific, -1}]), float_to_list(123.0, [{scientific, 0}]),
     float_to_list(1.0, [{scientific, (1 bsl 32) + 2}]), length(float_to_list(1.0, [{scientific, 249}]))].

t_float_to_list_errors() ->
    [e(fun() -> float_to_list(X, O) end)
     || {X, O} <- [{1, []}, {1.0, [bad]}, {1.0, foo}, {1.0, [{decimals, a}]}, {1.0, [{decimals, -1}]},
                   {1.0, [{decimals, 300}]}, {1.0, [{scientific, 250}]}, {1.0, [{decimals, 1 bsl 62}]},
                   {1.5, [{decimals, 2} | x]}, {1.5, {decimals, 2}}, {1.0, [{other, 1}]}]] ++
    [e(fun() -> float_to_list(a) end)].

t_float_to_binary() ->
    [float_to_binary(1.5), float_to_binary(1.5, [short]), float_to_binary(1.5, [{decimals, 3}]),
     float_to_binary(0.1, [{scientific, 2}]), float_to_binary(2.0, [{decimals, 3}, compact]),
     e(fun() -> float_to_binary(1) end), e(fun() -> float_to_binary(1.0, [x]) end)].

t_list_to_float() ->
    [e(fun() -> list_to_float(X) end)
     || X <- ["1.0", "1", "1e5", "1.0e5", "1,5", "+1.5", "-1.5", ".5", "1.", "1.0e", "1.0e+",
              "1.0e400", "1.0e-400", " 1.0", "1.0 ", "0x1.0", "1.5E3", "1.0e-320", [49, 46, 48 | x],
              a, "1.0e+0005", [$1, $., $0, 0, $x], [$1, $., $0, 256], "", "-0.0"]].

t_binary_to_float() ->
    [e(fun() -> binary_to_float(X) end)
     || X <- [<<"1.0">>, <<"1">>, <<>>, <<"2.5e3">>, "1.0", <<1:1>>, <<"-7.25E-2">>, <<"3,5">>]].

t_dict() ->
    erase(),
    R = [put(k, 1), put(k, 2), get(k), get(nokey), erase(k), erase(k), get_keys(), get(),
         put({x}, [1]), get_keys([1]), get_keys(nothing), put(a, 1), put(b, 1), lists:sort(get_keys(1)),
         lists:sort(get()), lists:sort(erase()), get(), erase(), erase(zz)],
    erase(),
    R.

t_dict_order() ->
    erase(),
    [put(I, I * I) || I <- lists:seq(1, 20)],
    A = [get(), get_keys(), get_keys(4)],
    erase(),
    [put(I, v) || I <- [5, 300, -1, 16#FFFFFFFF, 16#100000000, 8, 16, 3]],
    B = [get(), get_keys()],
    [erase(I) || I <- [300, 16]],
    C = get(),
    [put(I, w) || I <- [5, 8, 3]],
    [put(I, {w}) || I <- [-1, 16#100000000]],
    D = get(),
    erase(),
    [A, B, C, D].

t_dict_shrink() ->
    erase(),
    [put(I, I) || I <- lists:seq(1, 40)],
    [erase(I) || I <- lists:seq(1, 35)],
    A = get(),
    [put(I, {I}) || I <- lists:seq(36, 38)],
    B = get(),
    [put(I, I) || I <- lists:seq(100, 130)],
    [erase(I) || I <- lists:seq(36, 40) ++ lists:seq(100, 120)],
    C = get(),
    erase(),
    [A, B, C].

%% Keys that are neither small integers nor atoms order by erts' internal hash.
t_dict_other_keys() ->
    erase(),
    [put(K, V) || {K, V} <- [{"abc", 1}, {"b", 2}, {<<"bin">>, 3}, {{1, 2}, 4}, {1.5, 5},
                             {[1, 2 | 3], 6}, {1 bsl 70, 7}, {-(1 bsl 64), 8}, {<<1:3>>, 9},
                             {{}, 10}, {"a longer string key", 11}, {#{1 => 2}, 12}, {[], 13}]],
    R = get_keys(),
    erase(),
    R.

t_refs() ->
    R1 = make_ref(),
    R2 = make_ref(),
    L = ref_to_list(R1),
    [is_reference(R1), R1 =:= R2, R1 < R2 orelse R2 < R1, lists:prefix("#Ref<0.", L), lists:last(L),
     e(fun() -> ref_to_list(a) end)].

t_unique_integer() ->
    M1 = erlang:unique_integer([monotonic]),
    M2 = erlang:unique_integer([monotonic]),
    P = erlang:unique_integer([positive]),
    PM = erlang:unique_integer([positive, monotonic]),
    [is_integer(erlang:unique_integer()), M1 < M2, P > 0, PM > 0, erlang:unique_integer() =/= erlang:unique_integer(),
     e(fun() -> erlang:unique_integer([bad]) end), e(fun() -> erlang:unique_integer(x) end),
     e(fun() -> erlang:unique_integer([positive | x]) end)].

t_time() ->
    M1 = erlang:monotonic_time(),
    M2 = erlang:monotonic_time(),
    S = erlang:system_time(second),
    Os = os:system_time(second),
    {Mega, Sec, Micro} = erlang:timestamp(),
    {OMega, OSec, OMicro} = os:timestamp(),
    {{Y, Mo, D}, {H, Mi, Se}} = erlang:localtime(),
    {{UY, _, _}, _} = erlang:universaltime(),
    {Y2, _, _} = date(),
    {H2, _, _} = time(),
    [is_integer(M1), M1 =< M2, M1 < 0, erlang:monotonic_time(second) < 0, abs(S - Os) < 5,
     is_integer(erlang:time_offset()), is_integer(erlang:time_offset(millisecond)),
     abs(erlang:system_time(second) - (erlang:monotonic_time(second) + erlang:time_offset(second))) < 2,
     Mega * 1000000 + Sec > 1600000000, Micro < 1000000, OMega * 1000000 + OSec > 1600000000, OMicro < 1000000,
     Y >= 2024, Mo >= 1, Mo =< 12, D >= 1, D =< 31, H < 24, Mi < 60, Se < 61, abs(UY - Y) =< 1,
     Y2 >= 2024, H2 < 24,
     [is_integer(erlang:monotonic_time(U)) || U <- [second, millisecond, microsecond, nanosecond, native,
                                                   perf_counter, 1, 1000, seconds, milli_seconds,
                                                   micro_seconds, nano_seconds]],
     [e(fun() -> erlang:monotonic_time(U) end) || U <- [0, -1, foo, 1.0]],
     e(fun() -> erlang:system_time(foo) end), e(fun() -> os:system_time(foo) end),
     e(fun() -> erlang:time_offset(foo) end)].

t_convert_time_unit() ->
    [e(fun() -> erlang:convert_time_unit(T, F, U) end)
     || {T, F, U} <- [{1, second, millisecond}, {1500, millisecond, second}, {-1500, millisecond, second},
                      {-1, millisecond, second}, {1, native, nanosecond}, {1, second, native}, {7, 3, 5},
                      {-7, 3, 5}, {1.0, second, millisecond}, {1, 0, 1}, {1, foo, second},
                      {1 bsl 100, second, nanosecond}, {999, microsecond, millisecond},
                      {-999, microsecond, millisecond}, {5, perf_counter, microsecond},
                      {3, seconds, milli_seconds}, {1, second, 1.5}]].

t_phash2() ->
    [erlang:phash2(X) || X <- [1, a, "abc", {1, 2}, <<1, 2, 3>>, 1.5, [], 0.0, -0.0, 1 bsl 80, #{a => 1}]] ++
    [e(fun() -> erlang:phash2(X, R) end)
     || {X, R} <- [{a, 10}, {a, 1}, {a, 0}, {a, -1}, {a, 1 bsl 32}, {a, (1 bsl 32) - 1}, {a, x},
                   {a, (1 bsl 32) + 1}]].

t_phash() ->
    [e(fun() -> erlang:phash(X, R) end)
     || {X, R} <- [{a, 10}, {1, 1 bsl 32}, {"abc", 1 bsl 32}, {{a, 1}, 1 bsl 32}, {a, 0},
                   {<<1, 2>>, 100000}, {1.5, 1 bsl 32}, {[], 1 bsl 32}, {-1, 1 bsl 32},
                   {1 bsl 70, 1 bsl 32}, {[a, "b" | c], 1000}, {{}, 7}, {<<1:5>>, 1 bsl 32},
                   {#{k => v}, 1 bsl 32}, {-(1 bsl 40), 99999}, {0, 1 bsl 32}, {a, 1 bsl 33}]].

t_module_info() ->
    Info = ?MODULE:module_info(),
    [?MODULE:module_info(module), ?MODULE:module_info(exports), [K || {K, _} <- Info],
     ?MODULE:module_info(md5) =:= proplists:get_value(md5, Info),
     byte_size(?MODULE:module_info(md5)),
     ?MODULE:module_info(attributes),
     [K || {K, _} <- ?MODULE:module_info(compile)],
     ?MODULE:module_info(functions),
     erlang:get_module_info(?MODULE, nifs), erlang:get_module_info(?MODULE, native),
     erlang:get_module_info(?MODULE, native_addresses),
     erlang:get_module_info(?MODULE, module)].

t_module_info_errors() ->
    [e(fun() -> erlang:get_module_info(X) end) || X <- [no_such_module_xyz, "core_system", 1]] ++
    [e(fun() -> erlang:get_module_info(M, W) end)
     || {M, W} <- [{?MODULE, foo}, {no_such_module_xyz, exports}, {?MODULE, "exports"}]].

t_function_exported() ->
    _ = lists:reverse([]),
    [erlang:function_exported(M, F, A)
     || {M, F, A} <- [{?MODULE, main, 1}, {?MODULE, id, 1}, {?MODULE, module_info, 0},
                      {lists, reverse, 1}, {lists, reverse, 2}, {erlang, abs, 1}, {erlang, self, 0},
                      {no_such_module_xyz, f, 0}, {lists, no_such_fun, 0}]] ++
    [e(fun() -> erlang:function_exported(M, F, A) end) || {M, F, A} <- [{1, 2, 3}, {a, b, c}, {a, "b", 1}]].

t_module_loaded() ->
    [erlang:module_loaded(?MODULE), erlang:module_loaded(no_such_module_xyz), erlang:module_loaded(erlang),
     e(fun() -> erlang:module_loaded("x") end)].

t_is_builtin() ->
    [erlang:is_builtin(M, F, A)
     || {M, F, A} <- [{lists, reverse, 1}, {lists, reverse, 2}, {erlang, abs, 1}, {erlang, self, 0},
                      {erlang, apply, 3}, {erlang, '+', 2}, {no_such_module_xyz, f, 0},
                      {erlang, module_info, 1}, {erlang, error, 1}, {math, sqrt, 1}]] ++
    [e(fun() -> erlang:is_builtin(1, 2, 3) end)].

t_system_info() ->
    [erlang:system_info(K)
     || K <- [otp_release, version, wordsize, {wordsize, internal}, {wordsize, external}, machine,
              thread_pool_size, compat_rel, creation, start_time, time_offset, time_warp_mode,
              smp_support, threads, hipe_architecture, nif_version, driver_version, process_limit,
              atom_limit, port_limit, ets_limit, debug_compiled, heap_type, build_type, emu_type,
              min_heap_size, min_bin_vheap_size, fullsweep_after, sequential_tracer,
              trace_control_word, dirty_io_schedulers, multi_scheduling, scheduler_bind_type,
              message_queue_data, os_type]] ++
    [is_integer(erlang:system_info(K)) || K <- [schedulers, schedulers_online, logical_processors,
                                               process_count, atom_count, dirty_cpu_schedulers]] ++
    [is_list(erlang:system_info(system_architecture)), is_list(erlang:system_info(system_version))] ++
    [e(fun() -> erlang:system_info(K) end) || K <- [bogus, "str", {wordsize, bad}, 42]].

t_statistics() ->
    {RT, RS} = statistics(runtime),
    {WT, WS} = statistics(wall_clock),
    {R, RD} = statistics(reductions),
    {ER, _} = statistics(exact_reductions),
    [is_integer(RT), is_integer(RS), is_integer(WT), WT >= 0, is_integer(WS), is_integer(R),
     is_integer(RD), is_integer(ER), e(fun() -> statistics(bogus) end)].

t_math() ->
    [math:sqrt(4), math:sqrt(2.0), math:sqrt(0), math:sqrt(-0.0), math:log(1), math:log(1 bsl 1023),
     math:pow(2, 10), math:pow(2, 0.5), math:pow(0.0, 0), math:pow(-2, 3),
     math:fmod(7, 3), math:fmod(-7, 3), math:fmod(7.5, 2),
     math:exp(-1000), math:log2(8), math:log10(1000), math:log2(0.5), math:floor(-1.5), math:ceil(1.2),
     math:floor(3), math:erf(0.5), math:erfc(0.5), math:erf(-3.0), math:erfc(10), math:tan(1),
     math:sinh(1), math:tanh(1), math:asinh(1), math:acosh(2), math:atanh(0.5), math:atan(1),
     math:sin(1), math:cos(1), math:asin(0.5), math:acos(0.5), math:cosh(1), math:exp(1),
     math:atan2(1, 1), math:atan2(0, 0), math:atan2(0.0, -0.0), math:atan2(-0.0, -1), math:pi()].

t_math_errors() ->
    [e(fun() -> math:F(X) end)
     || {F, X} <- [{sqrt, -1}, {sqrt, a}, {sqrt, 1 bsl 2000}, {log, 0}, {log, -1}, {log, 0.0},
                   {acos, 2}, {asin, -1.5}, {atanh, 1}, {acosh, 0.5}, {exp, 1000}, {cosh, 1000},
                   {log10, 0}, {ceil, a}, {sin, "1"}]] ++
    [e(fun() -> math:F(X, Y) end)
     || {F, X, Y} <- [{pow, 0, -1}, {pow, -8, 1/3}, {pow, 10, 400}, {pow, a, 1}, {pow, 1, a},
                      {fmod, 7, 0}, {fmod, 1, -0.0}, {atan2, a, 1}, {pow, 1 bsl 2000, a}]].

t_os_env() ->
    Name = "ENIGMA_CORE_SYSTEM_TEST_VAR",
    R = [os:getenv(Name), os:putenv(Name, "v1"), os:getenv(Name), os:getenv(Name, def),
         lists:member(Name ++ "=v1", os:getenv()), os:putenv(Name, ""), os:getenv(Name),
         os:unsetenv(Name), os:getenv(Name), os:getenv(Name, def), os:getenv(""),
         e(fun() -> os:getenv(home) end), e(fun() -> os:getenv("A=B") end),
         e(fun() -> os:getenv(<<"HOME">>) end), e(fun() -> os:getenv([$a | b]) end),
         e(fun() -> os:putenv("", "x") end), e(fun() -> os:putenv("A=B", "c") end),
         e(fun() -> os:putenv(x, "y") end), e(fun() -> os:putenv("Q", y) end),
         e(fun() -> os:putenv("Q", "a\0b") end), os:unsetenv(""),
         e(fun() -> os:unsetenv(x) end), e(fun() -> os:unsetenv("A=B") end)],
    os:unsetenv(Name),
    R.

t_pids() ->
    [e(fun() -> pid_to_list(list_to_pid(X)) end)
     || X <- ["<0.1.0>", "<0.0.0>", "<0.32767.0>", "<0.32768.0>", "<0.1.8191>", "<0.1.8192>",
              "<1.2.3>", "<0.1.2", "0.1.2>", "< 0.1.2>", "<0.01.2>", "<0.-1.2>", "<0.1.2>x", x, "<0.5.1>"]] ++
    [is_pid(list_to_pid("<0.5.1>")), list_to_pid("<0.5.1>") =:= list_to_pid("<0.5.1>"),
     hd(pid_to_list(self())), e(fun() -> pid_to_list(a) end), e(fun() -> pid_to_list(id("<0.1.0>")) end)].
