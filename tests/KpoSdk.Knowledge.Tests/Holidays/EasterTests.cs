using KpoSdk.Knowledge.Holidays;

namespace KpoSdk.Knowledge.Tests.Holidays;

public class EasterTests
{
    // Western Easter Sundays: the Gregorian tables (e.g. 2285 is the earliest possible date, 22 March).
    [Theory]
    [InlineData(1900, 4, 15)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Western_Easter_matches_the_Gregorian_tables(int year, int month, int day) =>
        Assert.Equal(new CalendarDate(year, month, day), CivilDays.ToDate(EasterDates.Western(year)));

    // Orthodox Easter Sundays as Gregorian dates (Romania 2026: 12 April, ref list ro-2026.txt; 2021: 2 May; 2010 and 2025 coincide with Western Easter).
    [Theory]
    [InlineData(2010, 4, 4)]
    [InlineData(2021, 5, 2)]
    [InlineData(2024, 5, 5)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 12)]
    [InlineData(2100, 5, 2)]
    public void Orthodox_Easter_is_the_Julian_computus_as_a_Gregorian_date(int year, int month, int day) =>
        Assert.Equal(new CalendarDate(year, month, day), CivilDays.ToDate(EasterDates.Orthodox(year)));

    [Fact]
    public void Every_Easter_from_1900_to_2150_is_a_Sunday_in_its_season()
    {
        for (int year = 1900; year <= 2150; year++)
        {
            int western = EasterDates.Western(year);
            int orthodox = EasterDates.Orthodox(year);
            Assert.Equal(CivilDays.Sunday, CivilDays.DayOfWeek(western));
            Assert.Equal(CivilDays.Sunday, CivilDays.DayOfWeek(orthodox));
            Assert.InRange(western, CivilDays.Of(year, 3, 22), CivilDays.Of(year, 4, 25));
            Assert.InRange(orthodox, western, CivilDays.Of(year, 5, 9));
        }
    }

    [Fact]
    public void Day_numbers_round_trip_and_know_the_weekday()
    {
        Assert.Equal(1, CivilDays.DayOfWeek(CivilDays.Of(1, 1, 1)));
        Assert.Equal(CivilDays.Sunday, CivilDays.DayOfWeek(CivilDays.Of(2026, 4, 5)));
        for (int day = CivilDays.Of(1899, 12, 1); day <= CivilDays.Of(2152, 1, 31); day += 17)
        {
            var date = CivilDays.ToDate(day);
            Assert.Equal(day, CivilDays.Of(date));
        }
    }
}
