using KpoSdk.Time.ICalendar;
using NodaTime;

namespace KpoSdk.Time.Holidays;

/// <summary>The all-day events of an iCalendar file, which recur without end: every date is known.</summary>
internal sealed class ICalendarFeed(ICalendarFile file) : HolidayFeed
{
    public override LocalDate KnownFrom(bool includeOptional) => LocalDate.MinIsoValue;

    public override LocalDate KnownThrough(bool includeOptional) => LocalDate.MaxIsoValue;

    public override void AddYear(int year, bool includeOptional, List<Holiday> holidays) =>
        holidays.AddRange(file.Expand(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))));

    public override void CheckLimits(DateInterval dates) => file.CheckLimits(dates);

    public override IReadOnlyList<string> UnknownIn(int year, bool includeOptional) => [];

    public override int AllDayEvents => file.AllDayEventCount;

    public override IReadOnlyList<string> IgnoredEvents => file.IgnoredEvents;

    public override string Describe() => $"iCalendar holidays ({file.AllDayEventCount} all-day event{(file.AllDayEventCount == 1 ? "" : "s")})";
}
