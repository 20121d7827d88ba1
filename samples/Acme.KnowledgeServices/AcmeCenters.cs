using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Samples.Acme;

/// <summary>A delivery centre of Acme: where it is, who runs it, and the days it is closed in 2027.</summary>
internal sealed record AcmeCenter(string Name, Country Country, string Zone, string Engagement, IReadOnlyList<LocalDate> Holidays)
{
    /// <summary>The centre's time zone.</summary>
    public DateTimeZone TimeZone => DateTimeZoneProviders.Tzdb[Zone];

    /// <summary>The calendar of one shift worked at this centre, closed on its holidays.</summary>
    public BusinessCalendar Shift(WeeklyHours hours) => BusinessCalendar.Create(TimeZone, hours).WithHolidays(Holidays);
}

/// <summary>Acme Knowledge Services' captive centre and third-party partners.</summary>
internal static class AcmeCenters
{
    /// <summary>Acme's own division in Pune (captive).</summary>
    public static readonly AcmeCenter Pune = new("Pune", Country.IN, "Asia/Kolkata", "captive",
        Dates("2027-01-26", "2027-05-01", "2027-08-15", "2027-10-02"));

    /// <summary>A third-party partner in Manila.</summary>
    public static readonly AcmeCenter Manila = new("Manila", Country.PH, "Asia/Manila", "third-party",
        Dates("2027-01-01", "2027-03-25", "2027-03-26", "2027-04-09", "2027-08-30", "2027-11-01", "2027-11-30", "2027-12-30"));

    /// <summary>A third-party partner in Kraków.</summary>
    public static readonly AcmeCenter Krakow = new("Kraków", Country.PL, "Europe/Warsaw", "third-party",
        Dates("2027-01-01", "2027-01-06", "2027-03-29", "2027-05-03", "2027-05-27", "2027-11-01", "2027-11-11", "2027-12-24"));

    /// <summary>All three, in follow-the-sun order.</summary>
    public static readonly IReadOnlyList<AcmeCenter> All = [Manila, Pune, Krakow];

    /// <summary>The centre of that name.</summary>
    public static AcmeCenter Named(string name) => All.Single(c => c.Name == name);

    internal static LocalDate[] Dates(params string[] dates) =>
        [.. dates.Select(d => NodaTime.Text.LocalDatePattern.Iso.Parse(d).GetValueOrThrow())];
}
