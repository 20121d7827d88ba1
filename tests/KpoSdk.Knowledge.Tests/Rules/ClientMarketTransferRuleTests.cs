using KpoSdk.Knowledge.Rules;
using static KpoSdk.Knowledge.Tests.Rules.Cases;

namespace KpoSdk.Knowledge.Tests.Rules;

/// <summary>
/// Issue 13's data-transfer and records-location rules of client markets: each on both sides of
/// its dates, of its exempt deliveries and of its safeguards.
/// </summary>
public class ClientMarketTransferRuleTests
{
    private static bool Breaks(string key, ServiceLine service, string client, string delivery, string date, params Safeguard[] safeguards) =>
        Keys(service, client, delivery, date, safeguards).Contains(key);

    [Theory]
    [InlineData("2026-02-04", "uk-gdpr-chapter-v")]
    [InlineData("2026-02-05", "uk-gdpr-art44a")]
    public void UK_transfers_follow_the_2025_Act_from_5_February_2026(string date, string key)
    {
        Assert.Equal([key], Keys(ServiceLine.Payroll, "GB", "IN", date, Safeguard.ProcessorContract));
        Assert.Empty(Keys(ServiceLine.Payroll, "GB", "IN", date, Safeguard.ProcessorContract, Safeguard.UkInternationalDataTransferAgreement));
        Assert.Empty(Keys(ServiceLine.Payroll, "GB", "CH", date, Safeguard.ProcessorContract));
        Assert.Empty(Keys(ServiceLine.Payroll, "GB", "KR", date, Safeguard.ProcessorContract));
        Assert.Empty(Keys(ServiceLine.Payroll, "GB", "US", date, Safeguard.ProcessorContract, Safeguard.UkUsDataBridge));
    }

    [Fact]
    public void UK_citations_name_both_paragraphs_of_Schedule_21_and_the_new_article()
    {
        Assert.True(RuleSet.Default.TryGetRule("uk-gdpr-chapter-v", out var old));
        Assert.True(RuleSet.Default.TryGetRule("uk-gdpr-art44a", out var current));
        Assert.Contains("Sch. 21 paras. 4–5", old.Citation);
        Assert.Contains("44A", current.Citation);
        Assert.Contains("SI 2026/82", current.Citation);
    }

    [Theory]
    [InlineData("2022-11-03", false)]
    [InlineData("2022-11-04", true)]
    public void PIPL_certification_counts_from_4_November_2022(string date, bool lifted) =>
        Assert.Equal(lifted, !Breaks("cn-pipl-art38", ServiceLine.Payroll, "CN", "PH", date, Safeguard.PiplCertification));

    [Theory]
    [InlineData("IN", "2023-09-01", true)]
    [InlineData("IN", "2023-08-31", false)]
    [InlineData("DE", "2024-01-01", false)]
    [InlineData("GB", "2024-01-01", false)]
    [InlineData("NZ", "2024-01-01", false)]
    [InlineData("JP", "2024-01-01", true)]
    [InlineData("CH-ZH", "2024-01-01", false)]
    public void Swiss_clients_transfer_freely_to_the_Federal_Councils_list(string delivery, string date, bool violation) =>
        Assert.Equal(violation, Breaks("ch-fadp-art16", ServiceLine.Payroll, "CH", delivery, date));

    [Theory]
    [InlineData("US", "2024-09-14", false)]
    [InlineData("US", "2024-09-15", true)]
    [InlineData("IN", "2024-09-15", false)]
    public void The_Swiss_US_framework_counts_for_the_US_from_15_September_2024(string delivery, string date, bool lifted)
    {
        Assert.Equal(lifted, !Breaks("ch-fadp-art16", ServiceLine.Payroll, "CH", delivery, date, Safeguard.SwissUsDataPrivacyFramework));
        Assert.True(Breaks("ch-fadp-art16", ServiceLine.Payroll, "CH", delivery, date, Safeguard.EuUsDataPrivacyFramework));
        Assert.False(Breaks("ch-fadp-art16", ServiceLine.Payroll, "CH", delivery, date, Safeguard.StandardContractualClauses));
    }

    [Fact]
    public void Quebec_needs_the_assessment_and_the_agreement_for_any_communication_outside_Quebec()
    {
        const string Key = "ca-qc-law25-s17";
        Assert.False(Breaks(Key, ServiceLine.Payroll, "CA-QC", "IN", "2023-09-21"));
        Assert.True(Breaks(Key, ServiceLine.Payroll, "CA-QC", "IN", "2023-09-22"));
        Assert.True(Breaks(Key, ServiceLine.Payroll, "CA-QC", "CA-ON", "2024-01-01", Safeguard.PrivacyImpactAssessment));
        Assert.False(Breaks(Key, ServiceLine.Payroll, "CA-QC", "CA-ON", "2024-01-01", Safeguard.PrivacyImpactAssessment, Safeguard.ProcessorContract));
        Assert.False(Breaks(Key, ServiceLine.Payroll, "CA-QC", "CA-QC", "2024-01-01"));
        Assert.False(Breaks(Key, ServiceLine.Payroll, "CA-ON", "IN", "2024-01-01"));
    }

    [Theory]
    [InlineData("IN", "2017-05-30", true)]
    [InlineData("IN", "2017-05-29", false)]
    [InlineData("FR", "2019-01-22", true)]
    [InlineData("FR", "2019-01-23", false)]
    [InlineData("GB", "2024-01-01", false)]
    [InlineData("JP", "2024-01-01", false)]
    public void Japan_exempts_itself_and_the_designated_countries(string delivery, string date, bool violation)
    {
        Assert.Equal(violation, Breaks("jp-appi-art28", ServiceLine.Billing, "JP", delivery, date));
        Assert.False(Breaks("jp-appi-art28", ServiceLine.Billing, "JP", delivery, date, Safeguard.ProcessorContract));
    }

    [Theory]
    [InlineData("2023-09-14", false)]
    [InlineData("2023-09-15", true)]
    public void Korea_needs_a_ground_of_Article_28_8(string date, bool violation)
    {
        Assert.Equal(violation, Breaks("kr-pipa-art28-8", ServiceLine.Payroll, "KR", "IN", date));
        Assert.Equal(violation, Breaks("kr-pipa-art28-8", ServiceLine.Payroll, "KR", "IN", date, Safeguard.StandardContractualClauses));
        Assert.False(Breaks("kr-pipa-art28-8", ServiceLine.Payroll, "KR", "IN", date, Safeguard.PipaDisclosedEntrustment));
        Assert.False(Breaks("kr-pipa-art28-8", ServiceLine.Payroll, "KR", "IN", date, Safeguard.SeparateConsent));
    }

    [Theory]
    [InlineData("IN", "2024-08-22", false)]
    [InlineData("IN", "2024-08-23", true)]
    [InlineData("PT", "2026-01-26", true)]
    [InlineData("PT", "2026-01-27", false)]
    [InlineData("GB", "2026-03-02", true)]
    public void Brazil_recognised_the_EU_and_EEA_from_27_January_2026(string delivery, string date, bool violation)
    {
        Assert.Equal(violation, Breaks("br-lgpd-art33", ServiceLine.Payroll, "BR", delivery, date));
        Assert.Equal(violation, Breaks("br-lgpd-art33", ServiceLine.Payroll, "BR", delivery, date, Safeguard.StandardContractualClauses));
        Assert.False(Breaks("br-lgpd-art33", ServiceLine.Payroll, "BR", delivery, date, Safeguard.AnpdStandardContractualClauses));
    }

    [Theory]
    [InlineData("2024-09-13", false)]
    [InlineData("2024-09-14", true)]
    public void Saudi_transfers_need_a_safeguard_of_the_Transfer_Regulation(string date, bool violation)
    {
        Assert.Equal(violation, Breaks("sa-pdpl-art29", ServiceLine.Payroll, "SA", "IN", date));
        Assert.Equal(violation, Breaks("sa-pdpl-art29", ServiceLine.Payroll, "SA", "IN", date, Safeguard.StandardContractualClauses));
        Assert.False(Breaks("sa-pdpl-art29", ServiceLine.Payroll, "SA", "IN", date, Safeguard.SdaiaStandardContractualClauses));
        Assert.False(Breaks("sa-pdpl-art29", ServiceLine.Payroll, "SA", "IN", date, Safeguard.SdaiaCertificateOfAccreditation));
    }

    [Theory]
    [InlineData("2025-12-31", false)]
    [InlineData("2026-01-01", true)]
    public void Vietnam_needs_a_filed_transfer_impact_assessment_from_2026(string date, bool violation)
    {
        Assert.Equal(violation, Breaks("vn-pdp-law-2025", ServiceLine.Payroll, "VN", "PH", date));
        Assert.False(Breaks("vn-pdp-law-2025", ServiceLine.Payroll, "VN", "PH", date, Safeguard.VietnamTransferImpactAssessment));
        Assert.False(Breaks("vn-pdp-law-2025", ServiceLine.Payroll, "VN", "VN", date));
    }

    [Theory]
    [InlineData("2014-03-11", false)]
    [InlineData("2014-03-12", true)]
    public void Australian_clients_take_reasonable_steps_under_APP_8(string date, bool violation)
    {
        Assert.Equal(violation, Breaks("au-app8", ServiceLine.Payroll, "AU", "PH", date));
        Assert.False(Breaks("au-app8", ServiceLine.Payroll, "AU", "PH", date, Safeguard.ProcessorContract));
        Assert.False(Breaks("au-app8", ServiceLine.Payroll, "AU", "AU", date));
    }

    [Theory]
    [InlineData("CN", true)]
    [InlineData("HK", true)]
    [InlineData("CN-MO", true)]
    [InlineData("RU", true)]
    [InlineData("VE", true)]
    [InlineData("IN", false)]
    [InlineData("TW", false)]
    public void The_Data_Security_Program_names_the_countries_of_concern(string delivery, bool violation)
    {
        Assert.Equal(violation, Breaks("us-doj-dsp-countries-of-concern", ServiceLine.Payroll, "US-CA", delivery, "2025-04-08"));
        Assert.False(Breaks("us-doj-dsp-countries-of-concern", ServiceLine.Payroll, "US-CA", delivery, "2025-04-07"));
        Assert.False(Breaks("us-doj-dsp-countries-of-concern", ServiceLine.Payroll, "US-CA", delivery, "2025-04-08", Safeguard.DataSecurityProgramCompliance));
        Assert.False(Breaks("us-doj-dsp-countries-of-concern", ServiceLine.BusinessResearch, "US-CA", delivery, "2025-04-08"));
    }

    [Theory]
    [InlineData("IN", "2020-12-29", true)]
    [InlineData("IN", "2020-12-28", false)]
    [InlineData("PL", "2024-01-01", false)]
    [InlineData("CH", "2024-01-01", true)]
    public void German_books_may_go_to_another_member_state_but_elsewhere_need_approval(string delivery, string date, bool violation)
    {
        Assert.Equal(violation, Breaks("de-ao-146-books-abroad", ServiceLine.Bookkeeping, "DE", delivery, date));
        Assert.False(Breaks("de-ao-146-books-abroad", ServiceLine.Bookkeeping, "DE", delivery, date, Safeguard.TaxOfficeApproval));
        Assert.False(Breaks("de-ao-146-books-abroad", ServiceLine.TaxRepresentation, "DE", delivery, date));
    }

    [Theory]
    [InlineData("PH", "2022-08-05", true)]
    [InlineData("PH", "2022-08-04", false)]
    [InlineData("IN-KA", "2024-01-01", false)]
    public void Indian_books_kept_abroad_need_a_daily_back_up_in_India(string delivery, string date, bool violation)
    {
        Assert.Equal(violation, Breaks("in-companies-accounts-rule-3-backup", ServiceLine.Bookkeeping, "IN-MH", delivery, date));
        Assert.False(Breaks("in-companies-accounts-rule-3-backup", ServiceLine.Bookkeeping, "IN-MH", delivery, date, Safeguard.BooksBackupInIndia));
    }
}
