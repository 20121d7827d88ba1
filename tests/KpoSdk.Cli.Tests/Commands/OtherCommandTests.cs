using System.Xml.Linq;
using KpoSdk.Cli.Tests.Infrastructure;

namespace KpoSdk.Cli.Tests.Commands;

/// <summary><c>kpo coverage</c>, <c>kpo deadline</c> and <c>kpo rules</c> in process.</summary>
public sealed class OtherCommandTests : IDisposable
{
    private readonly TempFiles _files = new();

    private static string NewYork => Path.Combine(Repository.Examples, "agreement-new-york-tax.json");

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Coverage_reports_each_service_and_writes_a_heat_map_with_a_panel_per_service()
    {
        string svg = Path.Combine(_files.Root, "coverage.svg");

        var result = Kpo.Run("coverage", NewYork, "--from", "2026-03-02", "--to", "2026-12-31", "--svg", svg);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("services[1] TaxRepresentation for US-NY", result.Output, StringComparison.Ordinal);
        // The same 8 h that KPO3007 reports for services[1] (a Pune holiday, 2 October).
        Assert.Contains("uncovered 8.0 h on 1 day", result.Output, StringComparison.Ordinal);
        var texts = XDocument.Load(svg).Descendants(XName.Get("text", "http://www.w3.org/2000/svg")).Select(t => t.Value).ToList();
        Assert.Contains("services[0] TaxPreparation", texts);
        Assert.Contains("services[2] Bookkeeping", texts);
    }

    [Fact]
    public void Coverage_rejects_dates_in_the_wrong_order()
    {
        Assert.Equal(2, Kpo.Run("coverage", NewYork, "--from", "2026-06-01", "--to", "2026-05-01").ExitCode);
    }

    [Fact]
    public void Deadline_counts_business_hours_across_the_spring_forward_weekend()
    {
        // Friday 6 March 2026 15:00 EST plus 4 business hours (Mon-Fri 09:00-17:00 New York) is Monday 9 March 11:00 EDT.
        var result = Kpo.Run("deadline", NewYork, "--service", "0", "--opened", "2026-03-06T15:00-05:00", "--within", "PT4H");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Due       Mon 9 Mar 2026 11:00 EDT (2026-03-09T15:00:00Z)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_in_business_days_and_its_usage_errors()
    {
        Assert.Equal(0, Kpo.Run("deadline", NewYork, "--service", "0", "--opened", "2026-03-06T20:00Z", "--within", "P3D").ExitCode);
        Assert.Equal(2, Kpo.Run("deadline", NewYork, "--service", "9", "--opened", "2026-03-06T20:00Z", "--within", "PT4H").ExitCode);
        Assert.Equal(2, Kpo.Run("deadline", NewYork, "--service", "0", "--opened", "yesterday", "--within", "PT4H").ExitCode);
        Assert.Equal(2, Kpo.Run("deadline", NewYork, "--service", "0", "--opened", "2026-03-06T20:00Z", "--within", "P1W").ExitCode);
        Assert.Equal(2, Kpo.Run("deadline", NewYork, "--service", "0").ExitCode);
    }

    [Fact]
    public void Rules_lists_the_rules_in_force_with_their_sources_and_dates()
    {
        var before = Kpo.Run("rules", "--date", "2025-01-01");
        var after = Kpo.Run("rules", "--date", "2026-01-01");

        Assert.Equal(0, before.ExitCode);
        Assert.Contains("    source    ", before.Output, StringComparison.Ordinal);
        // Syria's US programme ended on 30 June 2025 (docs/rules.md).
        Assert.Contains("us-ofac-syria", before.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("us-ofac-syria", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_with_a_faulty_overlay_reports_KPO0006_and_exits_1()
    {
        string overlay = _files.Write("kpo.rules.json", """{ "remove": ["no-such-rule"] }""");

        var result = Kpo.Run("rules", "--rules", overlay);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("KPO0006", result.Error, StringComparison.Ordinal);
    }
}
