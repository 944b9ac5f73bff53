%% Reference data for the external term format codec (src/Enigma.Beam/Etf).
%%
%% Prints one record per line, all ASCII:
%%
%%   T <label> <opts> <hex>   term_to_binary(Term, Opts); <opts> is "-" (none) or a
%%                            comma-separated list of compressed | compressed:N | minor:N
%%   W <label> <text>         io_lib:format("~w", [Term]) when that is printable ASCII
%%   WX <label> <hex>         the same, as the hex of its characters (all are < 256 under ~w)
%%   R <label> <in> <out>     binary_to_term(In) is accepted; <out> is term_to_binary of the result
%%   X <label> <in>           binary_to_term(In) raises badarg
%%
%% Deterministic apart from the values of self(), make_ref() and the port.
-module(etf_corpus).
-export([main/1]).

main(_Args) ->
    _ = rand:seed(exsss, {17, 42, 4711}),
    lists:foreach(fun emit/1, cases()),
    lists:foreach(fun emit_input/1, inputs()),
    ok.

%% {Label, Term, [Opts], PrintW}
emit({Label, Term, OptsList, PrintW}) ->
    lists:foreach(
      fun(Opts) ->
              Bin = term_to_binary(Term, Opts),
              out(["T ", Label, " ", opts_text(Opts), " ", hex(Bin)])
      end, OptsList),
    PrintW andalso emit_w(Label, Term).

emit_w(Label, Term) ->
    Chars = lists:flatten(io_lib:format("~w", [Term])),
    case lists:all(fun(C) -> C >= 32 andalso C =< 126 end, Chars) of
        true -> out(["W ", Label, " ", Chars]);
        false -> out(["WX ", Label, " ", hex(list_to_binary(Chars))])
    end.

emit_input({Label, In}) ->
    case catch binary_to_term(In) of
        {'EXIT', {badarg, _}} ->
            out(["X ", Label, " ", hex(In)]);
        Term ->
            out(["R ", Label, " ", hex(In), " ", hex(term_to_binary(Term))]),
            %% erl numbers other nodes by its node table, which varies between runs.
            has_identifier(Term) orelse emit_w(Label, Term)
    end.

has_identifier(T) when is_pid(T); is_port(T); is_reference(T) -> true;
has_identifier([H | T]) -> has_identifier(H) orelse has_identifier(T);
has_identifier(T) when is_tuple(T) -> has_identifier(tuple_to_list(T));
has_identifier(T) when is_map(T) -> has_identifier(maps:to_list(T));
has_identifier(_) -> false.

out(IoList) ->
    io:put_chars([IoList, $\n]).

hex(Bin) ->
    binary_to_list(binary:encode_hex(Bin)).

opts_text([]) -> "-";
opts_text(Opts) -> lists:join(",", [opt_text(O) || O <- Opts]).

opt_text(compressed) -> "compressed";
opt_text({compressed, N}) -> "compressed:" ++ integer_to_list(N);
opt_text({minor_version, N}) -> "minor:" ++ integer_to_list(N).

-define(D, [[]]).
-define(ALL, [[], [{minor_version, 0}], [{minor_version, 2}], [compressed]]).

cases() ->
    ints() ++ floats() ++ atoms() ++ binaries() ++ lists() ++ tuples() ++ maps()
        ++ funs() ++ identifiers() ++ compressed() ++ deep().

ints() ->
    Values = [0, 1, 255, 256, -1, -255, -256, 65535, 65536,
              (1 bsl 27) - 1, 1 bsl 27, (1 bsl 27) + 1, -(1 bsl 27), -(1 bsl 27) - 1,
              (1 bsl 31) - 1, 1 bsl 31, -(1 bsl 31), -(1 bsl 31) - 1, -(1 bsl 31) + 1,
              (1 bsl 32) - 1, 1 bsl 32, -(1 bsl 32),
              (1 bsl 59) - 1, 1 bsl 59, -(1 bsl 59), -(1 bsl 59) - 1,
              (1 bsl 63) - 1, 1 bsl 63, -(1 bsl 63), (1 bsl 64) - 1, 1 bsl 64, -(1 bsl 64),
              (1 bsl 2040) - 1, 1 bsl 2040, -(1 bsl 2040),
              (1 bsl 2399) + 12345, -((1 bsl 2399) + 12345),
              (1 bsl 15999) - 7, -((1 bsl 15999) - 7),
              1 bsl 80000],
    [{"int_" ++ integer_label(V), V, ?D, true} || V <- Values]
        ++ [{"int_list", Values, [[], [compressed]], true}].

integer_label(V) when V < 0 -> "m" ++ integer_label(-V);
integer_label(V) when V < 1 bsl 70 -> integer_to_list(V);
integer_label(V) -> "big" ++ integer_to_list(V rem 1000000007).

floats() ->
    Fixed = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 0.2, 0.3, 1/3, 2/3, 3.141592653589793,
             2.718281828459045, 1.0e300, -1.0e300, 5.0e-324, -5.0e-324,
             2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
             1.0e10, 1.0e15, 1.0e16, 1.0e17, 1.0e21, 1.0e22, 1.0e23, 1.0e-5, 1.0e-4, 1.0e-3,
             123.456, 0.0001, 0.001234, 1234.0e-6, 12340.0, 100.0, 1000.0, 1.0e2, 1.0e3,
             123456789.0, 1234567890.0, 12345678901.0, 123456789012345.0,
             9007199254740991.0, 9007199254740992.0, 9007199254740993.0, 4503599627370496.5,
             1801439850948198.0, 1801439850948199.0, 360287970189639.0, 360287970189640.0,
             0.5, 0.25, 0.125, 1.0e-10, 1.0e-100, 1.0e100, 6.02214076e23, 1.602176634e-19,
             299792458.0, 1.0e-7, 5.0e-7, 123.0e-9, 9.999999999999999e22, 1.2345e-310],
    Random = [random_float(I) || I <- lists:seq(1, 150)],
    Floats = Fixed ++ Random,
    [{"float_" ++ integer_to_list(I), F, [[], [{minor_version, 0}]], true}
     || {I, F} <- lists:zip(lists:seq(1, length(Floats)), Floats)].

%% Odd indices: a random bit pattern (all magnitudes, subnormals included);
%% even ones: a uniform value scaled by a random power of ten.
random_float(I) when I rem 2 =:= 1 ->
    <<Bits:64>> = rand:bytes(8),
    <<F/float>> = case <<Bits:64>> of
                      <<_:1, 2047:11, _:52>> -> <<(Bits band 16#BFFFFFFFFFFFFFFF):64>>;
                      B -> B
                  end,
    F;
random_float(_) ->
    rand:uniform_real() * math:pow(10, rand:uniform(40) - 20).

atoms() ->
    Atoms = ['', a, abc, hello_World@1, 'A', 'Abc', '_', '_a', 'a b', 'a-b', 'a.b',
             'after', 'begin', 'case', 'try', 'cond', 'catch', 'andalso', 'orelse', 'end',
             'fun', 'if', 'let', 'of', 'receive', 'when', 'bnot', 'not', 'div', 'rem', 'band',
             'and', 'bor', 'bxor', 'bsl', 'bsr', 'or', 'xor', maybe, 'else', true, false, nil,
             'é', 'ÿ', 'ß', '÷', 'a÷', 'a×', 'aÀ', 'aÞ', 'À', 'ŝ', 'aŝ', '日本', 'abc日本',
             '😀', 'it\'s', 'a\\b', 'a"b', '\'', 'a@b', '@', '1a', 'a1',
             list_to_atom([0, 1, 7, 8, 9, 10, 11, 12, 13, 27, 31, 32, 126, 127, 128, 159, 160, 255]),
             list_to_atom(lists:duplicate(255, $x)),
             list_to_atom(lists:duplicate(255, $é)),
             list_to_atom(lists:duplicate(255, 16#15D)),
             list_to_atom(lists:duplicate(127, 16#15D)),
             list_to_atom(lists:duplicate(128, 16#15D)),
             list_to_atom(lists:duplicate(255, 16#1F600))],
    [{"atom_" ++ integer_to_list(I), A, ?ALL, true}
     || {I, A} <- lists:zip(lists:seq(1, length(Atoms)), Atoms)].

binaries() ->
    Patterned = list_to_binary([I rem 251 || I <- lists:seq(1, 10000)]),
    Random = rand:bytes(10000),
    [{"bin_empty", <<>>, ?D, true},
     {"bin_small", <<1, 2, 3>>, ?D, true},
     {"bin_text", <<"hello \"world\"">>, ?D, true},
     {"bin_64", list_to_binary(lists:seq(0, 63)), ?D, true},
     {"bin_65", list_to_binary(lists:seq(0, 64)), ?D, true},
     {"bin_10k", Patterned, [[], [compressed], [{compressed, 1}], [{compressed, 9}]], true},
     {"bin_10k_random", Random, [[], [compressed]], true},
     {"bits_1", <<1:1>>, ?D, true},
     {"bits_7", <<0:7>>, ?D, true},
     {"bits_255_3", <<255, 3:2>>, ?D, true},
     {"bits_1_2_3", <<1, 2, 3:7>>, ?D, true},
     {"bits_long", <<Patterned:100/binary, 5:5>>, ?D, true}].

lists() ->
    [{"nil", [], ?D, true},
     {"str_abc", "abc", ?D, true},
     {"str_hello", "hello world", ?D, true},
     {"str_0_255", [0, 255], ?D, true},
     {"list_256", [256], ?D, true},
     {"list_m1", [-1], ?D, true},
     {"list_seq300", lists:seq(1, 300), ?D, true},
     {"str_1000", [I rem 256 || I <- lists:seq(1, 1000)], ?D, true},
     {"improper_int", [1, 2 | 3], ?D, true},
     {"improper_atom", [a | b], ?D, true},
     {"improper_str", [$a, $b | c], ?D, true},
     {"improper_tuple", [1 | {2}], ?D, true},
     {"improper_bin", [1 | <<2>>], ?D, true},
     {"list_nil", [[]], ?D, true},
     {"list_nested", [[1], [2, [3]], "x", [[]]], ?D, true},
     {"list_mixed", [a, 1, 2.5, "s", <<"b">>, {t}, #{k => v}, [], -1, 1 bsl 70], ?D, true},
     {"str_65535", lists:duplicate(65535, $a), [[compressed]], false},
     {"list_65536", lists:duplicate(65536, $a), [[compressed]], false}].

tuples() ->
    [{"tuple_empty", {}, ?D, true},
     {"tuple_1", {a}, ?D, true},
     {"tuple_3", {1, 2, 3}, ?D, true},
     {"tuple_nested", {{}, {{a}}, [{b, c}]}, ?D, true},
     {"tuple_255", list_to_tuple(lists:seq(1, 255)), ?D, true},
     {"tuple_256", list_to_tuple(lists:seq(1, 256)), ?D, true},
     {"tuple_300", list_to_tuple([{I, [I]} || I <- lists:seq(1, 300)]), ?D, true}].

maps() ->
    Map = fun(N) -> maps:from_list([{I, I * 2} || I <- lists:seq(1, N)]) end,
    [{"map_empty", #{}, ?D, true},
     {"map_1", #{a => 1}, ?D, true},
     {"map_mixed", #{1 => a, 1.0 => b, "s" => c, {t} => d, <<"b">> => e, [] => f,
                     x => #{y => z}, -0.0 => g, [1 | 2] => h}, ?D, true},
     {"map_32", Map(32), ?D, true},
     {"map_33", Map(33), ?D, true},
     {"map_100", Map(100), [[], [compressed]], true},
     {"map_1000", Map(1000), [[], [compressed]], true},
     {"map_100_strings", maps:from_list([{integer_to_list(I), <<I>>} || I <- lists:seq(1, 100)]),
      ?D, true},
     {"map_nested", #{a => #{b => #{c => []}}, #{1 => 2} => x, {#{}} => [#{}]}, ?D, true}].

funs() ->
    X = 5,
    L = [1, 2, 3],
    Plus = fun(Y) -> X + Y end,
    NoFree = fun() -> ok end,
    Closure = fun(Z) -> {X, L, Plus, Z} end,
    %% The creator pid in a local fun is self(), so only ~w is compared exactly;
    %% the T lines still have to round-trip byte for byte.
    [{"fun_plus", Plus, ?ALL, true},
     {"fun_nofree", NoFree, ?D, true},
     {"fun_closure", Closure, [[], [compressed]], true},
     {"export_lists_map", fun lists:map/2, ?ALL, true},
     {"export_plus", fun erlang:'+'/2, ?D, true},
     {"export_and", fun erlang:'and'/2, ?D, true},
     {"export_unicode", fun 'ŝ':'日本'/0, ?ALL, true},
     {"export_quoted", fun 'Mod':'a b'/255, ?D, true},
     {"export_at", fun 'a@b':'é'/1, ?D, true}].

identifiers() ->
    [Port | _] = erlang:ports(),
    RemotePid = binary_to_term(<<131, 88, 100, 0, 8, "foo@bar1", 0, 0, 0, 9, 0, 0, 0, 3,
                                 16#DE, 16#AD, 16#BE, 16#EF>>),
    UnicodePid = binary_to_term(<<131, 88, 119, 7, "\xc5\x9d@host", 0, 1, 2, 3, 0, 0, 0, 0,
                                  0, 0, 0, 7>>),
    RemoteRef = binary_to_term(<<131, 90, 0, 3, 100, 0, 8, "foo@bar1", 0, 0, 0, 7,
                                 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3>>),
    RemoteRef5 = binary_to_term(<<131, 90, 0, 5, 100, 0, 8, "foo@bar1", 0, 0, 0, 7,
                                  0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0, 5>>),
    RemotePort = binary_to_term(<<131, 89, 100, 0, 8, "foo@bar1", 0, 0, 0, 5, 0, 0, 0, 7>>),
    BigPort = binary_to_term(<<131, 120, 100, 0, 8, "foo@bar1", 0, 0, 0, 1, 0, 0, 0, 5,
                               0, 0, 0, 7>>),
    [{"self", self(), ?ALL, true},
     {"local_pid", list_to_pid("<0.1.0>"), ?D, true},
     {"make_ref", make_ref(), ?ALL, true},
     {"port", Port, ?ALL, true},
     {"remote_pid", RemotePid, ?ALL, false},
     {"remote_pid_unicode", UnicodePid, ?ALL, false},
     {"remote_ref", RemoteRef, ?D, false},
     {"remote_ref5", RemoteRef5, ?D, false},
     {"remote_port", RemotePort, ?D, false},
     {"remote_port_v4", BigPort, ?D, false},
     {"ids_in_tuple", {self(), RemotePid, RemoteRef, RemotePort}, [[], [compressed]], false}].

compressed() ->
    Repeat = lists:duplicate(2000, {hello, "world", 42}),
    [{"cmp_atom", a, [[compressed]], false},
     {"cmp_list", Repeat, [[compressed], [{compressed, 1}], [{compressed, 9}],
                           [{minor_version, 2}, compressed]], false}]
        ++ [{"cmp_str_" ++ integer_to_list(N), lists:duplicate(N, $a), [[compressed]], true}
            || N <- lists:seq(1, 40) ++ [60, 61, 62, 63, 64, 65, 100]]
        ++ [{"cmp_tuple_" ++ integer_to_list(N), list_to_tuple(lists:duplicate(N, x)),
             [[compressed]], true}
            || N <- [5, 10, 20, 30, 40]].

deep() ->
    Depth = 100000,
    DeepList = lists:foldl(fun(_, Acc) -> [Acc] end, [], lists:seq(1, Depth)),
    DeepTuple = lists:foldl(fun(_, Acc) -> {Acc} end, {}, lists:seq(1, Depth)),
    %% The plain deep list would be 1.2 MB of hex; its compressed form is checked
    %% by inflating it and comparing with our uncompressed encoding.
    [{"deep_list", DeepList, [[compressed]], false},
     {"deep_tuple", DeepTuple, [[], [compressed]], false}].

%% Inputs for binary_to_term that term_to_binary never produces: older tags,
%% non-canonical encodings, and inputs erl rejects.
inputs() ->
    FunBin = term_to_binary(fun(Y) -> Y + 1 end),
    <<131, 112, _Size:32, FunRest/binary>> = FunBin,
    Z = fun(B) -> zlib:compress(B) end,
    Float = fun(S) -> <<131, 99, (list_to_binary(S))/binary,
                        (binary:copy(<<0>>, 31 - length(S)))/binary>> end,
    Atom255 = binary:copy(<<"x">>, 255),
    Atom256 = binary:copy(<<"x">>, 256),
    [{"small_atom", <<131, 115, 1, $a>>},
     {"small_atom_latin1", <<131, 115, 2, 233, 255>>},
     {"atom_utf8_ascii", <<131, 118, 0, 1, $a>>},
     {"small_atom_utf8_latin1", <<131, 119, 2, 16#C3, 16#A9>>},
     {"atom_ext_latin1", <<131, 100, 0, 2, 233, 233>>},
     {"atom_ext_255", <<131, 100, 0, 255, Atom255/binary>>},
     {"atom_ext_256", <<131, 100, 1, 0, Atom256/binary>>},
     {"atom_utf8_256_chars", <<131, 118, 2, 0, (binary:copy(<<16#C5, 16#9D>>, 256))/binary>>},
     {"atom_utf8_255_chars", <<131, 118, 1, 254, (binary:copy(<<16#C5, 16#9D>>, 255))/binary>>},
     {"atom_utf8_bad", <<131, 119, 1, 255>>},
     {"atom_utf8_overlong", <<131, 119, 2, 16#C0, 16#80>>},
     {"atom_utf8_surrogate", <<131, 119, 3, 16#ED, 16#A0, 16#80>>},
     {"atom_utf8_truncated_seq", <<131, 119, 2, 16#E6, 16#97>>},
     {"atom_utf8_too_big", <<131, 119, 4, 16#F4, 16#90, 16#80, 16#80>>},
     {"small_big_5", <<131, 110, 1, 0, 5>>},
     {"small_big_zeros", <<131, 110, 4, 0, 1, 0, 0, 0>>},
     {"small_big_zero_width", <<131, 110, 0, 0>>},
     {"small_big_all_zero", <<131, 110, 2, 1, 0, 0>>},
     {"small_big_sign_2", <<131, 110, 1, 2, 5>>},
     {"large_big_m200", <<131, 111, 0, 0, 0, 1, 1, 200>>},
     {"large_big_2_40", <<131, 111, 0, 0, 0, 8, 0, 0, 0, 0, 0, 1, 0, 0, 0>>},
     {"large_big_too_big", <<131, 111, 0, 64, 0, 0, 0, 1>>},
     {"integer_5", <<131, 98, 0, 0, 0, 5>>},
     {"integer_m1", <<131, 98, 255, 255, 255, 255>>},
     {"large_tuple_2", <<131, 105, 0, 0, 0, 2, 97, 1, 97, 2>>},
     {"large_tuple_0", <<131, 105, 0, 0, 0, 0>>},
     {"list_list_tail", <<131, 108, 0, 0, 0, 1, 97, 1, 108, 0, 0, 0, 1, 97, 2, 106>>},
     {"list_string_tail", <<131, 108, 0, 0, 0, 1, 97, 1, 107, 0, 2, 3, 4>>},
     {"list_empty_string_tail", <<131, 108, 0, 0, 0, 1, 97, 1, 107, 0, 0>>},
     {"list_zero", <<131, 108, 0, 0, 0, 0, 97, 7>>},
     {"list_zero_tail", <<131, 108, 0, 0, 0, 1, 97, 1, 108, 0, 0, 0, 0, 106>>},
     {"list_zero_tail_improper", <<131, 108, 0, 0, 0, 1, 97, 1, 108, 0, 0, 0, 0, 97, 2>>},
     {"list_chain_improper", <<131, 108, 0, 0, 0, 1, 97, 1, 108, 0, 0, 0, 1, 97, 2, 100, 0, 1, $z>>},
     {"list_of_bytes", <<131, 108, 0, 0, 0, 2, 97, 1, 97, 2, 106>>},
     {"string_empty", <<131, 107, 0, 0>>},
     {"float_ext_1_5", Float("1.5")},
     {"float_ext_comma", Float("1,5")},
     {"float_ext_exp", Float("+1.25e+01")},
     {"float_ext_neg_zero", Float("-0.0")},
     {"float_ext_upper_e", Float("2.5E-3")},
     {"float_ext_no_dot", Float("1e10")},
     {"float_ext_no_digits", Float(".5")},
     {"float_ext_trailing", Float("1.5x")},
     {"float_ext_overflow", Float("1.0e400")},
     {"float_ext_underflow", Float("1.0e-400")},
     {"float_ext_zero_exp", Float("0.0e-400")},
     {"float_ext_denormal", Float("1.0e-310")},
     {"float_ext_abc", Float("abc")},
     {"new_float_inf", <<131, 70, 16#7F, 16#F0, 0, 0, 0, 0, 0, 0>>},
     {"new_float_nan", <<131, 70, 16#7F, 16#F8, 0, 0, 0, 0, 0, 1>>},
     {"pid_ext", <<131, 103, 100, 0, 8, "foo@bar1", 0, 0, 0, 9, 0, 0, 0, 1, 2>>},
     {"pid_ext_creation_4", <<131, 103, 100, 0, 8, "foo@bar1", 0, 0, 0, 9, 0, 0, 0, 1, 4>>},
     {"port_ext", <<131, 102, 100, 0, 8, "foo@bar1", 0, 0, 0, 9, 3>>},
     {"port_ext_creation_4", <<131, 102, 100, 0, 8, "foo@bar1", 0, 0, 0, 9, 4>>},
     {"new_port_big_id", <<131, 89, 100, 0, 8, "foo@bar1", 255, 255, 255, 255, 0, 0, 0, 1>>},
     {"new_port_max_v3_id", <<131, 89, 100, 0, 8, "foo@bar1", 16#0F, 255, 255, 255, 0, 0, 0, 1>>},
     {"v4_port_2_28", <<131, 120, 100, 0, 8, "foo@bar1", 0, 0, 0, 0, 16#10, 0, 0, 0, 0, 0, 0, 1>>},
     {"v4_port_small_id", <<131, 120, 100, 0, 8, "foo@bar1", 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 1>>},
     {"reference_ext", <<131, 101, 100, 0, 8, "foo@bar1", 0, 0, 0, 9, 1>>},
     {"reference_ext_big_id", <<131, 101, 100, 0, 8, "foo@bar1", 0, 4, 0, 0, 1>>},
     {"new_reference_ext", <<131, 114, 0, 2, 100, 0, 8, "foo@bar1", 1, 0, 0, 0, 9, 0, 0, 0, 10>>},
     {"new_reference_creation_4", <<131, 114, 0, 1, 100, 0, 8, "foo@bar1", 4, 0, 0, 0, 9>>},
     {"newer_reference_4", <<131, 90, 0, 4, 100, 0, 8, "foo@bar1", 0, 0, 0, 7,
                             0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4>>},
     {"newer_reference_6", <<131, 90, 0, 6, 100, 0, 8, "foo@bar1", 0, 0, 0, 7,
                             0:192>>},
     {"ref_node_small_atom_utf8", <<131, 90, 0, 1, 119, 8, "foo@bar1", 0, 0, 0, 7, 0, 0, 0, 1>>},
     {"pid_node_not_atom", <<131, 88, 97, 1, 0, 0, 0, 9, 0, 0, 0, 1, 0, 0, 0, 7>>},
     {"bit_binary_8", <<131, 77, 0, 0, 0, 2, 8, 1, 2>>},
     {"bit_binary_garbage", <<131, 77, 0, 0, 0, 1, 3, 255>>},
     {"bit_binary_empty", <<131, 77, 0, 0, 0, 0, 0>>},
     {"bit_binary_bits_0", <<131, 77, 0, 0, 0, 1, 0, 1>>},
     {"bit_binary_bits_9", <<131, 77, 0, 0, 0, 1, 9, 1>>},
     {"bit_binary_empty_bits_3", <<131, 77, 0, 0, 0, 0, 3>>},
     {"export_integer_arity", <<131, 113, 100, 0, 1, $m, 100, 0, 1, $f, 98, 0, 0, 1, 0>>},
     {"export_negative_arity", <<131, 113, 100, 0, 1, $m, 100, 0, 1, $f, 98, 255, 255, 255, 255>>},
     {"export_big_arity", <<131, 113, 100, 0, 1, $m, 100, 0, 1, $f, 110, 9, 0, 0:64, 1>>},
     {"export_atom_arity", <<131, 113, 100, 0, 1, $m, 100, 0, 1, $f, 100, 0, 1, $a>>},
     {"fun_size_zero", <<131, 112, 0:32, FunRest/binary>>},
     {"fun_too_many_free", <<131, 112, 0:32, 1, 0:128, 0:32, 256:32, 100, 0, 1, $m,
                             97, 0, 97, 0, 97, 1>>},
     {"map_unsorted_duplicate", <<131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 97, 1, 97, 2>>},
     {"map_zero_duplicate", <<131, 116, 0, 0, 0, 2, 70, 0:64, 97, 1, 70, 128, 0:56, 97, 2>>},
     {"map_nested_zero_duplicate", <<131, 116, 0, 0, 0, 2, 104, 1, 70, 0:64, 97, 1,
                                     104, 1, 70, 128, 0:56, 97, 2>>},
     {"map_int_float_keys", <<131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 70, 63, 240, 0:48, 97, 2>>},
     {"compressed_level1", <<131, 80, 0, 0, 0, 4, (Z(<<107, 0, 1, 9>>))/binary>>},
     {"compressed_size_big", <<131, 80, 0, 0, 0, 5, (Z(<<107, 0, 1, 9>>))/binary>>},
     {"compressed_size_small", <<131, 80, 0, 0, 0, 3, (Z(<<107, 0, 1, 9>>))/binary>>},
     {"compressed_corrupt", <<131, 80, 0, 0, 0, 4, 1, 2, 3, 4, 5, 6, 7>>},
     {"compressed_short", <<131, 80, 0, 0, 0>>},
     {"compressed_nested", <<131, 80, 0, 0, 0, 6, (Z(<<80, 0, 0, 0, 1, 106>>))/binary>>},
     {"fun_ext_old", <<131, 117, 0, 0, 0, 0, 100, 0, 1, $m, 97, 0, 97, 0>>},
     {"atom_cache_ref", <<131, 82, 0>>},
     {"dist_header", <<131, 68, 0>>},
     {"tag_0", <<131, 0>>},
     {"tag_200", <<131, 200>>},
     {"empty", <<>>},
     {"version_only", <<131>>},
     {"bad_version", <<130, 97, 1>>},
     {"truncated_tuple", <<131, 104, 2, 97, 1>>},
     {"truncated_integer", <<131, 98, 0, 0>>},
     {"list_huge_count", <<131, 108, 128, 0, 0, 0, 97, 1, 106>>},
     {"tuple_huge_count", <<131, 105, 255, 255, 255, 255, 97, 1>>},
     {"map_huge_count", <<131, 116, 128, 0, 0, 0, 97, 1, 97, 2>>},
     {"binary_huge_size", <<131, 109, 255, 255, 255, 255, 1, 2, 3>>},
     {"string_huge_size", <<131, 107, 255, 255, 1, 2, 3>>}].
