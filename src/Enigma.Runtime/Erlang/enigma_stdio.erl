%% The standard I/O server of an Enigma node: the group leader of every process
%% until OTP's own user/group servers run. It answers the I/O protocol
%% ({io_request, From, ReplyAs, Request}) for output the way OTP 25's user server
%% does under erl -noshell: the device encoding is latin1, and characters above 255
%% written as unicode come out as \x{HEX}. Bytes go to the node's stdout through the
%% BIF enigma:put_chars/1. Input is not supported yet.
-module(enigma_stdio).
-export([start/0]).

start() ->
    loop().

loop() ->
    receive
        {io_request, From, ReplyAs, Request} ->
            From ! {io_reply, ReplyAs, request(Request)},
            loop();
        _Other ->
            loop()
    end.

request({put_chars, Encoding, Chars}) ->
    put_chars(Encoding, Chars);
request({put_chars, Encoding, Module, Function, Args}) ->
    try apply(Module, Function, Args) of
        Chars -> put_chars(Encoding, Chars)
    catch
        _:_ -> {error, {put_chars, Module, Function, Args}}
    end;
request({put_chars, Chars}) ->
    put_chars(latin1, Chars);
request({put_chars, Module, Function, Args}) ->
    request({put_chars, latin1, Module, Function, Args});
request({requests, Requests}) ->
    requests(Requests, ok);
request({setopts, _Options}) ->
    ok;
request(getopts) ->
    [{binary, false}, {encoding, unicode}];
request({get_geometry, _}) ->
    {error, enotsup};
request(_Other) ->
    {error, request}.

requests([], Result) ->
    Result;
requests([Request | Rest], ok) ->
    requests(Rest, request(Request));
requests(_, Error) ->
    Error.

put_chars(unicode, Chars) ->
    case catch unicode:characters_to_binary(Chars, unicode, latin1) of
        Binary when is_binary(Binary) ->
            write(Binary);
        _ ->
            case catch unicode:characters_to_list(Chars, unicode) of
                List when is_list(List) ->
                    write(list_to_binary([escape(C) || C <- List]));
                _ ->
                    {error, put_chars}
            end
    end;
put_chars(latin1, Chars) ->
    write(catch unicode:characters_to_binary(Chars, latin1, latin1)).

escape(C) when C > 255 -> ["\\x{", integer_to_list(C, 16), $}];
escape(C) -> C.

write(Binary) when is_binary(Binary) ->
    enigma:put_chars(Binary);
write(_Error) ->
    {error, put_chars}.
