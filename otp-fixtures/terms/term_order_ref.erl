%% Reference data for term order, equality and phash2 (src/Enigma.Runtime/Terms:
%% TermOrder, TermHash, TermPrinter).
%%
%% Prints one record per line, all ASCII, values as ~w:
%%
%%   N <count>                   number of terms; they are numbered 1..count
%%   T <i> <bin>                 term_to_binary(Term i), so a test can rebuild the term
%%   W <i> <text>                io_lib:format("~w", [Term i]) when printable ASCII
%%   WX <i> <bin>                the same text as a binary (all characters are < 256)
%%   H <i> <h1> <h2>...          phash2(T), then phash2(T, R) for each R of ranges()
%%   C <i> <row>                 for j = 1..count: < = > as Term i compares to Term j
%%                               (that is <, ==, > in Erlang's term order)
%%   X <i> <row>                 for j = 1..count: 1 when Term i =:= Term j, else 0
%%   S <indices>                 the indices in the order lists:sort puts [{T, I}]
%%   R <ranges>                  the ranges of the H records
%%
%% Deterministic: pids, ports and references are made from fixed text, and
%% other nodes' identifiers are decoded from fixed bytes.
-module(term_order_ref).
-export([main/1]).

main(_Args) ->
    Terms = terms(),
    N = length(Terms),
    Indexed = lists:zip(lists:seq(1, N), Terms),
    out(["R ", w(ranges())]),
    out(["N ", w(N)]),
    lists:foreach(
      fun({I, T}) ->
              out(["T ", w(I), " ", w(term_to_binary(T))]),
              emit_w(I, T),
              out(["H ", w(I), " ", w(erlang:phash2(T)) |
                   [[" ", w(erlang:phash2(T, R))] || R <- ranges()]]),
              out(["C ", w(I), " ", [cmp(T, U) || U <- Terms]]),
              out(["X ", w(I), " ", [exact(T, U) || U <- Terms]])
      end, Indexed),
    Sorted = lists:sort([{T, I} || {I, T} <- Indexed]),
    out(["S ", w([I || {_, I} <- Sorted])]),
    ok.

ranges() -> [1, 7, 1000, 65536, 16#7FFFFFFF, 16#FFFFFFFF, 1 bsl 32].

cmp(A, B) when A < B -> $<;
cmp(A, B) when A == B -> $=;
cmp(A, B) when A > B -> $>.

exact(A, B) when A =:= B -> $1;
exact(_, _) -> $0.

emit_w(I, T) ->
    Chars = lists:flatten(io_lib:format("~w", [T])),
    case lists:all(fun(C) -> C >= 32 andalso C =< 126 end, Chars) of
        true -> out(["W ", w(I), " ", Chars]);
        false -> out(["WX ", w(I), " ", w(list_to_binary(Chars))])
    end.

w(T) -> io_lib:format("~w", [T]).

out(IoList) ->
    io:put_chars([IoList, $\n]).

adder(N) -> fun(X) -> X + N end.

pair(A, B) -> fun() -> {A, B} end.

%% A pid, port and reference of another node (NEW_PID_EXT, V4_PORT_EXT,
%% NEWER_REFERENCE_EXT with an ATOM_UTF8_EXT node name).
remote_pid(Node, Id, Serial, Creation) ->
    binary_to_term(<<131, 88, (node_ext(Node))/binary, Id:32, Serial:32, Creation:32>>).

remote_port(Node, Id, Creation) ->
    binary_to_term(<<131, 120, (node_ext(Node))/binary, Id:64, Creation:32>>).

remote_ref(Node, Creation, Ids) ->
    binary_to_term(<<131, 90, (length(Ids)):16, (node_ext(Node))/binary, Creation:32,
                     << <<Id:32>> || Id <- Ids >>/binary>>).

node_ext(Node) ->
    Name = atom_to_binary(Node, utf8),
    <<118, (byte_size(Name)):16, Name/binary>>.

%% Built at run time: the compiler might fold a -0.0 literal into 0.0.
neg_zero() ->
    <<F/float>> = <<128, 0, 0, 0, 0, 0, 0, 0>>,
    F.

unaligned() ->
    <<_:3, Rest/bitstring>> = <<5, 200, 17, 99, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9>>,
    Rest.

terms() ->
    Max = 1.7976931348623157e308,
    MaxInt = trunc(Max),
    [
     %% small integers, around the 28-bit and 32-bit hash boundaries and the 60-bit small limit
     0, 1, -1, 42, 255, 256, -256, 1000,
     (1 bsl 27) - 1, 1 bsl 27, -(1 bsl 27), -(1 bsl 27) - 1,
     (1 bsl 31) - 1, 1 bsl 31, -(1 bsl 31), 1 bsl 32, -(1 bsl 32) - 5,
     (1 bsl 59) - 1, -(1 bsl 59),
     %% bignums
     1 bsl 59, -(1 bsl 59) - 1, 1 bsl 60, (1 bsl 63) - 1, 1 bsl 63, 1 bsl 64, (1 bsl 64) + 1,
     -(1 bsl 64), (1 bsl 100) + 12345, -(1 bsl 200) + 7, 1 bsl 127, (1 bsl 128) - 1,
     %% integers and floats around 2^53
     (1 bsl 53) - 2, (1 bsl 53) - 1, 1 bsl 53, (1 bsl 53) + 1, (1 bsl 53) + 2,
     9007199254740990.0, 9007199254740991.0, 9007199254740992.0, 9007199254740994.0,
     -9007199254740992.0, -(1 bsl 53) - 1,
     %% around 2^59 .. 2^64 and 2^1023 .. the largest float
     576460752303423488.0, 1152921504606846976.0, 18446744073709551616.0, -18446744073709551616.0,
     8.98846567431158e307, 1 bsl 1023, (1 bsl 1023) + 1, (1 bsl 1023) - 1, -(1 bsl 1023),
     -8.98846567431158e307,
     Max, MaxInt, MaxInt + 1, MaxInt - 1, 1 bsl 1024, -Max,
     %% floats
     0.0, neg_zero(), 1.0, -1.0, 0.5, 1.5, -1.5, 3.14, 42.0, 255.0, 1.0e-300, 5.0e-324, -5.0e-324,
     1.0e20, 1.0e19, 2.5e-5, 1000.0, 1.0e100,
     %% atoms: latin1, unicode (incl. one above the BMP and one in U+E000..U+FFFF)
     a, b, 'B', '', 'hello world', abc, abcd, abcde, true, false, nonode@nohost, zzz,
     'Ärger', 'é', 'ÿ', 'λ', '日本', '😀', 'ﬀ', 'a😀', 'aﬀ',
     %% references, funs, ports, pids: local and of other nodes
     list_to_ref("#Ref<0.1.2.3>"), list_to_ref("#Ref<0.0.0.4>"), list_to_ref("#Ref<0.3.2.1>"),
     list_to_ref("#Ref<0.0.0.262143>"), list_to_ref("#Ref<0.1023.0.0>"),
     remote_ref('other@host', 1, [3, 2, 1]), remote_ref('alpha@host', 2, [7, 8, 9]),
     remote_ref('other@host', 1, [4, 2, 1]),
     fun lists:map/2, fun lists:map/3, fun erlang:'+'/2, fun term_order_ref:main/1, fun lists:append/1,
     fun(X) -> X + 1 end, adder(5), adder(6), adder(a), pair(1, [x]), pair(2.0, <<"b">>),
     list_to_port("#Port<0.5>"), list_to_port("#Port<0.6>"), list_to_port("#Port<0.300000>"),
     remote_port('other@host', 5, 1), remote_port('alpha@host', 1 bsl 40, 3),
     list_to_pid("<0.100.2>"), list_to_pid("<0.101.0>"), list_to_pid("<0.0.1>"),
     list_to_pid("<0.32767.8191>"),
     remote_pid('other@host', 100, 2, 1), remote_pid('alpha@host', 1, 0, 7),
     remote_pid('other@host', 100, 2, 2),
     %% tuples
     {}, {a}, {b}, {a, b}, {1, 2, 3}, {1.0, a}, {1, a}, {{{}}}, {[], [[]], {}},
     {1, {2, {3, {4, {5}}}}}, {a, "str", <<"bin">>, 2.5, -7},
     %% maps, incl. different sizes and keys, int vs float keys, and two of more than 32 keys
     #{}, #{a => 1}, #{a => 1.0}, #{b => 1}, #{1 => a}, #{1.0 => a}, #{a => 1, b => 2},
     #{a => 2, b => 1}, #{a => 1, c => 0}, #{1 => a, 1.0 => b}, #{2 => x, 1.0 => y},
     #{#{} => [], {x} => <<1>>, [] => #{}}, #{"k" => [1, 2], <<"k">> => {}},
     maps:from_list([{I, I * I} || I <- lists:seq(1, 40)]),
     maps:from_list([{I, I * I} || I <- lists:seq(1, 39)] ++ [{40, 0}]),
     maps:from_list([{I, I} || I <- lists:seq(1, 33)]),
     maps:from_list([{list_to_atom([$k | integer_to_list(I)]), I} || I <- lists:seq(1, 32)]),
     %% lists
     [], [a], [a | b], [1, 2, 3], "abc", "abcd", "abcde", "abcdefghi", [256, 1], [1, 256, 2, 3],
     [1.0], [1], [[]], [[[]]], [a, {b, [c]}], [1 | 2], [1, 2 | 3], [1, 2 | <<>>], "hello" ++ [1000],
     [955, 8364], [-1, 0, 255], [0, 0, 0, 0, 0], [[1, 2], [3]], [{}, #{}, []],
     %% bitstrings
     <<>>, <<0>>, <<1, 2, 3>>, <<1, 2, 4>>, <<1, 2>>, <<"twelve bytes">>, <<"thirteen byte">>,
     <<"hello world, this is longer than twenty-four bytes">>,
     list_to_binary(lists:seq(0, 255)), list_to_binary([X rem 251 || X <- lists:seq(1, 1000)]),
     <<1:1>>, <<0:1>>, <<1:7>>, <<255, 3:2>>, <<1, 2, 3, 4:4>>, <<1, 2, 3, 64:7>>, <<255:8, 1:1>>,
     unaligned(), <<"twelve bytes", 5:3>>,
     %% nested mixtures
     [#{a => [1, 2, {3, <<4>>}]}, {fun lists:map/2, 1.5}, [[[[x]]]]],
     {#{1 => [2, 3]}, [<<5:3>>, neg_zero()], {(1 bsl 70), -(1 bsl 70)}}
    ].
