using System.Text.Json;
using KpoSdk.Cli.Tests.Infrastructure;

namespace KpoSdk.Cli.Tests.Commands;

/// <summary><c>kpo holidays</c> in process: the listing, its optional holidays, JSON, and each way it refuses.</summary>
public sealed class HolidaysCommandTests
{
    [Fact]
    public void Lists_New_York_holidays_with_weekdays_substitute_days_and_the_known_years()
    {
        var result = Kpo.Run("holidays", "US-NY", "2027");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("US-NY (New York) public holidays in 2027: 17 days", lines[0]);
        // New York's own (Lincoln's Birthday, Election Day) beside the federal ones; 4 July 2027 is a Sunday.
        Assert.Contains("2027-02-12  Fri  Lincoln's Birthday", lines);
        Assert.Contains("2027-11-02  Tue  General Election Day", lines);
        Assert.Contains("2027-07-05  Mon  Independence Day (observed)", lines);
        Assert.Equal(17, lines.Count(l => l.StartsWith("2027-", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.EndsWith("(optional)", StringComparison.Ordinal));
        Assert.Contains("1 optional holiday left out; --optional lists it.", lines);
        Assert.StartsWith("Known 1900-01-01 to 2150-12-31. Sources: ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void With_optional_holidays_marks_the_ones_the_public_calendar_does_not_close()
    {
        var result = Kpo.Run("holidays", "US-NY", "2027", "--optional");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("US-NY (New York) public and optional holidays in 2027: 18 days", lines[0]);
        Assert.Equal(["2027-06-13  Sun  Flag Day  (optional)"], lines.Where(l => l.EndsWith("(optional)", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.Contains("left out", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_has_the_same_days_as_the_text_with_names_unescaped()
    {
        var text = Kpo.Run("holidays", "CA-QC", "2027", "--optional");
        var result = Kpo.Run("holidays", "CA-QC", "2027", "--optional", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"name\": \"Fête nationale du Québec (National Holiday)\"", result.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("CA-QC", root.GetProperty("jurisdiction").GetString());
        Assert.Equal(2027, root.GetProperty("year").GetInt32());
        Assert.True(root.GetProperty("includesOptional").GetBoolean());
        Assert.Equal("2150-12-31", root.GetProperty("knownThrough").GetString());
        var days = root.GetProperty("holidays").EnumerateArray()
            .Select(h => $"{h.GetProperty("date").GetString()}  {h.GetProperty("weekday").GetString()![..3]}  {h.GetProperty("name").GetString()}{(h.GetProperty("optional").GetBoolean() ? "  (optional)" : "")}")
            .ToList();
        Assert.Equal(text.Output.Split('\n').Where(l => l.StartsWith("2027-", StringComparison.Ordinal)), days);
        Assert.Contains(days, d => d.EndsWith("(optional)", StringComparison.Ordinal));
        Assert.Contains(days, d => !d.EndsWith("(optional)", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_code_is_quoted_with_the_closest_codes_and_exits_2()
    {
        var result = Kpo.Run("holidays", "US-XY", "2027");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("kpo: Unknown subdivision 'US-XY' of United States. Did you mean 'US-KY' (Kentucky), 'US-NY' (New York)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_without_built_in_data_says_which_countries_are_covered_and_exits_2()
    {
        var result = Kpo.Run("holidays", "BR", "2027");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("kpo: There are no built-in holidays for BR (Brazil)", result.Error, StringComparison.Ordinal);
        Assert.Contains("Countries covered: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(" US, ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IN-MH", "2149", "Diwali")]   // tabulated from annual lists, known for the years read only
    [InlineData("US", "1850", "1900 to 2150")] // before any year the rules cover
    public void A_year_whose_dates_are_not_known_gives_the_SDKs_reason_and_exits_2(string place, string year, string named)
    {
        var result = Kpo.Run("holidays", place, year);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith($"kpo: The holidays from {year}-01-01 to {year}-12-31 were asked for, but {place} public holidays", result.Error, StringComparison.Ordinal);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20x7")]
    [InlineData("0")]
    [InlineData("10000")]
    [InlineData("-2027")]
    public void A_year_that_is_not_one_exits_2(string year)
    {
        var result = Kpo.Run("holidays", "US", year);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{year}' is not a year", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_format_other_than_text_or_json_exits_2()
    {
        Assert.Equal(2, Kpo.Run("holidays", "US", "2027", "--format", "xml").ExitCode);
    }
}
