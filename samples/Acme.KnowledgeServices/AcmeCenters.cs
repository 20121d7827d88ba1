using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Samples.Acme;

/// <summary>A delivery centre of Acme: where it is, who runs it, and its public holidays (built in, for its jurisdiction).</summary>
internal sealed record AcmeCenter(string Name, Jurisdiction Jurisdiction, string Zone, string Engagement, HolidayCalendar Holidays)
{
    /// <summary>The country the centre is in.</summary>
    public Country Country => Jurisdiction.Country;

    /// <summary>The centre's time zone.</summary>
    public DateTimeZone TimeZone => DateTimeZoneProviders.Tzdb[Zone];

    /// <summary>The calendar of one shift worked at this centre, closed on its holidays.</summary>
    public BusinessCalendar Shift(WeeklyHours hours) => BusinessCalendar.Create(TimeZone, hours).WithHolidays(Holidays);

    /// <summary>The centre's holidays on <paramref name="date"/> (none on most days).</summary>
    public IReadOnlyList<Holiday> HolidaysOn(LocalDate date) => Holidays.Occurrences(new DateInterval(date, date));
}

/// <summary>Acme Knowledge Services' captive centre and third-party partners.</summary>
internal static class AcmeCenters
{
    /// <summary>Acme's own division in Pune (captive): Maharashtra's general holidays, Diwali included.</summary>
    public static readonly AcmeCenter Pune = new("Pune", Jurisdiction.Parse("IN-MH"), "Asia/Kolkata", "captive", HolidayCalendar.For(Jurisdiction.Parse("IN-MH")));

    /// <summary>
    /// A third-party partner in Manila: the Philippine holidays of 2026 are all known (Proclamation 1006, and
    /// Eid'l Adha on 27 May by Proclamation 1264), so, like Pune, the calendar is strict.
    /// </summary>
    public static readonly AcmeCenter Manila = new("Manila", Country.PH, "Asia/Manila", "third-party", HolidayCalendar.For(Country.PH));

    /// <summary>A third-party partner in Kraków (Lesser Poland; Poland's holidays are national).</summary>
    public static readonly AcmeCenter Krakow = new("Kraków", Jurisdiction.Parse("PL-12"), "Europe/Warsaw", "third-party", HolidayCalendar.For(Jurisdiction.Parse("PL-12")));

    /// <summary>All three, in follow-the-sun order.</summary>
    public static readonly IReadOnlyList<AcmeCenter> All = [Manila, Pune, Krakow];

    /// <summary>The centre of that name.</summary>
    public static AcmeCenter Named(string name) => All.Single(c => c.Name == name);
}
