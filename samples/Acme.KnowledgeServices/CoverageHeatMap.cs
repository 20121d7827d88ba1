using System.Globalization;
using System.Net;
using System.Text;
using NodaTime;

namespace KpoSdk.Samples.Acme;

/// <summary>
/// An SVG heat map of 2026 coverage, one panel per contract: hour of the week (client time) across,
/// week of the year down; green where the qualified staff cover the client's hours, red where
/// nobody does, pale blue on client holidays.
/// </summary>
internal static class CoverageHeatMap
{
    private const int CellWidth = 5;
    private const int CellHeight = 5;
    private const int Weeks = 53;
    private const int Hours = 7 * 24;
    private const int PanelLeft = 44;
    private const int PanelTop = 52;
    private const int PanelWidth = PanelLeft + Hours * CellWidth + 56;
    private const int PanelHeight = PanelTop + Weeks * CellHeight + 24;
    private const int Columns = 2;
    private const int PageTop = 84;
    private const int PageMargin = 24;

    private const string Closed = "#eef0f3";
    private const string Holiday = "#bfd7f2";
    private const string Covered = "#1f9d55";
    private const string Uncovered = "#d7263d";

    private static readonly LocalDate FirstMonday = new(2026, 12, 28);

    /// <summary>Renders every contract's panel and a legend.</summary>
    public static string Render(IReadOnlyList<ContractCoverage> contracts)
    {
        int rows = (contracts.Count + 1 + Columns - 1) / Columns;
        int width = PageMargin * 2 + Columns * PanelWidth;
        int height = PageTop + rows * PanelHeight + PageMargin;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\">\n"));
        svg.Append(Inv($"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n"));
        svg.Append(Inv($"<text x=\"{PageMargin}\" y=\"38\" font-size=\"22\" font-weight=\"600\" fill=\"#1b1f24\">Acme Knowledge Services — who is on duty when clients need them, 2026</text>\n"));
        svg.Append(Inv($"<text x=\"{PageMargin}\" y=\"62\" font-size=\"13\" fill=\"#57606a\">Each panel: one contract. Across: the client's week, Monday 00:00 to Sunday 24:00 in the client's time zone. Down: the weeks of 2026. Coverage by the staff who qualify for the contract, on their shifts and centre holidays.</text>\n"));

        for (int i = 0; i < contracts.Count; i++)
        {
            Panel(svg, contracts[i], PageMargin + (i % Columns) * PanelWidth, PageTop + (i / Columns) * PanelHeight);
        }

        Legend(svg, PageMargin + (contracts.Count % Columns) * PanelWidth, PageTop + (contracts.Count / Columns) * PanelHeight);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Panel(StringBuilder svg, ContractCoverage coverage, int x, int y)
    {
        var contract = coverage.Contract;
        var zone = contract.Coverage.Zone;
        string share = coverage.Analysis is { } a ? a.CoveredShare.ToString("P1", CultureInfo.InvariantCulture) + " covered" : "no qualified staff";
        svg.Append(Inv($"<g transform=\"translate({x},{y})\">\n"));
        svg.Append(Inv($"<text x=\"{PanelLeft}\" y=\"16\" font-size=\"14\" font-weight=\"600\" fill=\"#1b1f24\">{Escape(contract.GetType().Name)}</text>\n"));
        svg.Append(Inv($"<text x=\"{PanelLeft}\" y=\"32\" font-size=\"11\" fill=\"#57606a\">{Escape($"{contract.Service} · client {contract.Client.Code} · {contract.Coverage.Hours} {zone.Id} · from {string.Join(", ", coverage.Centers.Select(c => c.Name))} · {share}")}</text>\n"));

        string[] days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        for (int d = 0; d < 7; d++)
        {
            int left = PanelLeft + d * 24 * CellWidth;
            svg.Append(Inv($"<text x=\"{left + 12 * CellWidth}\" y=\"{PanelTop - 6}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#57606a\">{days[d]}</text>\n"));
        }

        var cells = new CellMeasure(coverage);
        bool previousMismatch = false;
        for (int week = 0; week < Weeks; week++)
        {
            var monday = FirstMonday.PlusWeeks(week);
            int top = PanelTop + week * CellHeight;
            string? runColour = null;
            int runStart = 0;
            for (int hour = 0; hour <= Hours; hour++)
            {
                string? colour = hour == Hours ? null : cells.Colour(monday.PlusDays(hour / 24), hour % 24);
                if (colour == runColour)
                {
                    continue;
                }

                if (runColour is not null)
                {
                    svg.Append(Inv($"<rect x=\"{PanelLeft + runStart * CellWidth}\" y=\"{top}\" width=\"{(hour - runStart) * CellWidth}\" height=\"{CellHeight - 1}\" fill=\"{runColour}\"/>\n"));
                }

                runColour = colour;
                runStart = hour;
            }

            var thursday = monday.PlusDays(3);
            if (thursday.Day <= 7)
            {
                string month = thursday.ToString("MMM", CultureInfo.InvariantCulture);
                svg.Append(Inv($"<text x=\"{PanelLeft - 6}\" y=\"{top + CellHeight}\" font-size=\"10\" text-anchor=\"end\" fill=\"#57606a\">{month}</text>\n"));
            }

            bool mismatch = coverage.Centers.Any(c => DstMismatch.On(monday.PlusDays(2), zone, c.TimeZone));
            if (mismatch)
            {
                svg.Append(Inv($"<rect x=\"{PanelLeft + Hours * CellWidth + 4}\" y=\"{top}\" width=\"3\" height=\"{CellHeight}\" fill=\"{Uncovered}\"/>\n"));
                if (!previousMismatch)
                {
                    svg.Append(Inv($"<text x=\"{PanelLeft + Hours * CellWidth + 10}\" y=\"{top + CellHeight}\" font-size=\"9\" fill=\"{Uncovered}\">DST ≠</text>\n"));
                }
            }

            previousMismatch = mismatch;
        }

        // Ticks at 06:00, 12:00 and 18:00 of each day, and day separators drawn over the cells.
        for (int h = 6; h < Hours; h += 6)
        {
            if (h % 24 != 0)
            {
                int tick = PanelLeft + h * CellWidth;
                svg.Append(Inv($"<line x1=\"{tick}\" y1=\"{PanelTop - 3}\" x2=\"{tick}\" y2=\"{PanelTop}\" stroke=\"#8c959f\" stroke-width=\"1\"/>\n"));
            }
        }

        for (int d = 1; d < 7; d++)
        {
            int left = PanelLeft + d * 24 * CellWidth;
            svg.Append(Inv($"<line x1=\"{left}\" y1=\"{PanelTop}\" x2=\"{left}\" y2=\"{PanelTop + Weeks * CellHeight}\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n"));
        }

        svg.Append("</g>\n");
    }

    private static void Legend(StringBuilder svg, int x, int y)
    {
        (string Colour, string Text)[] entries =
        [
            (Covered, "client's business hours, covered by qualified staff"),
            ("#e8a33d", "partly covered within the hour"),
            (Uncovered, "client's business hours nobody covers"),
            (Holiday, "client holiday (inside the weekly window)"),
            (Closed, "outside the coverage window"),
        ];
        svg.Append(Inv($"<g transform=\"translate({x + PanelLeft},{y + PanelTop})\">\n"));
        svg.Append("<text x=\"0\" y=\"-14\" font-size=\"14\" font-weight=\"600\" fill=\"#1b1f24\">Legend</text>\n");
        for (int i = 0; i < entries.Length; i++)
        {
            svg.Append(Inv($"<rect x=\"0\" y=\"{i * 24}\" width=\"28\" height=\"14\" rx=\"2\" fill=\"{entries[i].Colour}\"/>\n"));
            svg.Append(Inv($"<text x=\"38\" y=\"{i * 24 + 11}\" font-size=\"12\" fill=\"#1b1f24\">{Escape(entries[i].Text)}</text>\n"));
        }

        int note = entries.Length * 24 + 16;
        svg.Append(Inv($"<text x=\"0\" y=\"{note}\" font-size=\"12\" fill=\"#1b1f24\"><tspan fill=\"{Uncovered}\">DST ≠</tspan> marks weeks when the client and a delivery centre</text>\n"));
        svg.Append(Inv($"<text x=\"0\" y=\"{note + 16}\" font-size=\"12\" fill=\"#1b1f24\">are on different sides of a clock change (US vs EU: 14–28 March, 31 Oct–7 Nov).</text>\n"));
        svg.Append("</g>\n");
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
