using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Holidays;

public class BuiltInHolidaysTests
{
    private static readonly DateInterval Year2026 = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

    private static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    [Fact]
    public void A_subdivision_has_its_countrys_holidays_and_its_own_with_names()
    {
        var newYork = HolidayCalendar.For(Jurisdiction.Parse("US-NY"));
        var holidays = newYork.Occurrences(Year2026);

        // 5 U.S.C. 6103: Independence Day 2026 is a Saturday, observed on Friday 3 July.
        Assert.Contains(new Holiday(new LocalDate(2026, 7, 3), "Independence Day (observed)"), holidays);
        Assert.Contains(holidays, h => h.Date == new LocalDate(2026, 2, 12)); // Lincoln's Birthday, NY General Construction Law § 24
        Assert.DoesNotContain(HolidayCalendar.For(Country.US).Occurrences(Year2026), h => h.Date == new LocalDate(2026, 2, 12));
        Assert.Equal(Jurisdiction.Parse("US-NY"), newYork.Jurisdiction);
        Assert.Equal("US-NY public holidays", newYork.ToString());
    }

    [Fact]
    public void Diwali_in_Pune_is_a_holiday_of_IN_MH_in_2026()
    {
        // Maharashtra GAD general holidays 2026: Diwali Amavasya (Laxmi Pujan) Sunday 8 November, Diwali (Bali Pratipada) Tuesday 10 November.
        var maharashtra = HolidayCalendar.For(Jurisdiction.Parse("IN-MH"));
        var november = maharashtra.Occurrences(new DateInterval(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30)));
        Assert.Equal([new LocalDate(2026, 11, 8), new LocalDate(2026, 11, 10), new LocalDate(2026, 11, 24)], november.Select(h => h.Date));
        Assert.Contains("Diwali", november[1].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Beyond_the_published_lists_the_calendar_says_so_instead_of_missing_a_holiday()
    {
        var maharashtra = HolidayCalendar.For(Jurisdiction.Parse("IN-MH"));
        Assert.Equal(new LocalDate(2026, 1, 1), maharashtra.KnownFrom);
        Assert.Equal(new LocalDate(2026, 12, 31), maharashtra.KnownThrough);

        var error = Assert.Throws<HolidayDataUnavailableException>(() => maharashtra.Occurrences(new DateInterval(new LocalDate(2026, 12, 1), new LocalDate(2027, 1, 31))));
        Assert.Equal(Jurisdiction.Parse("IN-MH"), error.Jurisdiction);
        Assert.Equal(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 31)), error.Dates);
        Assert.Contains("known only from 2026-01-01 to 2026-12-31", error.Message, StringComparison.Ordinal);
        Assert.Contains("Diwali", error.Message, StringComparison.Ordinal);
        Assert.Contains("no published dates for 2027", error.Message, StringComparison.Ordinal);
        Assert.Contains("WithUnknownHolidays(UnknownHolidays.Omit)", error.Message, StringComparison.Ordinal);
        Assert.Throws<HolidayDataUnavailableException>(() => maharashtra.Between(Year(2025)));
    }

    [Fact]
    public void Omitting_unknown_holidays_gives_the_holidays_whose_dates_follow_from_rules()
    {
        var maharashtra = HolidayCalendar.For(Jurisdiction.Parse("IN-MH")).WithUnknownHolidays(UnknownHolidays.Omit);
        var dates = maharashtra.Between(Year(2027));

        // Fixed by law every year: Republic Day, Shivaji Jayanti, Ambedkar Jayanti, Maharashtra Din, Independence Day,
        // Gandhi Jayanti, Christmas; Good Friday from Easter. No Diwali: its 2027 date is not in the data.
        Assert.Contains(new LocalDate(2027, 1, 26), dates);
        Assert.Contains(new LocalDate(2027, 3, 26), dates);
        Assert.DoesNotContain(dates, d => (d.Month == 10 && d.Day != 2) || (d.Month == 11 && d.Day < 10));
        Assert.Equal(UnknownHolidays.Omit, maharashtra.UnknownHolidays);
        Assert.EndsWith("(unknown holidays omitted beyond)", maharashtra.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_holidays_close_nothing_unless_included()
    {
        // Victoria, Australia: Christmas Eve from 19:00 is a part-day holiday in SA/NT; in the data such days are optional.
        var sa = HolidayCalendar.For(Jurisdiction.Parse("AU-SA"));
        var withOptional = sa.WithOptionalHolidays();
        Assert.DoesNotContain(new LocalDate(2026, 12, 24), sa.Between(Year2026));
        Assert.Contains(new LocalDate(2026, 12, 24), withOptional.Between(Year2026));
        Assert.True(withOptional.IncludesOptionalHolidays);
    }

    [Fact]
    public void A_jurisdiction_without_data_is_a_clear_error_naming_what_is_covered()
    {
        var error = Assert.Throws<HolidayDataUnavailableException>(() => HolidayCalendar.For(Jurisdiction.Parse("IN-AP")));
        Assert.StartsWith("There are no built-in holidays for IN-AP (Andhra Pradesh): the built-in data for IN covers the country and IN-MH,", error.Message, StringComparison.Ordinal);
        Assert.Contains("Covered in IN: IN, IN-MH", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Dates);

        var brazil = Assert.Throws<HolidayDataUnavailableException>(() => HolidayCalendar.For(Country.BR));
        Assert.Contains("Countries covered: AE, AU, BG, CA, CH, CO, DE, EG, FR, GB, IE, IN, JP, LK, MX, MY, NL, NZ, PH, PL, RO, SG, US, VN, ZA", brazil.Message, StringComparison.Ordinal);

        Assert.False(HolidayCalendar.TryFor(Country.BR, out var none));
        Assert.Null(none);
        Assert.True(HolidayCalendar.TryFor(Jurisdiction.Parse("GB-LND"), out var london));
        Assert.Equal("GB-LND public holidays (those of GB-ENG)", london.ToString());
        Assert.Throws<ArgumentException>(() => HolidayCalendar.For(default));
        Assert.False(HolidayCalendar.TryFor(default, out _));
    }

    [Fact]
    public void Covered_lists_every_country_and_listed_subdivision()
    {
        Assert.Equal(145, HolidayCalendar.Covered.Count);
        Assert.Contains(Jurisdiction.Parse("US-DC"), HolidayCalendar.Covered);
        Assert.Contains(Jurisdiction.Parse("IN-KL"), HolidayCalendar.Covered);
        Assert.All(HolidayCalendar.Covered, j => Assert.True(HolidayCalendar.TryFor(j, out _), j.Code));
    }
}
