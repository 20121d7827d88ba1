using System.Globalization;
using KpoSdk.Reporting;
using KpoSdk.Time;

namespace KpoSdk.Samples.Acme;

/// <summary>The 2026 coverage of every contract as the SDK's SVG heat map, one panel per contract.</summary>
internal static class AcmeHeatMap
{
    /// <summary>Renders a panel per contract and the legend.</summary>
    public static string Render(IReadOnlyList<ContractCoverage> contracts) =>
        CoverageHeatMap.Render(
            "Acme Knowledge Services — who is on duty when clients need them, 2026",
            "Each panel: one contract. Across: the client's week, Monday 00:00 to Sunday 24:00 in the client's time zone. Down: the weeks of 2026. Coverage by the staff who qualify for the contract, on their shifts and centre holidays.",
            [.. contracts.Select(Panel)]);

    private static CoverageHeatMapPanel Panel(ContractCoverage coverage)
    {
        var contract = coverage.Contract;
        string share = coverage.Analysis is { } a ? a.CoveredShare.ToString("P1", CultureInfo.InvariantCulture) + " covered" : "no qualified staff";
        string caption = $"{contract.Service} · client {contract.Client.Code} · {contract.Coverage.Hours} {contract.Coverage.Zone.Id} · from {string.Join(", ", coverage.Centers.Select(c => c.Name))} · {share}";

        // With nobody qualified, every required hour is uncovered: measure against a centre that never opens.
        var analysis = coverage.Analysis ?? CoverageAnalysis.Analyze(coverage.ClientCalendar, ContractCoverage.Year,
            new DeliveryCalendar("nobody", BusinessCalendar.Create(coverage.ClientCalendar.Zone, WeeklyHours.Closed)));
        return new CoverageHeatMapPanel(contract.GetType().Name, caption, analysis, [.. coverage.Centers.Select(c => c.TimeZone)]);
    }
}
