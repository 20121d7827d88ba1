using static KpoSdk.Knowledge.Tests.Rules.Cases;

namespace KpoSdk.Knowledge.Tests.Rules;

public class ServicesBanRuleTests
{
    [Theory]
    [InlineData("2022-06-06", false)]
    [InlineData("2022-06-07", true)]
    public void US_ban_on_accounting_to_Russia_starts_7_June_2022(string date, bool violation) =>
        Assert.Equal(violation, Keys(ServiceLine.Bookkeeping, "RU", "US", date).Contains("us-ofac-russia-accounting-consulting"));

    [Theory]
    [InlineData("us-ofac-russia-accounting-consulting", "US", "2022-06-07")]
    [InlineData("eu-833-2014-art5n-accounting-consulting", "DE", "2022-06-04")]
    [InlineData("uk-russia-reg54c-accounting-consulting", "GB", "2022-07-21")]
    public void The_three_accounting_bans_start_on_different_days(string key, string delivery, string start)
    {
        Assert.Contains(key, Keys(ServiceLine.Bookkeeping, "RU", delivery, start));
        Assert.DoesNotContain(key, Keys(ServiceLine.Bookkeeping, "RU", delivery, AddDays(D(start), -1).ToString()));
    }

    [Fact]
    public void Scopes_differ_between_US_EU_and_UK()
    {
        // Tax: EU names tax consulting, the UK does not.
        Assert.Contains("eu-833-2014-art5n-accounting-consulting", Keys(ServiceLine.TaxPreparation, "RU", "FR", "2024-01-01"));
        Assert.Equal(["ru-152fz-localisation"], Keys(ServiceLine.TaxPreparation, "RU", "GB", "2024-01-01"));

        // Legal advisory: EU only.
        Assert.Contains("eu-833-2014-art5n-legal-advisory", Keys(ServiceLine.LegalMemoDrafting, "RU", "NL", "2024-01-01"));
        Assert.Equal(["ru-152fz-localisation"], Keys(ServiceLine.LegalMemoDrafting, "RU", "US", "2024-01-01"));

        // Corporate formation: US only.
        Assert.Contains("us-ofac-russia-accounting-consulting", Keys(ServiceLine.CorporateSecretarial, "RU", "US", "2024-01-01"));
        Assert.DoesNotContain("eu-833-2014-art5n-accounting-consulting", Keys(ServiceLine.CorporateSecretarial, "RU", "DE", "2024-01-01"));
    }

    [Fact]
    public void UK_audit_ban_came_later_than_its_accounting_ban()
    {
        Assert.DoesNotContain(Keys(ServiceLine.StatutoryAuditOpinion, "RU", "GB", "2022-12-15"), k => k.StartsWith("uk-", StringComparison.Ordinal));
        Assert.Contains("uk-russia-reg54c-auditing", Keys(ServiceLine.StatutoryAuditOpinion, "RU", "GB", "2022-12-16"));
    }

    [Fact]
    public void Direction_is_to_Russia_only()
    {
        Assert.DoesNotContain(Keys(ServiceLine.Bookkeeping, "US", "RU", "2024-01-01"), k => k.Contains("russia", StringComparison.Ordinal));
        Assert.DoesNotContain(Keys(ServiceLine.Bookkeeping, "RU", "IN", "2024-01-01"), k => k.Contains("russia", StringComparison.Ordinal) || k.Contains("833", StringComparison.Ordinal));
    }

    [Fact]
    public void EU_overseas_territories_outside_the_EU_are_not_EU_deliveries()
    {
        Assert.Contains("eu-833-2014-art5n-accounting-consulting", Keys(ServiceLine.Bookkeeping, "RU", "RE", "2024-01-01"));
        Assert.DoesNotContain("eu-833-2014-art5n-accounting-consulting", Keys(ServiceLine.Bookkeeping, "RU", "FR-NC", "2024-01-01"));
        Assert.Contains("eu-833-2014-art5n-accounting-consulting", Keys(ServiceLine.Bookkeeping, "RU", "FR-IDF", "2024-01-01"));
    }
}
