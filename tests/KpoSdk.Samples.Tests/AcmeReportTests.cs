using System.Xml.Linq;
using KpoSdk.Generated;
using KpoSdk.Samples.Acme;
using NodaTime;

namespace KpoSdk.Samples.Tests;

/// <summary>
/// The sample the README's quickstart runs: its reports, computed in process, say what the 2026
/// calendars (built-in holidays) and the default rules make true.
/// </summary>
public sealed class AcmeReportTests
{
    private static readonly Lazy<IReadOnlyList<ContractCoverage>> s_contracts = new(ContractCoverage.ForAll);

    private static readonly Lazy<string> s_report = new(() =>
    {
        var text = new StringWriter { NewLine = "\n" };
        ContractReport.Write(text, s_contracts.Value);
        return text.ToString();
    });

    [Fact]
    public void The_report_has_a_section_for_every_contract_the_generator_registered()
    {
        var names = ServiceLevelContractRegistry.All.Select(c => c.GetType().Name).ToList();

        Assert.Equal(7, names.Count);
        Assert.All(names, name => Assert.Contains("\n== " + name + ": ", s_report.Value, StringComparison.Ordinal));
        Assert.Equal(names.Count, s_contracts.Value.Count);
    }

    [Fact]
    public void New_York_hours_served_from_Krakow_show_the_2026_weeks_when_only_the_US_has_changed_its_clocks()
    {
        // US clocks change on 8 March and 1 November 2026, the EU's on 29 March and 25 October: in
        // between, New York's 09:00 is Kraków's 14:00 instead of 15:00, before its 15:00 shift starts.
        string section = Section("NewYorkBusinessResearch");

        Assert.Contains("gap Mon 9 Mar – Fri 27 Mar   09:00–10:00   15 days   15.0 h  DST mismatch: America/New_York and Kraków", section, StringComparison.Ordinal);
        Assert.Contains("gap Mon 26 Oct – Fri 30 Oct  09:00–10:00    5 days    5.0 h  DST mismatch: America/New_York and Kraków", section, StringComparison.Ordinal);

        // Kraków's built-in holidays (Ustawa o dniach wolnych od pracy): Epiphany, and from 2025 Christmas Eve.
        Assert.Contains("gap Tue 6 Jan                09:00–17:00     1 day    8.0 h  holiday in Kraków (Epiphany)", section, StringComparison.Ordinal);
        Assert.Contains("gap Thu 24 Dec               09:00–17:00     1 day    8.0 h  holiday in Kraków (Christmas Eve)", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Diwali_in_Pune_is_a_gap_in_German_regulatory_filing()
    {
        // Maharashtra's general holidays 2026 (GAD notification): Diwali (Bali Pratipada), Tuesday 10 November.
        string section = Section("GermanRegulatoryFiling");

        Assert.Contains("gap Tue 10 Nov               09:00–18:00     1 day    9.0 h  holiday in Pune (Diwali (Bali Pratipada))", section, StringComparison.Ordinal);
        Assert.Contains("gap Mon 26 Jan               09:00–18:00     1 day    9.0 h  holiday in Pune (Republic Day)", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Eid_l_Adha_closes_Manila_and_no_centre_counts_unpublished_holidays_as_working_days()
    {
        // Proclamation No. 1264, s. 2026 fixed Eid'l Adha on Wednesday 27 May 2026, so every Philippine holiday of 2026
        // is known and Manila's calendar is strict: the report has no note about holidays without a date.
        Assert.Contains("gap Wed 27 May               08:00–18:00     1 day   10.0 h  holiday in Manila (Eid'l Adha (Feast of Sacrifice))", Section("NewYorkParalegalSupport"), StringComparison.Ordinal);
        Assert.DoesNotContain("Note:", s_report.Value, StringComparison.Ordinal);
        Assert.Contains("14 client holidays in 2026 (US-NY public holidays)", Section("NewYorkTaxPreparation"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_after_a_weekend_and_Good_Friday_skips_the_client_holidays()
    {
        // Berlin: Good Friday 3 April and Easter Monday 6 April 2026 are holidays; a ticket opened
        // at 15:00 on Thursday 2 April (4 business hours, 08:00-17:00) is answered on Tuesday 10:00.
        string section = Section("BerlinBookkeeping");

        Assert.Contains("holiday 04-03              Thu 2 Apr 15:00 CEST   Tue 7 Apr 10:00 CEST", section, StringComparison.Ordinal);
    }

    [Fact]
    public void The_heat_map_is_well_formed_svg_naming_every_contract()
    {
        var svg = XDocument.Parse(AcmeHeatMap.Render(s_contracts.Value));
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.Equal(ns + "svg", svg.Root!.Name);
        string texts = string.Join("\n", svg.Descendants(ns + "text").Select(t => t.Value));
        Assert.All(s_contracts.Value, c => Assert.Contains(c.Contract.GetType().Name, texts, StringComparison.Ordinal));
    }

    [Fact]
    public void Delivery_options_require_a_transfer_safeguard_for_payroll_from_outside_the_EU_to_Germany()
    {
        // GDPR Chapter V: India and the Philippines have no adequacy decision; Poland is in the EU.
        var text = new StringWriter { NewLine = "\n" };
        DeliveryOptionsReport.WriteAcme(text, new LocalDate(2027, 1, 4));

        var rows = text.ToString().Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        string[] header = rows.Single(r => r is ["service", "client", ..]);
        string[] payrollForGermany = rows.Single(r => r is ["Payroll", "DE", _, _, _]);
        Assert.Equal(["service", "client", "IN", "PH", "PL"], header);
        Assert.Equal(["Payroll", "DE", "safeguard", "safeguard", "ok"], payrollForGermany);
    }

    private static string Section(string contract)
    {
        string report = s_report.Value;
        int start = report.IndexOf("\n== " + contract + ": ", StringComparison.Ordinal);
        Assert.True(start >= 0, contract + " has no section in the report.");
        int end = report.IndexOf("\n== ", start + 1, StringComparison.Ordinal);
        return end < 0 ? report[start..] : report[start..end];
    }
}
