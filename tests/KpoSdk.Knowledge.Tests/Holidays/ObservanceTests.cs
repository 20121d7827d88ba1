using KpoSdk.Knowledge.Holidays;
using static KpoSdk.Knowledge.Tests.Holidays.Holidays;

namespace KpoSdk.Knowledge.Tests.Holidays;

/// <summary>Each observance rule, on the cases the law or an official list gives.</summary>
public class ObservanceTests
{
    [Fact]
    public void Nearest_weekday_moves_saturday_to_friday_and_sunday_to_monday_across_the_new_year()
    {
        // 5 U.S.C. 6103(b) and EO 11582: 1 January 2022 (Saturday) is observed on Friday 31 December 2021.
        var newYear = Define("new-year", HolidayRule.Fixed(1, 1), Observance.NearestWeekday);
        Assert.Equal(["2021-01-01 new-year", "2021-12-31 new-year (observed)"], Days(2021, newYear));
        Assert.Equal(["2022-01-01 new-year"], Days(2022, newYear));
        Assert.Equal(["2021-07-04 j", "2021-07-05 j (observed)"], Days(2021, Define("j", HolidayRule.Fixed(7, 4), Observance.NearestWeekday)));
    }

    [Fact]
    public void Sunday_to_monday_and_weekend_to_monday()
    {
        Assert.Equal(["2026-03-01 s", "2026-03-02 s (observed)"], Days(2026, Define("s", HolidayRule.Fixed(3, 1), Observance.SundayToMonday)));
        Assert.Equal(["2026-02-28 s"], Days(2026, Define("s", HolidayRule.Fixed(2, 28), Observance.SundayToMonday)));
        Assert.Equal(["2026-02-28 w", "2026-03-02 w (observed)"], Days(2026, Define("w", HolidayRule.Fixed(2, 28), Observance.WeekendToMonday)));
    }

    [Fact]
    public void Next_free_weekday_skips_days_already_taken_in_date_order()
    {
        // GOV.UK practice under the 1971 Act: Christmas 2027 (Saturday) → Monday 27, Boxing Day (Sunday) → Tuesday 28.
        HolidayDefinition[] christmas = [Define("christmas", HolidayRule.Fixed(12, 25), Observance.NextFreeWeekday), Define("boxing", HolidayRule.Fixed(12, 26), Observance.NextFreeWeekday)];
        Assert.Equal(["2027-12-25 christmas", "2027-12-26 boxing", "2027-12-27 christmas (observed)", "2027-12-28 boxing (observed)"], Days(2027, christmas));

        // 2022: Christmas on Sunday; Boxing Day is Monday 26 itself, so Christmas's substitute is Tuesday 27.
        Assert.Equal(["2022-12-25 christmas", "2022-12-26 boxing", "2022-12-27 christmas (observed)"], Days(2022, christmas));
    }

    [Fact]
    public void Next_free_day_is_any_day_not_a_holiday()
    {
        // Japan Art. 3(2), 2020: Constitution Day 3 May on a Sunday; 4 and 5 May are holidays, so 6 May (Cabinet Office list).
        var days = Days(2020, [.. new[] { 3, 4, 5 }.Select(d => Define($"may{d}", HolidayRule.Fixed(5, d), Observance.NextFreeDay))]);
        Assert.Equal("2020-05-06 may3 (observed)", days[^1]);
        Assert.Equal(4, days.Length);
    }

    [Fact]
    public void Sunday_to_next_non_holiday_gives_holidays_sharing_a_sunday_one_day()
    {
        // Malaysia 2026: Federal Territory Day and Thaipusam both on Sunday 1 February; one replacement day, Monday 2 February (JPA, Bernama 2026-01-08).
        var days = Days(2026, Define("ft-day", HolidayRule.Fixed(2, 1), Observance.SundayToNextNonHoliday), Define("thaipusam", HolidayRule.Fixed(2, 1), Observance.SundayToNextNonHoliday));
        Assert.Equal(["2026-02-01 ft-day", "2026-02-01 thaipusam", "2026-02-02 ft-day (observed)"], days);

        // Wesak on Sunday 31 May 2026, Agong's birthday Monday 1 June: the replacement is Tuesday 2 June; a Saturday holiday gets none.
        Assert.Equal(
            ["2026-05-31 wesak", "2026-06-01 agong", "2026-06-02 wesak (observed)"],
            Days(2026, Define("wesak", HolidayRule.Fixed(5, 31), Observance.SundayToNextNonHoliday), Define("agong", HolidayRule.NthWeekday(1, 1, 6))));
        Assert.Equal(["2026-08-01 sat"], Days(2026, Define("sat", HolidayRule.Fixed(8, 1), Observance.SundayToNextNonHoliday)));
    }

    [Fact]
    public void Moved_rules_keep_the_holiday_only_on_its_new_date()
    {
        // Colombia (Law 51 of 1983): Saint Joseph 19 March 2026 (Thursday) is held on Monday 23 March (co-2026.txt).
        Assert.Equal(["2026-03-23 joseph"], Days(2026, Define("joseph", HolidayRule.Fixed(3, 19), Observance.MovedToMonday)));
        Assert.Equal(["2026-03-23 monday"], Days(2026, Define("monday", HolidayRule.Fixed(3, 23), Observance.MovedToMonday)));

        // Moved nearest Monday: Tuesday/Wednesday back, Thursday to Sunday forward.
        Assert.Equal(["2026-03-16 tue"], Days(2026, Define("tue", HolidayRule.Fixed(3, 17), Observance.MovedNearestMonday)));
        Assert.Equal(["2026-03-23 thu"], Days(2026, Define("thu", HolidayRule.Fixed(3, 19), Observance.MovedNearestMonday)));

        // NSW Public Holidays Act 2010: Australia Day 26 January 2025 (Sunday) is Monday 27 January only.
        Assert.Equal(["2025-01-27 australia"], Days(2025, Define("australia", HolidayRule.Fixed(1, 26), Observance.MovedWeekendToMonday)));

        // Holidays Act (Canada) s.2: Canada Day 2029 (Sunday) is 2 July.
        Assert.Equal(["2029-07-02 canada"], Days(2029, Define("canada", HolidayRule.Fixed(7, 1), Observance.MovedSundayToMonday)));
        Assert.Equal(["2028-07-01 canada"], Days(2028, Define("canada", HolidayRule.Fixed(7, 1), Observance.MovedSundayToMonday)));

        // Netherlands: King's Day 27 April 2025 (Sunday) is Saturday 26 April.
        Assert.Equal(["2025-04-26 kings"], Days(2025, Define("kings", HolidayRule.Fixed(4, 27), Observance.MovedSundayToSaturday)));
    }

    [Fact]
    public void Moved_next_free_weekday_and_a_moved_holiday_that_stays_occupies_its_date()
    {
        // Tasmania 2021 (WorkSafe Tasmania table): Christmas Saturday (+ Monday 27), Boxing Day Sunday moved to Tuesday 28.
        HolidayDefinition[] tas = [Define("christmas", HolidayRule.Fixed(12, 25), Observance.NextFreeWeekday), Define("boxing", HolidayRule.Fixed(12, 26), Observance.MovedNextFreeWeekday)];
        Assert.Equal(["2021-12-25 christmas", "2021-12-27 christmas (observed)", "2021-12-28 boxing"], Days(2021, tas));

        // 2022: Christmas Sunday; Boxing Day stays on Monday 26 and occupies it, so Christmas's substitute is Tuesday 27.
        Assert.Equal(["2022-12-25 christmas", "2022-12-26 boxing", "2022-12-27 christmas (observed)"], Days(2022, tas));
    }

    [Fact]
    public void Optional_holidays_do_not_occupy_a_day_and_their_substitutes_are_optional()
    {
        var optional = Define("optional", HolidayRule.Fixed(12, 27), kind: HolidayKind.Optional);
        var christmas = Define("christmas", HolidayRule.Fixed(12, 25), Observance.NextFreeWeekday);
        Assert.Equal(["2027-12-25 christmas", "2027-12-27 christmas (observed)"], [.. HolidayEngine.Compute([optional, christmas], 2027, false).Occurrences.Select(o => $"{o.Date} {o.Name}")]);
        Assert.Equal(["2027-12-25 christmas", "2027-12-27 christmas (observed)", "2027-12-27 optional"], Days(2027, optional, christmas));

        var saturdayOptional = Define("o", HolidayRule.Fixed(12, 25), Observance.NextFreeWeekday, HolidayKind.Optional);
        Assert.All(HolidayEngine.Compute([saturdayOptional], 2027, true).Occurrences, o => Assert.Equal(HolidayKind.Optional, o.Definition.Kind));
        Assert.Empty(HolidayEngine.Compute([saturdayOptional], 2027, false).Occurrences);
    }
}
