%% Build a binary of N records byte by byte, then parse it back with bit syntax.
-module(binparse).
-export([main/1]).

main([Arg]) ->
    N = list_to_integer(Arg),
    Bin = build(N, 0, <<>>),
    {Count, Sum} = parse(Bin, 0, 0),
    io:format("binparse ~b: ~b bytes, ~b records, checksum ~b~n",
              [N, byte_size(Bin), Count, Sum]).

%% Record: 8-bit tag, 16-bit little-endian value, 32-bit big-endian word.
build(0, _, Acc) -> Acc;
build(N, I, Acc) ->
    Tag = I band 255,
    V16 = (I * 7) band 16#ffff,
    W32 = (I * 2654435761) band 16#ffffffff,
    build(N - 1, I + 1, <<Acc/binary, Tag:8, V16:16/little, W32:32>>).

parse(<<Tag:8, V16:16/little, W32:32, Rest/binary>>, Count, Sum) ->
    parse(Rest, Count + 1, (Sum + Tag + V16 + (W32 bsr 16)) band 16#fffffff);
parse(<<>>, Count, Sum) -> {Count, Sum}.
