using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Holidays;

public class CombinedHolidaysTests
{
    private static readonly DateInterval Year2027 = new(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));

    [Fact]
    public void Built_in_holidays_combine_with_an_iCalendar_file_and_extra_and_removed_days()
    {
        var file = HolidayCalendar.FromICalendar(Fixtures.Text("us-office.ics"));
        var combined = HolidayCalendar.For(Country.US)
            .With(file)
            .With(new LocalDate(2027, 8, 20), "Company day")
            .Without(new LocalDate(2027, 10, 11));

        var holidays = combined.Occurrences(Year2027);
        Assert.Contains(new Holiday(new LocalDate(2027, 8, 20), "Company day"), holidays);
        Assert.DoesNotContain(holidays, h => h.Date == new LocalDate(2027, 10, 11)); // Columbus Day, removed
        Assert.Contains(new Holiday(new LocalDate(2027, 11, 26), "Thanksgiving and the day after"), holidays); // from the file
        Assert.Equal(2, holidays.Count(h => h.Date == new LocalDate(2027, 1, 1))); // in both, once each
        Assert.Equal(file.AllDayEventCount, combined.AllDayEventCount);
        Assert.Equal(file.IgnoredEvents, combined.IgnoredEvents);
        Assert.Null(combined.Jurisdiction);
    }

    [Fact]
    public void Adding_a_date_undoes_its_removal_and_the_other_way_round()
    {
        var day = new LocalDate(2027, 12, 24);
        var us = HolidayCalendar.For(Country.US);
        Assert.Contains(day, us.Between(Year2027));
        Assert.DoesNotContain(day, us.Without(day).Between(Year2027));
        Assert.Contains(new Holiday(day, "Office closed"), us.Without(day).With(day, "Office closed").Occurrences(Year2027));
        Assert.DoesNotContain(day, us.With(day, "x").Without(day).Between(Year2027));
        Assert.Equal([new Holiday(day, "b")], HolidayCalendar.Empty.With([new Holiday(day, "a"), new Holiday(day, "b")]).Occurrences(Year2027));
    }

    [Fact]
    public void The_known_dates_of_a_combination_are_those_all_parts_know()
    {
        // The Philippines is known from 2025, the UAE through 2025 only: together, the later start and the earlier end.
        var ph = HolidayCalendar.For(Country.PH);
        var ae = HolidayCalendar.For(Country.AE);
        Assert.True(ph.KnownFrom > ae.KnownFrom && ae.KnownThrough < ph.KnownThrough);
        var both = ph.With(ae);
        Assert.Equal(ph.KnownFrom, both.KnownFrom);
        Assert.Equal(ae.KnownThrough, both.KnownThrough);
        Assert.Equal(new LocalDate(2026, 1, 1), HolidayCalendar.For(Jurisdiction.Parse("IN-MH")).With(ph).KnownFrom);

        var omitted = HolidayCalendar.For(Jurisdiction.Parse("IN-MH")).WithUnknownHolidays(UnknownHolidays.Omit).With(HolidayCalendar.For(Country.US));
        Assert.Equal(new LocalDate(1900, 1, 1), omitted.KnownFrom);
        Assert.Equal(LocalDate.MinIsoValue, HolidayCalendar.Empty.KnownFrom);
        Assert.Equal(LocalDate.MaxIsoValue, HolidayCalendar.FromICalendar(Fixtures.Text("us-office.ics")).KnownThrough);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var us = HolidayCalendar.For(Country.US);
        Assert.Throws<ArgumentNullException>(() => us.With((HolidayCalendar)null!));
        Assert.Throws<ArgumentNullException>(() => us.With(new LocalDate(2027, 1, 1), null!));
        Assert.Throws<ArgumentNullException>(() => us.Without(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => us.WithUnknownHolidays((UnknownHolidays)7));
        Assert.Throws<ArgumentNullException>(() => us.Occurrences(null!));
    }
}
