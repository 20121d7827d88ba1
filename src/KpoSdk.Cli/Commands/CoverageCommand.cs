using System.CommandLine;
using System.Globalization;
using KpoSdk.Reporting;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Cli.Commands;

/// <summary>
/// <c>kpo coverage &lt;agreement&gt; [--from --to] [--svg file]</c>: how each service's delivery
/// shifts cover its window (<see cref="ServiceAgreement.AnalyzeCoverage"/>), with the gaps, each
/// centre's part and the hand-overs, and optionally the SDK's SVG heat map.
/// </summary>
internal static class CoverageCommand
{
    public static Command Create(CliConsole console)
    {
        var agreement = new Argument<string>("agreement") { Description = "An agreement document (.json)." };
        var from = new Option<string?>("--from") { Description = "First client date (yyyy-MM-dd); the term's start by default." };
        var to = new Option<string?>("--to") { Description = "Last client date (yyyy-MM-dd); a year after --from, within the term, by default." };
        var svg = new Option<string?>("--svg") { Description = "Also write the coverage heat map (SVG) to this file." };
        var command = new Command("coverage", "Report how each service's delivery shifts cover the client's business hours, and draw the heat map.") { agreement, from, to, svg };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(agreement)!;
            var read = Inputs.Agreement(path);
            var dates = Dates(read.Term, parse.GetValue(from), parse.GetValue(to));
            var analyses = Enumerable.Range(0, read.Services.Length).Select(i => read.AnalyzeCoverage(i, dates)).ToList();
            console.Out.WriteLine($"{read} — coverage {dates.Start:uuuu-MM-dd} to {dates.End:uuuu-MM-dd}");
            for (int i = 0; i < analyses.Count; i++)
            {
                console.Out.WriteLine();
                CoverageText.Write(console.Out, read, i, analyses[i]);
            }

            if (parse.GetValue(svg) is { } file)
            {
                WriteSvg(file, read, dates, analyses);
                console.Out.WriteLine();
                console.Out.WriteLine($"Coverage heat map written to {file}");
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static DateInterval Dates(DateInterval term, string? fromText, string? toText)
    {
        var first = fromText is null ? term.Start : Inputs.Date(fromText, "--from");
        var last = toText is null ? Min(term.End, first.PlusDays(364)) : Inputs.Date(toText, "--to");
        if (last < first)
        {
            throw new UsageException($"--to {last:uuuu-MM-dd} is before --from {first:uuuu-MM-dd}.");
        }

        if (first.Year < 1900 || last.Year > 2149)
        {
            throw new UsageException($"Coverage is measured from 1900 to 2149; {first:uuuu-MM-dd} to {last:uuuu-MM-dd} reaches outside.");
        }

        return new DateInterval(first, last);
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static void WriteSvg(string file, ServiceAgreement agreement, DateInterval dates, List<CoverageAnalysis> analyses)
    {
        var panels = analyses.Select((analysis, i) => new CoverageHeatMapPanel(
            $"services[{i}] {agreement.Services[i].Service}",
            string.Create(CultureInfo.InvariantCulture, $"client {agreement.Client.Jurisdiction} · {analysis.Client.Hours} {analysis.Client.Zone.Id} · from {string.Join(", ", analysis.Centers.Select(c => c.Name))} · {analysis.CoveredShare:P1} covered"),
            analysis,
            [.. agreement.Services[i].Centers.Select(agreement.Provider.FindCenter).OfType<DeliveryCenter>().Select(c => c.Zone)])).ToList();
        string text = CoverageHeatMap.Render(
            $"{agreement.Id}: {agreement.Client.Name} / {agreement.Provider.Name} — coverage {dates.Start:uuuu-MM-dd} to {dates.End:uuuu-MM-dd}",
            "Each panel: one service. Across: the client's week, Monday 00:00 to Sunday 24:00 in the client's time zone. Down: the weeks. Coverage by the service's team shifts (or its centres' shifts), with centre holidays.",
            panels);
        try
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(file));
            Directory.CreateDirectory(folder!);
            File.WriteAllText(file, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write '{Inputs.Cut(file)}': {ex.Message}");
        }
    }
}
