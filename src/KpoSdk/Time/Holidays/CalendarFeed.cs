using NodaTime;

namespace KpoSdk.Time.Holidays;

/// <summary>A whole <see cref="HolidayCalendar"/> (with its own extra and removed days) as part of a combined one.</summary>
internal sealed class CalendarFeed(HolidayCalendar calendar) : HolidayFeed
{
    public HolidayCalendar Calendar { get; } = calendar;

    // A part that omits its unknown holidays sets no limit on the whole.
    public override LocalDate KnownFrom(bool includeOptional) =>
        Calendar.UnknownHolidays == UnknownHolidays.Omit ? LocalDate.MinIsoValue : Calendar.KnownFromFor(includeOptional);

    public override LocalDate KnownThrough(bool includeOptional) =>
        Calendar.UnknownHolidays == UnknownHolidays.Omit ? LocalDate.MaxIsoValue : Calendar.KnownThroughFor(includeOptional);

    public override void AddYear(int year, bool includeOptional, List<Holiday> holidays) =>
        holidays.AddRange(Calendar.YearOf(year, includeOptional || Calendar.IncludesOptionalHolidays).Holidays);

    public override IReadOnlyList<string> UnknownIn(int year, bool includeOptional) =>
        Calendar.UnknownHolidays == UnknownHolidays.Omit ? [] : Calendar.UnknownNamesIn(year, includeOptional || Calendar.IncludesOptionalHolidays);

    public override int AllDayEvents => Calendar.AllDayEventCount;

    public override IReadOnlyList<string> IgnoredEvents => Calendar.IgnoredEvents;

    public override string Describe() => Calendar.ToString();
}
