using static KpoSdk.Knowledge.Tests.Rules.Cases;

namespace KpoSdk.Knowledge.Tests.Rules;

public class DataTransferRuleTests
{
    private const string Gdpr = "eu-gdpr-chapter-v";

    [Theory]
    [InlineData("JP", "2019-01-22", true)]
    [InlineData("JP", "2019-01-23", false)]
    [InlineData("KR", "2021-12-16", true)]
    [InlineData("KR", "2021-12-17", false)]
    [InlineData("BR", "2026-01-25", true)]
    [InlineData("BR", "2026-01-26", false)]
    [InlineData("IN", "2026-06-01", true)]
    [InlineData("CH", "2019-01-01", false)]
    public void EU_client_payroll_is_free_to_adequate_countries_from_the_decision(string delivery, string date, bool violation) =>
        Assert.Equal(violation, Keys(ServiceLine.Payroll, "DE", delivery, date).Contains(Gdpr));

    [Theory]
    [InlineData("2020-12-31", false)]
    [InlineData("2021-03-01", false)]
    [InlineData("2021-06-28", false)]
    [InlineData("2025-12-27", false)]
    [InlineData("2031-12-27", false)]
    [InlineData("2031-12-28", true)]
    public void UK_deliveries_follow_membership_the_bridge_and_adequacy(string date, bool violation) =>
        Assert.Equal(violation, Keys(ServiceLine.Payroll, "FR", "GB", date).Contains(Gdpr));

    [Theory]
    [InlineData("2020-07-15", true)]
    [InlineData("2020-07-16", false)]
    public void Privacy_Shield_stopped_counting_after_Schrems_II(string date, bool satisfied) =>
        Assert.Equal(satisfied, !Keys(ServiceLine.Billing, "IE", "US", date, Safeguard.EuUsPrivacyShield).Contains(Gdpr));

    [Theory]
    [InlineData("US", "2023-07-09", false)]
    [InlineData("US", "2023-07-10", true)]
    [InlineData("IN", "2024-01-01", false)]
    public void Data_Privacy_Framework_counts_only_for_the_US_from_10_July_2023(string delivery, string date, bool satisfied) =>
        Assert.Equal(satisfied, !Keys(ServiceLine.Billing, "IE", delivery, date, Safeguard.EuUsDataPrivacyFramework).Contains(Gdpr));

    [Fact]
    public void Standard_contractual_clauses_satisfy_GDPR_anywhere() =>
        Assert.DoesNotContain(Gdpr, Keys(ServiceLine.Payroll, "DE", "IN", "2024-01-01", Safeguard.StandardContractualClauses));

    [Fact]
    public void Services_without_personal_data_are_not_transfers() =>
        Assert.Empty(Keys(ServiceLine.ManagementAccounting, "DE", "IN", "2024-01-01"));

    [Fact]
    public void EEA_states_outside_the_EU_are_inside_for_GDPR()
    {
        Assert.Contains(Gdpr, Keys(ServiceLine.Payroll, "NO", "IN", "2024-01-01"));
        Assert.DoesNotContain(Gdpr, Keys(ServiceLine.Payroll, "DE", "NO", "2024-01-01"));
    }

    [Theory]
    [InlineData("KR", "2022-12-18", true)]
    [InlineData("KR", "2022-12-19", false)]
    [InlineData("JP", "2021-01-01", false)]
    [InlineData("BR", "2026-01-15", true)]
    public void UK_client_follows_UK_adequacy_regulations(string delivery, string date, bool violation) =>
        Assert.Equal(violation, Keys(ServiceLine.Payroll, "GB", delivery, date).Contains("uk-gdpr-chapter-v"));

    [Theory]
    [InlineData("CN-HK", true)]
    [InlineData("HK", true)]
    [InlineData("CN-BJ", false)]
    [InlineData("CN", false)]
    public void PIPL_treats_Hong_Kong_as_outbound(string delivery, bool violation) =>
        Assert.Equal(violation, Keys(ServiceLine.Payroll, "CN-SH", delivery, "2023-01-01").Contains("cn-pipl-art38"));

    [Fact]
    public void PIPL_needs_an_Article_38_mechanism_and_separate_consent_is_its_own_warning()
    {
        // Issue 13, correction 8: separate consent (Art. 39) is no longer a co-requirement of each
        // mechanism; cn-pipl-art39-separate-consent reports it.
        Assert.Contains("cn-pipl-art38", Keys(ServiceLine.Payroll, "CN", "PH", "2023-07-01", Safeguard.SeparateConsent));
        Assert.DoesNotContain("cn-pipl-art38", Keys(ServiceLine.Payroll, "CN", "PH", "2023-07-01", Safeguard.PiplStandardContract));
        Assert.Contains("cn-pipl-art38", Keys(ServiceLine.Payroll, "CN", "PH", "2023-05-31", Safeguard.PiplStandardContract, Safeguard.SeparateConsent));
        Assert.Contains("cn-pipl-art39-separate-consent", Keys(ServiceLine.Payroll, "CN", "PH", "2023-07-01", Safeguard.PiplStandardContract));
        Assert.DoesNotContain("cn-pipl-art39-separate-consent", Keys(ServiceLine.Payroll, "CN", "PH", "2023-07-01", Safeguard.SeparateConsent));
    }

    [Fact]
    public void Hong_Kong_clients_are_not_PIPL_clients() =>
        Assert.Empty(Keys(ServiceLine.Payroll, "CN-HK", "PH", "2023-01-01"));

    [Fact]
    public void Russian_localisation_accepts_a_localised_primary_database_until_it_became_a_prohibition()
    {
        Assert.Contains("ru-152fz-localisation", Keys(ServiceLine.Payroll, "RU", "BY", "2020-01-01"));
        Assert.Empty(Keys(ServiceLine.Payroll, "RU", "BY", "2020-01-01", Safeguard.LocalisedPrimaryDatabase));
        Assert.Contains("ru-152fz-localisation-2025", Keys(ServiceLine.Payroll, "RU", "BY", "2025-07-01", Safeguard.LocalisedPrimaryDatabase));
        Assert.Empty(Keys(ServiceLine.Payroll, "RU", "RU-MOW", "2026-01-01"));
    }

    [Fact]
    public void Every_violation_is_reported_not_the_first()
    {
        // A Russian client's payroll delivered from Germany after mid-2025: the EU services ban and the localisation prohibition.
        var keys = Keys(ServiceLine.Payroll, "RU", "DE", "2025-08-01");
        Assert.Equal(["eu-833-2014-art5n-accounting-consulting", "ru-152fz-localisation-2025"], keys);
    }
}
