using KpoSdk.Knowledge.Holidays;
using static KpoSdk.Knowledge.Tests.Holidays.Holidays;

namespace KpoSdk.Knowledge.Tests.Holidays;

/// <summary>Every rule form of tools/data/holidays/FORMAT.md and its modifiers, on hand-made definitions.</summary>
public class RuleFormTests
{
    [Fact]
    public void Fixed_nth_last_and_weekday_on_or_after_or_before()
    {
        Assert.Equal(["2026-07-04 fixed"], Days(2026, Define("fixed", HolidayRule.Fixed(7, 4))));
        Assert.Equal(["2026-01-19 mlk"], Days(2026, Define("mlk", HolidayRule.NthWeekday(3, 1, 1))));
        Assert.Equal(["2026-05-25 memorial"], Days(2026, Define("memorial", HolidayRule.NthWeekday(-1, 1, 5))));
        // Victoria Day: the Monday on or before 24 May (2026: 18 May; 2027: 24 May, itself a Monday).
        Assert.Equal(["2026-05-18 victoria"], Days(2026, Define("victoria", HolidayRule.WeekdayOnOrBefore(1, 5, 24))));
        Assert.Equal(["2027-05-24 victoria"], Days(2027, Define("victoria", HolidayRule.WeekdayOnOrBefore(1, 5, 24))));
        // Buss- und Bettag: the Wednesday before 23 November = on or before 22 November.
        Assert.Equal(["2026-11-18 bbt"], Days(2026, Define("bbt", HolidayRule.WeekdayOnOrBefore(3, 11, 22))));
        Assert.Equal(["2026-09-21 onOrAfter"], Days(2026, Define("onOrAfter", HolidayRule.WeekdayOnOrAfter(1, 9, 15))));
    }

    [Fact]
    public void Easter_relative_days_in_both_computations()
    {
        Assert.Equal(["2026-04-03 good-friday"], Days(2026, Define("good-friday", HolidayRule.Easter(-2))));
        Assert.Equal(["2026-05-25 whit-monday"], Days(2026, Define("whit-monday", HolidayRule.Easter(50))));
        Assert.Equal(["2026-04-13 orthodox-monday"], Days(2026, Define("orthodox-monday", HolidayRule.OrthodoxEaster(1))));
    }

    [Fact]
    public void Offset_then_shift_by_weekday()
    {
        // US Election Day: the Tuesday after the first Monday of November.
        Assert.Equal(["2026-11-03 election"], Days(2026, Define("election", HolidayRule.NthWeekday(1, 1, 11).With(1, 0, null))));

        // Ireland's St Brigid's Day (S.I. 2022): the first Monday of February, or 1 February when that is a Friday.
        var brigid = HolidayRule.Fixed(2, 1).With(0, 0, [0, 6, 5, 4, 0, 2, 1]);
        Assert.Equal(["2023-02-06 brigid"], Days(2023, Define("brigid", brigid)));
        Assert.Equal(["2026-02-02 brigid"], Days(2026, Define("brigid", brigid)));
        Assert.Equal(["2030-02-01 brigid"], Days(2030, Define("brigid", brigid)));
    }

    [Fact]
    public void Every_nth_year_counts_from_the_first_year()
    {
        // Mexico, Transmisión del Poder Ejecutivo Federal: 1 October every six years from 2024 (LFT art. 74, DOF 2024-09-30).
        var transfer = Define("transfer", HolidayRule.Fixed(10, 1).With(0, 6, null), from: 2024);
        Assert.Equal(["2024-10-01 transfer"], Days(2024, transfer));
        Assert.Empty(Days(2027, transfer));
        Assert.Equal(["2030-10-01 transfer"], Days(2030, transfer));
        Assert.Empty(Days(2018, transfer));
    }

    [Fact]
    public void From_and_to_bound_the_years_inclusively()
    {
        var juneteenth = Define("juneteenth", HolidayRule.Fixed(6, 19), from: 2021);
        Assert.Empty(Days(2020, juneteenth));
        Assert.Equal(["2021-06-19 juneteenth"], Days(2021, juneteenth));
        var old = Define("old", HolidayRule.Fixed(12, 1), from: 1970, to: 2018);
        Assert.Equal(["2018-12-01 old"], Days(2018, old));
        Assert.Empty(Days(2019, old));
    }

    [Fact]
    public void Overrides_replace_a_years_date_and_get_no_observance()
    {
        // UK Early May bank holiday 2020 moved to Friday 8 May by proclamation (Banking and Financial Dealings Act 1971 s.1(3)).
        var earlyMay = Define("early-may", HolidayRule.NthWeekday(1, 1, 5), Observance.NextFreeWeekday, overrides: new() { [2020] = [new CalendarDate(2020, 5, 8)], [2021] = [] });
        Assert.Equal(["2020-05-08 early-may"], Days(2020, earlyMay));
        Assert.Empty(Days(2021, earlyMay));
        Assert.Equal(["2026-05-04 early-may"], Days(2026, earlyMay));
    }

    [Fact]
    public void Tabulated_dates_know_their_years()
    {
        var diwali = Define("diwali", Table(2025, 2026, (2025, 10, 20), (2026, 11, 8)));
        Assert.Equal(["2026-11-08 diwali"], Days(2026, diwali));
        Assert.Empty(HolidayEngine.Compute([diwali], 2026, false).Unknown);

        // Beyond the table, and before its knownFrom: unknown, not "no Diwali".
        Assert.Equal([diwali], HolidayEngine.Compute([diwali], 2027, false).Unknown);
        Assert.Equal([diwali], HolidayEngine.Compute([diwali], 2024, false).Unknown);
        Assert.Empty(Days(2027, diwali));

        // Without knownFrom the years before the table have none; knownThrough later than the last year: none in between.
        var oneOff = Define("funeral", Table(null, 2150, (2022, 9, 19)));
        Assert.Empty(HolidayEngine.Compute([oneOff], 2021, false).Unknown);
        Assert.Empty(HolidayEngine.Compute([oneOff], 2040, false).Unknown);
        Assert.Equal(["2022-09-19 funeral"], Days(2022, oneOff));

        // A tabulated holiday outside its own from/to years is not unknown: it does not apply.
        var before = Define("new", Table(2026, 2026, (2026, 3, 1)), from: 2026);
        Assert.Empty(HolidayEngine.Compute([before], 2020, false).Unknown);
    }

    [Fact]
    public void A_citizens_holiday_is_a_weekday_between_two_national_holidays()
    {
        // Japan 2026 (Cabinet Office list): Respect for the Aged Day 21 Sep, Autumnal Equinox 23 Sep, so 22 Sep.
        var aged = Define("aged", HolidayRule.NthWeekday(3, 1, 9));
        var equinox = Define("equinox", Table(null, 2026, (2026, 9, 23)));
        var between = Define("citizens", HolidayRule.BetweenHolidays(), from: 1986);
        Assert.Equal(["2026-09-21 aged", "2026-09-22 citizens", "2026-09-23 equinox"], Days(2026, aged, equinox, between));

        // Never a Sunday (2027: Saturday 1 May and Monday 3 May around Sunday 2 May) ...
        Assert.Equal(["2027-05-01 sat", "2027-05-03 mon"], Days(2027, Define("sat", HolidayRule.Fixed(5, 1)), Define("mon", HolidayRule.Fixed(5, 3)), between));

        // ... and a substitute day is not a national holiday: Sunday 2 May's substitute is Monday 3 May, so Tuesday 4 May stays a working day.
        Assert.Equal(
            ["2027-05-02 sun", "2027-05-03 sun (observed)", "2027-05-05 wed"],
            Days(2027, Define("sun", HolidayRule.Fixed(5, 2), Observance.NextFreeDay), Define("wed", HolidayRule.Fixed(5, 5)), between));
    }

    [Fact]
    public void Optional_holidays_are_left_out_unless_asked_for()
    {
        var restricted = Define("restricted", HolidayRule.Fixed(3, 3), kind: HolidayKind.Optional);
        Assert.Empty(HolidayEngine.Compute([restricted], 2026, includeOptional: false).Occurrences);
        Assert.Single(HolidayEngine.Compute([restricted], 2026, includeOptional: true).Occurrences);
    }
}
