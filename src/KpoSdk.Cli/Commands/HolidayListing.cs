using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Cli.Commands;

/// <summary>The holidays <c>kpo holidays</c> lists: each with whether it is optional, and the calendar they come from.</summary>
internal sealed record HolidayListing(Jurisdiction Jurisdiction, DateInterval Dates, HolidayCalendar Calendar, IReadOnlyList<(Holiday Holiday, bool Optional)> Holidays, int OptionalLeftOut)
{
    /// <summary>
    /// The built-in holidays of <paramref name="jurisdiction"/> in <paramref name="dates"/>; with
    /// <paramref name="withOptional"/>, optional ones too, told apart as the days the calendar
    /// without them does not have. No data for the place or the year is a usage error with the
    /// SDK's message, which says what is covered.
    /// </summary>
    public static HolidayListing Of(Jurisdiction jurisdiction, DateInterval dates, bool withOptional)
    {
        try
        {
            var calendar = HolidayCalendar.For(jurisdiction);
            var days = calendar.Occurrences(dates);
            if (!withOptional)
            {
                return new HolidayListing(jurisdiction, dates, calendar, [.. days.Select(h => (h, false))], OptionalCount(calendar, dates, days.Count));
            }

            var all = calendar.WithOptionalHolidays();
            var remaining = days.ToList();
            var marked = all.Occurrences(dates).Select(h => (h, Optional: !remaining.Remove(h))).ToList();
            return new HolidayListing(jurisdiction, dates, all, marked, 0);
        }
        catch (HolidayDataUnavailableException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    /// <summary>How many optional holidays the listing leaves out; 0 when their dates are not known for the year.</summary>
    private static int OptionalCount(HolidayCalendar calendar, DateInterval dates, int publicCount)
    {
        try
        {
            return calendar.WithOptionalHolidays().Occurrences(dates).Count - publicCount;
        }
        catch (HolidayDataUnavailableException)
        {
            return 0;
        }
    }
}
