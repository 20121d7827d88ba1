namespace KpoSdk.Knowledge.Holidays;

/// <summary>How a holiday rule finds its date in a year (tools/data/holidays/FORMAT.md, "Rule forms").</summary>
internal enum HolidayRuleForm
{
    /// <summary>The same month and day every year (<c>fixed</c>).</summary>
    Fixed,

    /// <summary>The nth (or last) weekday of a month (<c>nth</c>).</summary>
    NthWeekday,

    /// <summary>The first given weekday on or after a month and day (<c>onOrAfter</c>).</summary>
    WeekdayOnOrAfter,

    /// <summary>The last given weekday on or before a month and day (<c>onOrBefore</c>).</summary>
    WeekdayOnOrBefore,

    /// <summary>Days after Western (Gregorian) Easter Sunday (<c>easter</c>).</summary>
    Easter,

    /// <summary>Days after Orthodox (Julian computus) Easter Sunday (<c>orthodoxEaster</c>).</summary>
    OrthodoxEaster,

    /// <summary>Dates listed per year by an annual instrument or a lunar calendar (<c>dates</c>).</summary>
    Tabulated,

    /// <summary>A day between two national holidays (Japan's Citizens' Holiday, <c>betweenHolidays</c>).</summary>
    BetweenHolidays,
}
