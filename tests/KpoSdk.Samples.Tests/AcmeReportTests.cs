using System.Xml.Linq;
using KpoSdk.Generated;
using KpoSdk.Samples.Acme;
using NodaTime;

namespace KpoSdk.Samples.Tests;

/// <summary>
/// The sample the README's quickstart runs: its reports, computed in process, say what the 2027
/// calendars and the default rules make true.
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
    public void New_York_hours_served_from_Krakow_show_the_2027_weeks_when_only_the_US_has_changed_its_clocks()
    {
        // US clocks change on 14 March and 7 November 2027, the EU's on 28 March and 31 October: in
        // between, New York's 09:00 is Kraków's 14:00 instead of 15:00, before its 15:00 shift starts.
        // 1 November is All Saints' Day, a holiday in Kraków, so that week's run starts on the 2nd.
        string section = Section("NewYorkBusinessResearch");

        Assert.Contains("gap Mon 15 Mar – Fri 26 Mar  09:00–10:00   10 days   10.0 h  DST mismatch: America/New_York and Kraków", section, StringComparison.Ordinal);
        Assert.Contains("gap Tue 2 Nov – Fri 5 Nov    09:00–10:00    4 days    4.0 h  DST mismatch: America/New_York and Kraków", section, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_after_a_weekend_and_Good_Friday_skips_the_client_holidays()
    {
        // Berlin: Good Friday 26 March and Easter Monday 29 March 2027 are holidays; a ticket opened
        // at 15:00 on Thursday 25 March (4 business hours, 08:00-17:00) is answered on Tuesday 10:00.
        string section = Section("BerlinBookkeeping");

        Assert.Contains("holiday 03-26              Thu 25 Mar 15:00 CET   Tue 30 Mar 10:00 CEST", section, StringComparison.Ordinal);
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
