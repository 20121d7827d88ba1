using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Samples.Acme;

/// <summary>Tickets opened at awkward moments: before a weekend, a holiday and each clock change.</summary>
internal static class SampleTickets
{
    private static readonly LocalTime Afternoon = new(15, 0);

    /// <summary>The sample tickets for a client calendar, each at 15:00 client time.</summary>
    public static IEnumerable<(string Label, Instant Opened)> For(BusinessCalendar client, HolidayCalendar holidays)
    {
        var zone = client.Zone;
        yield return ("a weekend", At(zone, new LocalDate(2026, 2, 6)));

        foreach (var holiday in holidays.Between(ContractCoverage.Year).Where(h => h.Month >= 3 && client.Hours.On(h.PlusDays(-1).DayOfWeek).Count > 0).Take(1))
        {
            yield return ($"holiday {holiday:MM-dd}", At(zone, holiday.PlusDays(-1)));
        }

        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        var end = Instant.FromUtc(2027, 1, 1, 0, 0);
        foreach (var change in zone.GetZoneIntervals(start, end).Skip(1).Select(i => i.Start))
        {
            var date = change.InZone(zone).Date;
            var friday = date.PlusDays(-(((int)date.DayOfWeek - (int)IsoDayOfWeek.Friday + 7) % 7));
            yield return ($"clocks change {date:MM-dd}", At(zone, friday == date ? friday.PlusDays(-7) : friday));
        }
    }

    private static Instant At(DateTimeZone zone, LocalDate date) => date.At(Afternoon).InZoneLeniently(zone).ToInstant();
}
