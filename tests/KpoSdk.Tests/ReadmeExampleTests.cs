using KpoSdk.Rules;
using KpoSdk.Serialization;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests;

/// <summary>The README's "taste of the API" must stay true.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Parsing_example()
    {
        Assert.Equal("US-NY", Jurisdiction.Parse("US-NY").Code);
        var ex = Assert.Throws<FormatException>(() => Country.Parse("UK"));
        Assert.StartsWith("Unknown country code 'UK'. Did you mean 'GB' (United Kingdom)?", ex.Message);
    }

    [Fact]
    public void Rules_example()
    {
        var violations = RuleSet.Default.Evaluate(ServiceLine.StatutoryAuditOpinion, Jurisdiction.Parse("US-NY"), Country.IN, new LocalDate(2027, 1, 4));
        var violation = Assert.Single(violations);
        Assert.Equal(DiagnosticIds.LicensedProfessionalRequired, violation.RuleId);
        Assert.False(string.IsNullOrWhiteSpace(violation.Citation));
    }

    [Fact]
    public void Calendar_example()
    {
        var newYork = BusinessCalendar.Create("America/New_York", "Mon-Fri 09:00-17:00").WithHolidays(HolidayCalendar.For(Jurisdiction.Parse("US-NY")));
        var opened = Instant.FromUtc(2027, 3, 12, 20, 0);
        var due = newYork.Add(opened, Duration.FromHours(4));
        Assert.Equal(new LocalDateTime(2027, 3, 15, 11, 0), due.InZone(newYork.Zone).LocalDateTime);
        Assert.Equal(Duration.FromHours(4), newYork.Between(opened, due));
        Assert.False(newYork.IsBusinessDay(new LocalDate(2027, 11, 25))); // Thanksgiving, 5 U.S.C. 6103
    }

    [Fact]
    public void Agreement_example()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "KpoSdk.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("KpoSdk.sln not found above the test folder.");
        }

        var agreement = KpoJson.ReadAgreement(File.ReadAllText(Path.Combine(root, "docs", "examples", "agreement-new-york-tax.json")));
        var violations = agreement.Validate(new LocalDate(2026, 3, 2));
        Assert.NotEmpty(violations);
        Assert.All(violations, v => Assert.StartsWith($"{v.Path}: {v.RuleId} {v.Severity}: ", v.ToString()));
        Assert.Contains(violations, v => v.RuleId == DiagnosticIds.LanguageLevelTooLow);
    }
}
