%% The bit syntax and the binary BIFs. main/1 prints {Name, Result} with ~w for every
%% exported t_*/0 function, where Result is the value or {Class, Reason} (run/1); the
%% emulator tests call run/1 directly for each name and compare the printed lines.
%% Values go through id/1 so that the compiler cannot fold the construction away.
-module(core_bits).
-export([main/1, run/1]).
-export([t_integers/0, t_integer_sizes/0, t_little_signed/0, t_bignum_segments/0,
         t_floats/0, t_float_match/0, t_binary_segments/0, t_bits/0, t_utf_build/0,
         t_utf_match/0, t_utf8_decode/0, t_utf8_invalid/0, t_head_match/0,
         t_case_match/0, t_string_match/0, t_comprehension/0, t_bit_comprehension/0,
         t_append/0, t_append_shared/0, t_append_loop/0, t_positions/0, t_tail_unit/0,
         t_big_binary/0, t_badarg_type/0, t_badarg_size/0, t_badarg_float/0,
         t_badarg_utf8/0, t_badarg_binary/0, t_badarg_unit/0, t_guard_build/0,
         t_term_to_binary/0, t_binary_to_term/0, t_binary_to_term_bad/0,
         t_iolists/0, t_iolist_errors/0, t_size_bifs/0, t_list_conversions/0,
         t_part_split/0, t_atom_binary/0, t_integer_binary/0, t_binary_module/0,
         t_unsigned/0, t_binary_module_errors/0, t_compare/0, t_float_special/0,
         t_float16_rounding/0, t_stdlib/0, t_deep_etf/0, t_long_append/0]).

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

id(X) -> X.

%% An error as {error, Reason}: stack traces differ between erl and a direct call of run/1.
e(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.

%% ---- construction ----

t_integers() ->
    A = id(1), B = id(300), C = id(-1),
    [<<A, B, C>>, <<B:16>>, <<C:16>>, <<A:4, B:4>>, <<B:0>>, <<C:3>>, <<A:1, 0:1, A:1>>,
     <<B:2/unit:8>>, <<B:3/unit:4>>, <<16#1234:16/big>>, <<A:64>>, <<C:64>>, <<C:7, A:9>>].

t_integer_sizes() ->
    [<<(id(5)):(id(S))>> || S <- [0, 1, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65]].

t_little_signed() ->
    X = id(16#ABC), N = id(-2),
    [<<X:12/little>>, <<16#ABCDE:20/little>>, <<X:16/little>>, <<N:16/little-signed>>,
     <<N:16/native>>, <<X:32/little>>, <<X:24/little>>,
     begin <<V:12/little>> = <<X:12/little>>, V end,
     begin <<W:12/little, _/bits>> = id(<<1,2,3>>), W end,
     begin <<Y:16/little-signed>> = <<N:16/little>>, Y end,
     begin <<Z:5/signed, Q:3/signed>> = id(<<16#F3>>), {Z, Q} end,
     begin <<S1:16/signed>> = id(<<255, 254>>), S1 end,
     begin <<U1:16/unsigned>> = id(<<255, 254>>), U1 end,
     begin <<L1:24/little-signed>> = id(<<1, 2, 255>>), L1 end,
     begin <<L2:13/little-signed, _:3>> = id(<<1, 255>>), L2 end].

t_bignum_segments() ->
    Big = id(1 bsl 70), Neg = id(-(1 bsl 70) - 5),
    B1 = <<Big:80>>, B2 = <<Neg:80>>, B3 = <<Big:80/little>>, B4 = <<Neg:100/little-signed>>,
    <<R1:80>> = B1, <<R2:80/signed>> = B2, <<R3:80/little>> = B3, <<R4:100/little-signed>> = B4,
    <<R5:80/signed>> = B1,
    [B1, B2, B3, B4, R1, R2, R3, R4, R5, <<(id(-1)):100>>, <<(id(1 bsl 64)):64>>,
     begin <<U:72>> = id(<<255,255,255,255,255,255,255,255,255>>), U end,
     begin <<S:72/signed>> = id(<<255,255,255,255,255,255,255,255,254>>), S end,
     begin <<T:65/little, _:7>> = id(<<1,2,3,4,5,6,7,8,128>>), T end].

t_floats() ->
    F = id(1.5), I = id(3), G = id(-0.1),
    [<<F/float>>, <<F:32/float>>, <<F:16/float>>, <<F:64/little-float>>, <<I/float>>,
     <<G:32/float>>, <<G:16/float>>, <<G:32/little-float>>, <<(id(1 bsl 80)):64/float>>,
     <<F:32/float-unit:2>>, <<(id(1)):1, F/float>>, <<(id(65504.0)):16/float>>].

t_float_match() ->
    Bins = [<<1.5/float>>, <<1.5:32/float>>, <<(-0.1):32/float>>, <<2.5:16/float>>,
            <<1.0e300/float>>, <<7.25:64/little-float>>, <<1:1, 1.5/float, 0:7>>],
    [f64(B) || B <- Bins] ++ [f32(B) || B <- Bins] ++ [f16(B) || B <- Bins] ++
        [begin <<X:64/little-float>> = id(<<7.25:64/little-float>>), X end,
         begin <<_:1, Y/float, _:7>> = id(<<1:1, 1.5/float, 0:7>>), Y end].

f64(<<X/float>>) -> X;
f64(_) -> nomatch.
f32(<<X:32/float>>) -> X;
f32(_) -> nomatch.
f16(<<X:16/float>>) -> X;
f16(_) -> nomatch.

t_float_special() ->
    Nan64 = id(<<16#7FF8000000000000:64>>), Inf64 = id(<<16#7FF0000000000000:64>>),
    Nan32 = id(<<16#7FC00000:32>>), Inf16 = id(<<16#7C00:16>>),
    [f64(Nan64), f64(Inf64), f32(Nan32), f16(Inf16), f32(<<(id(16#00000001)):32>>),
     f16(<<(id(1)):16>>), f16(<<16#3555:16>>), f32(<<16#FF7FFFFF:32>>)].

t_binary_segments() ->
    B = id(<<1, 2, 3, 4>>), E = id(<<>>), Odd = id(<<5:3>>),
    [<<B/binary, "x">>, <<B:2/binary>>, <<B:1/binary-unit:16>>, <<E/binary, B/binary>>,
     <<Odd/bits, B/binary>>, <<B/bits, Odd/bitstring>>, <<Odd:2/bits>>, <<B:(id(3))/binary, 9>>,
     <<(id(<<"abc">>))/binary, (id(<<"def">>))/binary>>, <<"lit", B/binary, "eral">>,
     <<B/binary-unit:32>>, <<Odd/bits, Odd/bits, Odd/bits>>].

t_bits() ->
    B = id(<<1:1, 0:1, 1:1>>),
    <<X:3, Y/bits>> = id(<<200, 7:5>>),
    <<P:1, Q:2, R/bitstring>> = B,
    [B, bit_size(B), byte_size(B), X, Y, bit_size(Y), P, Q, R, is_binary(B), is_bitstring(B),
     is_binary(Y), <<B/bits, B/bits, B/bits>>, <<0:0>>, <<(id(255)):9>>, <<(id(-1)):9/little>>].

t_utf_build() ->
    Cs = id([$a, 16#E9, 16#20AC, 16#1F600, 0, 16#7F, 16#80, 16#7FF, 16#800, 16#FFFF, 16#10000, 16#10FFFF]),
    [<< <<C/utf8>> || C <- Cs >>, << <<C/utf16>> || C <- Cs >>, << <<C/utf16-little>> || C <- Cs >>,
     << <<C/utf32>> || C <- Cs >>, << <<C/utf32-little>> || C <- Cs >>, <<"héllo"/utf8>>,
     <<"€"/utf16>>, <<(id(1)):1, (id(16#E9))/utf8>>].

t_utf_match() ->
    [begin <<C/utf8, R/binary>> = id(<<16#20AC/utf8, "z">>), {C, R} end,
     begin <<C2/utf16, _/binary>> = id(<<16#1F600/utf16>>), C2 end,
     begin <<C3/utf16-little>> = id(<<16#1F600/utf16-little>>), C3 end,
     begin <<C4/utf32>> = id(<<16#10FFFF:32>>), C4 end,
     begin <<C5/utf32-little>> = id(<<16#E9:32/little>>), C5 end,
     utf32(<<16#D800:32>>), utf32(<<16#110000:32>>), utf16(<<16#DC00:16>>), utf16(<<16#D800:16, 1:16>>),
     utf16(<<16#D83D:16, 16#DE00:16>>), skip_utf(<<16#1F600/utf8, 1>>), skip_utf(<<1, 2>>)].

utf32(<<C/utf32>>) -> C;
utf32(_) -> nomatch.
utf16(<<C/utf16>>) -> C;
utf16(_) -> nomatch.
skip_utf(<<_/utf8, R/binary>>) -> R;
skip_utf(_) -> nomatch.

t_utf8_decode() ->
    [decode(id(<<"h€llo wörld 😀"/utf8>>)), decode(id(<<>>)), unicode_len(id(<<"añb"/utf8>>), 0)].

decode(<<C/utf8, Rest/binary>>) -> [C | decode(Rest)];
decode(<<>>) -> [];
decode(Bad) -> {bad, Bad}.

unicode_len(<<_/utf8, Rest/binary>>, N) -> unicode_len(Rest, N + 1);
unicode_len(<<>>, N) -> N.

t_utf8_invalid() ->
    [decode(id(B)) || B <- [<<16#C0, 16#80>>, <<16#E0, 16#80, 16#80>>, <<16#ED, 16#A0, 16#80>>,
                            <<16#F4, 16#90, 16#80, 16#80>>, <<16#80>>, <<16#C3>>, <<16#F8, 1, 1, 1, 1>>,
                            <<16#E2, 16#82>>, <<"ok", 16#FF>>, <<16#C2, 16#41>>]].

%% ---- matching ----

t_head_match() ->
    [tlv(id(<<3, "abc", 2, "de", 0>>)), tlv(id(<<5, "ab">>)), tlv(id(<<>>)), tlv(id(not_a_binary)),
     pairs(id(<<1, 2, 3, 4, 5>>)), sizes(id(<<2:4, 3:2, 7:8, 1:8>>))].

tlv(<<Len:8, Data:Len/binary, Rest/binary>>) -> [Data | tlv(Rest)];
tlv(<<>>) -> [];
tlv(Other) -> {stop, Other}.

pairs(<<A, B, Rest/binary>>) -> [{A, B} | pairs(Rest)];
pairs(Rest) -> [Rest].

sizes(<<N:4, M:2, X:N/unit:4, Y:M/binary-unit:1, _/bits>>) -> {N, M, X, Y};
sizes(_) -> nomatch.

t_case_match() ->
    F = fun(Bin, Size) ->
            case Bin of
                <<X:Size, 0:1, _/bits>> -> {first, X};
                <<X:Size/little, Rest/binary>> when byte_size(Rest) > 1 -> {second, X, Rest};
                <<_:Size, T/bits>> -> {third, T};
                <<>> -> empty;
                _ -> none
            end
        end,
    [F(id(<<1, 2, 3>>), 8), F(id(<<1, 128, 3, 4>>), 8), F(id(<<1, 255>>), 8), F(id(<<>>), 8),
     F(id(<<1, 2>>), 24), F(id(<<1, 2, 3>>), 0), F(id(<<1, 2, 3>>), -1), F(id(<<1, 2, 3>>), foo)].

t_string_match() ->
    M = fun(<<"abc", Rest/binary>>) -> {abc, Rest};
           (<<"ab", C, Rest/binary>>) -> {ab, C, Rest};
           (<<"x", _:3, "y", Rest/bits>>) -> {xy, Rest};
           (<<_, "é"/utf8>>) -> latin;
           (Other) -> {other, Other}
        end,
    [M(id(<<"abcdef">>)), M(id(<<"abxyz">>)), M(id(<<"abc">>)), M(id(<<"a">>)),
     M(id(<<"x", 0:3, "y", 5:5>>)), M(id(<<1, "é"/utf8>>)), M(id(<<"ab">>))].

t_comprehension() ->
    Bin = id(<<1, 2, 3, 4, 5>>),
    [<< <<X>> || <<X>> <= Bin >>, << <<(X * 2):16>> || <<X:4>> <= Bin >>,
     [X || <<X:3>> <= id(<<255, 0>>)], << <<X, Y>> || <<X, Y>> <= Bin >>,
     << <<X>> || <<X>> <= Bin, X rem 2 =:= 1 >>, << <<X:4>> || X <- [1, 2, 3] >>,
     [{X, Y} || <<X:4, Y:4>> <= id(<<16#12, 16#34>>)], << <<B/binary>> || B <- [<<"a">>, <<"bc">>, <<>>] >>,
     << <<(byte_size(B))>> || B <- [<<"ab">>, <<>>] >>].

t_bit_comprehension() ->
    Bits = id(<<2#10110:5>>),
    [[B || <<B:1>> <= Bits], << <<(1 - B):1>> || <<B:1>> <= Bits >>, << <<X:3>> || X <- [1, 2, 3, 4] >>,
     << <<X/bits>> || <<X:2/bits>> <= <<2#101101:6>> >>, << <<X:N>> || {X, N} <- [{1, 1}, {2, 7}, {3, 9}] >>].

t_append() ->
    A = id(<<1>>),
    B = <<A/binary, 2>>,
    C = <<B/binary, 3, 4>>,
    D = <<C/binary, A/binary>>,
    Odd = <<A/binary, 1:3>>,
    [A, B, C, D, Odd, <<Odd/bits, 2:5>>, <<(id(<<>>))/binary, 7>>].

t_append_shared() ->
    A = id(<<1, 2>>),
    B = <<A/binary, 3>>,
    C = <<A/binary, 4>>,
    D = <<B/binary, 5>>,
    E = <<B/binary, 6>>,
    F = <<C/binary, 7:4>>,
    G = <<F/bits, 8:4>>,
    H = <<F/bits, 9:4>>,
    [A, B, C, D, E, F, G, H].

t_append_loop() ->
    Bin = build(1000, <<>>),
    Bits = build_bits(13, <<>>),
    [byte_size(Bin), sum(Bin, 0), binary:part(Bin, 995, 5), bit_size(Bits), Bits].

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, (N rem 256)>>).

build_bits(0, Acc) -> Acc;
build_bits(N, Acc) -> build_bits(N - 1, <<Acc/bits, (N rem 2):1>>).

sum(<<X, Rest/binary>>, Acc) -> sum(Rest, Acc + X);
sum(<<>>, Acc) -> Acc.

t_positions() ->
    %% Nested matches that save and restore positions, tails and skips.
    P = fun(<<1, X:8, _/binary>>) -> {one, X};
           (<<1, _:4, Y:4, _/binary>>) -> {two, Y};
           (<<_:16, Z:8>>) -> {three, Z};
           (<<_:8, _:8, Rest/binary>>) -> {rest, Rest};
           (_) -> short
        end,
    [P(id(<<1, 2, 3>>)), P(id(<<2, 2, 3>>)), P(id(<<2, 2, 3, 4>>)), P(id(<<2>>)), P(id(<<1>>)),
     tail(id(<<9, 8, 7, 6>>))].

tail(<<_:8, T/binary>> = All) -> {T, All, tail2(T)}.
tail2(<<_:16, T/binary>>) -> T.

t_tail_unit() ->
    U = fun(<<_:3, R/binary>>) -> {bytes, R};
           (<<_:3, R/bits>>) -> {bits, R};
           (_) -> none
        end,
    [U(id(<<1, 2>>)), U(id(<<1, 2:5>>)), U(id(<<1:2>>)), U(id(<<7:3>>))].

t_big_binary() ->
    B = list_to_binary(lists:seq(0, 255)),
    Big = <<B/binary, B/binary, B/binary, B/binary>>,
    <<_:100/binary, Mid:10/binary, _/binary>> = Big,
    Shifted = <<1:3, Big/binary>>,
    <<_:3, Back/binary>> = Shifted,
    [byte_size(Big), Mid, Back =:= Big, binary:at(Big, 1000), bit_size(Shifted),
     binary:part(Big, {1, 3}), e(fun() -> binary:at(Shifted, 1) end)].

%% ---- errors ----

t_badarg_type() -> <<(id(a)):8>>.
t_badarg_size() -> <<1:(id(-1))>>.
t_badarg_float() -> <<(id(foo))/float>>.
t_badarg_utf8() -> <<(id(16#D800))/utf8>>.
t_badarg_binary() -> <<(id(<<1:3>>))/binary>>.
t_badarg_unit() -> X = id(<<1, 2, 3>>), <<X:2/binary-unit:16>>.

t_guard_build() ->
    G = fun(X) when byte_size(<<X:8>>) =:= 1 -> ok;
           (_) -> failed
        end,
    [G(id(1)), G(id(a)), e(fun() -> <<(id(1.5)):8>> end), e(fun() -> <<(id(1)):(id(a))>> end),
     e(fun() -> <<(id(<<1>>)):2/binary>> end), e(fun() -> <<(id(16#110000))/utf16>> end), e(fun() -> <<(id(-1))/utf32>> end),
     e(fun() -> <<(id(1.0e300)):32/float>> end), e(fun() -> <<(id(1.5)):(id(24))/float>> end), e(fun() -> <<(id(1 bsl 1100))/float>> end)].

%% ---- term_to_binary / binary_to_term ----

t_term_to_binary() ->
    Terms = [0, 255, 256, -1, 1 bsl 40, -(1 bsl 80), 1.5, atom, 'é', "abc", [1, 2 | 3], {}, {a, {b}},
             <<1, 2>>, <<1:3>>, #{a => 1, b => [x]}, [], [300, 1], {[], <<>>, ""}],
    [{term_to_binary(T), binary_to_term(term_to_binary(T)) =:= T} || T <- Terms] ++
        [term_to_binary(id({a, "b", <<"c">>}), [compressed]), term_to_binary(id(1.5), [{minor_version, 0}]),
         binary_to_term(term_to_binary(id(lists:seq(1, 200)), [compressed])) =:= lists:seq(1, 200),
         term_to_binary(id(<<0:800>>), [{compressed, 9}])].

t_binary_to_term() ->
    [binary_to_term(id(<<131, 97, 1, 2, 3>>)), binary_to_term(id(<<131, 100, 0, 3, 97, 98, 99, 9>>)),
     binary_to_term(id(<<131, 104, 2, 97, 1, 97, 2>>), [safe]),
     binary_to_term(id(<<131, 97, 7, 0>>), [used]),
     binary_to_term(id(<<131, 100, 0, 2, 111, 107>>), [safe]),
     e(fun() -> binary_to_term(id(<<131, 100, 0, 8, "no_atom_", 1>>), [safe]) end),
     e(fun() -> binary_to_term(id(<<131, 100, 0, 9, "new_atom1">>), [safe, used]) end)].

t_binary_to_term_bad() ->
    [e(fun() -> binary_to_term(id(B)) end) || B <- [<<>>, <<131>>, <<130, 97, 1>>, <<131, 104, 2, 97, 1>>, not_binary,
                                                 <<131, 97:3>>, <<131, 255>>]].

%% ---- iolists ----

t_iolists() ->
    L = id([1, [2, <<3>>], <<4, 5>>, [[[]]], [6 | <<7>>], "89" | <<10>>]),
    [iolist_to_binary(L), iolist_size(L), list_to_binary(L), iolist_to_binary(<<1, 2>>),
     iolist_size(<<1, 2, 3>>), iolist_to_binary([]), list_to_bitstring(id([1, <<2:3>>])),
     list_to_bitstring(id([<<1:1>>, [<<1:1>>, 255], <<>> | <<3:2>>])), iolist_to_binary(deep(1000, <<"x">>)),
     iolist_size(deep(1000, <<"x">>)), erlang:iolist_to_iovec([<<1>>, [2], <<>>])].

deep(0, Acc) -> Acc;
deep(N, Acc) -> deep(N - 1, [Acc]).

t_iolist_errors() ->
    [e(fun() -> iolist_to_binary(id(X)) end) || X <- [[256], [-1], [a], [<<1:3>>], [1 | 2], atom, [[1], 1.0]]] ++
        [e(fun() -> iolist_size(id([1 | a])) end), e(fun() -> list_to_binary(id(<<1>>)) end), e(fun() -> list_to_bitstring(id([a])) end),
         e(fun() -> list_to_binary(id([<<1:1>>])) end)].

%% ---- BIFs ----

t_size_bifs() ->
    B = id(<<1, 2, 3:4>>),
    [byte_size(B), bit_size(B), size(id(<<1, 2, 3>>)), size(id({a, b})), byte_size(id(<<>>)),
     e(fun() -> byte_size(id(a)) end), e(fun() -> bit_size(id([])) end), e(fun() -> size(id([1])) end), e(fun() -> size(B) end)].

t_list_conversions() ->
    B = id(<<"hello">>),
    [binary_to_list(B), binary_to_list(B, 2, 4), binary_to_list(B, 5, 5), bitstring_to_list(id(<<1, 2:3>>)),
     bitstring_to_list(B), e(fun() -> binary_to_list(B, 4, 2) end), e(fun() -> binary_to_list(B, 0, 1) end),
     e(fun() -> binary_to_list(id(<<1:3>>)) end), e(fun() -> binary_to_list(B, 1, 6) end), e(fun() -> bitstring_to_list(id(a)) end)].

t_part_split() ->
    B = id(<<"abcdef">>),
    [binary_part(B, 1, 3), binary_part(B, {6, -2}), binary_part(B, {0, 0}), split_binary(B, 2),
     split_binary(B, 0), split_binary(B, 6), e(fun() -> binary_part(B, 4, 3) end), e(fun() -> split_binary(B, 7) end),
     e(fun() -> binary_part(B, {-1, 2}) end), e(fun() -> split_binary(id(<<1:3>>), 1) end)].

t_atom_binary() ->
    [atom_to_binary(id(hello)), atom_to_binary(id('é'), utf8), atom_to_binary(id('é'), latin1),
     atom_to_binary(id('a b'), unicode), binary_to_atom(id(<<"xyz">>)), atom_to_list(binary_to_atom(id(<<"é"/utf8>>), utf8)),
     binary_to_atom(id(<<233>>), latin1) =:= 'é', binary_to_atom(id(<<16#20AC/utf8>>), utf8) =:= '€',
     binary_to_atom(id(<<"a">>), latin1), binary_to_existing_atom(id(<<"hello">>), utf8),
     e(fun() -> binary_to_existing_atom(id(<<"surely_not_an_atom_yet">>), utf8) end),
     e(fun() -> binary_to_atom(id(<<255>>), utf8) end), e(fun() -> atom_to_binary(id("s")) end),
     e(fun() -> atom_to_binary(id('€'), latin1) end), e(fun() -> binary_to_atom(id(<<0:2048>>), latin1) end)].

t_integer_binary() ->
    [integer_to_binary(id(0)), integer_to_binary(id(-123)), integer_to_binary(id(1 bsl 70)),
     integer_to_binary(id(255), 16), integer_to_binary(id(-255), 2), integer_to_binary(id(35), 36),
     binary_to_integer(id(<<"42">>)), binary_to_integer(id(<<"-0042">>)), binary_to_integer(id(<<"+7">>)),
     binary_to_integer(id(<<"ff">>), 16), binary_to_integer(id(<<"Zz">>), 36),
     binary_to_integer(id(<<"123456789012345678901234567890">>)),
     e(fun() -> binary_to_integer(id(<<"">>)) end), e(fun() -> binary_to_integer(id(<<"1.0">>)) end),
     e(fun() -> binary_to_integer(id(<<"12">>), 2) end), e(fun() -> integer_to_binary(id(1.0)) end),
     e(fun() -> integer_to_binary(id(1), 37) end), e(fun() -> binary_to_integer(id(<<" 1">>)) end)].

t_binary_module() ->
    B = id(<<"hello world">>),
    [binary:part(B, 6, 5), binary:part(B, {11, -5}), binary:first(B), binary:last(B), binary:at(B, 4),
     binary:copy(B), binary:copy(<<"ab">>, 3), binary:copy(<<"ab">>, 0), binary:bin_to_list(B),
     binary:bin_to_list(B, 6, 5), binary:bin_to_list(B, {0, 5}), binary:list_to_bin([<<"a">>, $b, ["c"]]),
     binary:referenced_byte_size(B), binary:referenced_byte_size(binary:part(B, 0, 2)) >= 2].

t_unsigned() ->
    [binary:decode_unsigned(id(<<1, 0>>)), binary:decode_unsigned(id(<<1, 0>>), little),
     binary:decode_unsigned(id(<<>>)), binary:decode_unsigned(id(<<0, 0, 255, 1, 2, 3, 4, 5, 6, 7, 8>>)),
     binary:encode_unsigned(id(256)), binary:encode_unsigned(id(256), little), binary:encode_unsigned(id(0)),
     binary:encode_unsigned(id(1 bsl 72)), binary:encode_unsigned(id(1 bsl 72), little),
     e(fun() -> binary:encode_unsigned(id(-1)) end), e(fun() -> binary:decode_unsigned(id(<<1:3>>)) end),
     e(fun() -> binary:decode_unsigned(id(<<1>>), middle) end)].

t_binary_module_errors() ->
    [e(fun() -> binary:first(id(<<>>)) end), e(fun() -> binary:last(id(<<>>)) end), e(fun() -> binary:at(id(<<1>>), 1) end),
     e(fun() -> binary:part(id(<<1>>), 0, 2) end), e(fun() -> binary:copy(id(<<1>>), -1) end), e(fun() -> binary:bin_to_list(id(<<1>>), 1, 1) end),
     e(fun() -> binary:first(id(<<1:3>>)) end), e(fun() -> binary:list_to_bin(id([a])) end)].

t_compare() ->
    [<<1>> < <<1, 0>>, <<1:1>> < <<1>>, <<0:1>> < <<0:2>>, <<2>> > <<1, 255>>, <<1, 2>> =:= <<1, 2:8>>,
     <<1:7>> == <<1:7>>, lists:sort([<<3>>, <<1:3>>, <<>>, <<1, 2>>, <<1>>, <<0:1>>]), <<1>> =:= <<1:9>>].

t_float16_rounding() ->
    X = id(1 + math:pow(2, -11) + math:pow(2, -40)),
    [<<X:16/float>>, <<(id(65520.0)):16/float>>, <<(id(1.0e-8)):16/float>>, <<(id(-0.0)):16/float>>,
     <<(id(6.0e-5)):16/float>>, <<(id(65504)):16/float>>, <<(id(0.1)):16/little-float>>].

t_stdlib() ->
    Text = id(<<"Enigma runs BEAM files: bits & bytes!">>),
    Encoded = base64:encode(Text),
    [Encoded, base64:decode(Encoded) =:= Text, base64:encode_to_string(<<1, 2, 3>>),
     base64:mime_decode(<<"QUJD\nREVG">>), lists:flatten(io_lib:format("~w", [<<1, 2:3>>])),
     erlang:list_to_binary(lists:duplicate(3, "ab"))].

%% The long loops below recurse in the body, so they test binaries rather than how a
%% tail call that runs out of reductions yields (core_basics covers tail calls).
t_deep_etf() ->
    Deep = nest(100000),
    Bin = term_to_binary(Deep),
    [byte_size(Bin), binary_to_term(Bin) =:= Deep, binary_part(Bin, 0, 8)].

nest(0) -> [];
nest(N) -> [nest(N - 1)].

t_long_append() ->
    Bin = grow(200000),
    [byte_size(Bin), total(Bin), binary:part(Bin, 199995, 5)].

grow(0) -> <<>>;
grow(N) -> <<(grow(N - 1))/binary, (N rem 256)>>.

total(<<X, Rest/binary>>) -> X + total(Rest);
total(<<>>) -> 0.
