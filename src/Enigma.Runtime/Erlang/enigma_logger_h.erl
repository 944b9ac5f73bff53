%% Stands in for kernel's default logger handler (logger_std_h with type standard_io):
%% each event is formatted by the handler's formatter and written to the user device.
%% It writes from the process that logs; logger_std_h's own process, overload
%% protection and file options are not there yet.
-module(enigma_logger_h).
-export([log/2]).

log(Event, #{formatter := {Formatter, Config}}) ->
    io:put_chars(user, Formatter:format(Event, Config)).
