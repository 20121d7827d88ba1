using KpoSdk.Knowledge.Holidays;
using static KpoSdk.Knowledge.Tests.Holidays.Holidays;

namespace KpoSdk.Knowledge.Tests.Holidays;

/// <summary>A subdivision has its country's national holidays unless its data excludes or replaces them.</summary>
public class SubdivisionTests
{
    [Fact]
    public void A_state_inherits_the_national_holidays_and_adds_its_own()
    {
        // US-CA: federal holidays (5 U.S.C. 6103) less Columbus Day, plus César Chávez Day (Gov. Code § 6700).
        var national = ClosedDays("US", 2026);
        var california = ClosedDays("US-CA", 2026);
        Assert.Contains("2026-03-31", california);
        Assert.DoesNotContain("2026-03-31", national);
        Assert.Contains("2026-10-12", national);
        Assert.DoesNotContain("2026-10-12", california);
        Assert.Contains("2026-01-19", california);
    }

    [Fact]
    public void Exclusion_and_replacement_follow_the_state_list()
    {
        // Maharashtra 2026 (GAD notification): no Janmashtami (central list: 4 September); Holi on 3 March, not
        // the central 4 March; Diwali Bali Pratipada 10 November is Maharashtra's own.
        var mh = ClosedDays("IN-MH", 2026);
        Assert.DoesNotContain("2026-09-04", mh);
        Assert.Contains("2026-03-03", mh);
        Assert.DoesNotContain("2026-03-04", mh);
        Assert.Contains("2026-11-10", mh);
        Assert.Contains("2026-09-04", ClosedDays("IN", 2026));
        Assert.Contains(Of("IN-MH").Definitions, d => d.Id == "holi" && d.Sources.Contains("in-mh-2026"));
    }

    [Fact]
    public void An_unlisted_subdivision_uses_the_enclosing_listed_one_or_the_national_list_where_the_data_says_so()
    {
        Assert.Equal("GB-ENG", Of("GB-LND").Code);
        Assert.Equal("FR-971", Of("FR-GP").Code);
        Assert.Equal("FR", Of("FR-75C").Code);
        Assert.Equal("PL", Of("PL-12").Code);

        Assert.Null(HolidayData.Resolve("FR-GES", out string? differ));
        Assert.Contains("FR-57, FR-67, FR-68", differ, StringComparison.Ordinal);
        Assert.Null(HolidayData.Resolve("IN-AP", out string? notCovered));
        Assert.Contains("IN-MH", notCovered, StringComparison.Ordinal);
        Assert.Null(HolidayData.Resolve("BR", out string? noCountry));
        Assert.Equal("it is not among the countries covered", noCountry);
        Assert.Null(HolidayData.Resolve("BR-SP", out string? noCountryForSubdivision));
        Assert.Equal("none for its country, BR, either", noCountryForSubdivision);
    }

    [Fact]
    public void Known_years_are_where_every_table_is_known()
    {
        var mh = Of("IN-MH");
        Assert.Equal(2026, mh.KnownFrom(false));
        Assert.Equal(2026, mh.KnownThrough(false));
        Assert.Equal(2025, Of("IN").KnownFrom(false));
        Assert.Equal(1900, Of("US").KnownFrom(false));
        Assert.Equal(2150, Of("US").KnownThrough(false));
        Assert.Equal(["diwali", "mh-diwali-bali-pratipada"], UnknownIds("IN-MH", 2027).Where(id => id.Contains("diwali", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_covered_jurisdiction_computes_every_year_of_the_range()
    {
        foreach (string code in HolidayData.CoveredCodes())
        {
            var set = Of(code);
            for (int year = HolidayYears.First; year <= HolidayYears.Last; year += year is > 2015 and < 2040 ? 1 : 7)
            {
                var computed = set.Compute(year, includeOptional: true);
                Assert.All(computed.Occurrences, o => Assert.Equal(year, o.Date.Year));
            }
        }
    }
}
