%% calendar with fixed dates: day_of_the_week, gregorian days/seconds,
%% time_difference, iso_week_number, valid_date, last_day_of_the_month, leap years.
-module(stdlib_calendar).
-export([main/1]).

main(_Args) ->
    Dates = [{2000, 1, 1}, {1970, 1, 1}, {2024, 2, 29}, {2023, 12, 31}, {1, 1, 1}, {2100, 3, 1}, {2021, 1, 3}],
    lists:foreach(fun(D) ->
                          io:format("~w dow=~w days=~w iso=~w~n",
                                    [D, calendar:day_of_the_week(D), calendar:date_to_gregorian_days(D),
                                     calendar:iso_week_number(D)])
                  end, Dates),
    io:format("~w~n", [[calendar:gregorian_days_to_date(N) || N <- [0, 1, 365, 366, 730485, 738000]]]),
    io:format("~w~n", [[calendar:valid_date(D) || D <- [{2023, 2, 29}, {2024, 2, 29}, {1900, 2, 29}, {2000, 2, 29}, {2023, 13, 1}, {2023, 4, 31}]]]),
    io:format("~w~n", [calendar:valid_date(2023, 6, 30)]),
    io:format("~w~n", [[calendar:last_day_of_the_month(Y, M) || {Y, M} <- [{2023, 2}, {2024, 2}, {1900, 2}, {2000, 2}, {2023, 4}, {2023, 12}]]]),
    io:format("~w~n", [[calendar:is_leap_year(Y) || Y <- [1900, 2000, 2023, 2024]]]),
    T1 = {{2023, 3, 1}, {10, 0, 0}},
    T2 = {{2024, 3, 1}, {9, 30, 15}},
    io:format("~w~n", [calendar:time_difference(T1, T2)]),
    io:format("~w~n", [calendar:time_difference(T2, T1)]),
    S = calendar:datetime_to_gregorian_seconds(T2),
    io:format("~w ~w~n", [S, calendar:gregorian_seconds_to_datetime(S + 86399)]),
    io:format("~w~n", [[calendar:seconds_to_daystime(100000), calendar:seconds_to_time(3725), calendar:time_to_seconds({1, 2, 5})]]),
    io:format("~w~n", [calendar:date_to_gregorian_days(2024, 12, 31) - calendar:date_to_gregorian_days(2024, 1, 1)]),
    io:format("~w~n", [calendar:day_of_the_week(2024, 7, 4)]),
    io:format("~w~n", [calendar:iso_week_number({2020, 12, 31})]),
    io:format("~w~n", [(catch calendar:last_day_of_the_month(2023, 13)) =/= ok]),
    io:format("~s~n", [calendar:system_time_to_rfc3339(0, [{offset, "Z"}])]),
    io:format("~w~n", [calendar:rfc3339_to_system_time("2021-05-06T07:08:09Z")]).
