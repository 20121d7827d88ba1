using KpoSdk.Time;
using NodaTime;
using static KpoSdk.Tests.Coverage.CoverageTestCalendars;

namespace KpoSdk.Tests.Coverage;

public class CoverageArgumentTests
{
    [Fact]
    public void Null_arguments_are_named()
    {
        Assert.Equal("client", Assert.Throws<ArgumentNullException>(() => CoverageAnalysis.Analyze(null!, Year(2027), London())).ParamName);
        Assert.Equal("dates", Assert.Throws<ArgumentNullException>(() => CoverageAnalysis.Analyze(Client(), null!, London())).ParamName);
        Assert.Equal("centers", Assert.Throws<ArgumentNullException>(() => CoverageAnalysis.Analyze(Client(), Year(2027), (IEnumerable<DeliveryCalendar>)null!)).ParamName);
        Assert.Equal("centers", Assert.Throws<ArgumentNullException>(() => CoverageAnalysis.Analyze(Client(), Year(2027), London(), null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new DeliveryCalendar(null!, Client())).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => new DeliveryCalendar("Pune", null!)).ParamName);
    }

    [Fact]
    public void No_center_is_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => CoverageAnalysis.Analyze(Client(), Year(2027)));

        Assert.Equal("centers", error.ParamName);
        Assert.StartsWith("Coverage needs at least one delivery calendar; got none.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_names_are_an_error_quoting_the_name()
    {
        var error = Assert.Throws<ArgumentException>(() => CoverageAnalysis.Analyze(Client(), Year(2027), London(), new DeliveryCalendar("London", Pune().Calendar)));

        Assert.Equal("centers", error.ParamName);
        Assert.Contains("Two delivery calendars are named 'London'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_63_centers_are_an_error()
    {
        var centers = Enumerable.Range(0, 64).Select(i => new DeliveryCalendar($"C{i}", London().Calendar));

        var error = Assert.Throws<ArgumentException>(() => CoverageAnalysis.Analyze(Client(), Year(2027), centers));

        Assert.Equal("centers", error.ParamName);
        Assert.Contains("at most 63 delivery calendars at once; got 64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_center_name_is_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => new DeliveryCalendar("  ", Client()));

        Assert.Equal("name", error.ParamName);
        Assert.Contains("needs a name such as \"Pune\"; got '  '", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_outside_the_calendar_range_are_named()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CoverageAnalysis.Analyze(Client(), new DateInterval(new LocalDate(1899, 12, 30), new LocalDate(1900, 1, 5)), London()));

        Assert.Equal("dates", error.ParamName);
        Assert.Contains("got 1899-12-30 to 1900-01-05", error.Message, StringComparison.Ordinal);
    }
}
