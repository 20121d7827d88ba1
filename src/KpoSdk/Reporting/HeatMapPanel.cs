using System.Globalization;
using System.Text;
using KpoSdk.Time;
using static KpoSdk.Reporting.CoverageHeatMap;

namespace KpoSdk.Reporting;

/// <summary>Draws one panel: headings, day names, one run of rectangles per colour per week, month labels, DST marks and ticks.</summary>
internal static class HeatMapPanel
{
    private static readonly string[] s_days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static void Draw(StringBuilder svg, CoverageHeatMapPanel panel, int x, int y)
    {
        var analysis = panel.Analysis;
        var zone = analysis.Client.Zone;
        int weeks = WeeksOf(analysis.Dates);
        svg.Append(Inv($"<g transform=\"translate({x},{y})\">\n"));
        svg.Append(Inv($"<text x=\"{PanelLeft}\" y=\"16\" font-size=\"14\" font-weight=\"600\" fill=\"{HeatMapColours.Text}\">{Escape(panel.Title)}</text>\n"));
        svg.Append(Inv($"<text x=\"{PanelLeft}\" y=\"32\" font-size=\"11\" fill=\"{HeatMapColours.Muted}\">{Escape(panel.Caption)}</text>\n"));
        for (int d = 0; d < 7; d++)
        {
            int left = PanelLeft + d * 24 * CellWidth;
            svg.Append(Inv($"<text x=\"{left + 12 * CellWidth}\" y=\"{PanelTop - 6}\" font-size=\"10\" text-anchor=\"middle\" fill=\"{HeatMapColours.Muted}\">{s_days[d]}</text>\n"));
        }

        var cells = new HeatMapCells(analysis);
        var first = MondayOf(analysis.Dates.Start);
        bool previousMismatch = false;
        for (int week = 0; week < weeks; week++)
        {
            var monday = first.PlusWeeks(week);
            int top = PanelTop + week * CellHeight;
            Row(svg, cells, monday, top);
            var thursday = monday.PlusDays(3);
            if (thursday.Day <= 7)
            {
                string month = thursday.ToString("MMM", CultureInfo.InvariantCulture);
                svg.Append(Inv($"<text x=\"{PanelLeft - 6}\" y=\"{top + CellHeight}\" font-size=\"10\" text-anchor=\"end\" fill=\"{HeatMapColours.Muted}\">{month}</text>\n"));
            }

            bool mismatch = panel.CenterZones.Any(c => ClockChanges.AreMismatched(monday.PlusDays(2), zone, c));
            if (mismatch)
            {
                svg.Append(Inv($"<rect x=\"{PanelLeft + Hours * CellWidth + 4}\" y=\"{top}\" width=\"3\" height=\"{CellHeight}\" fill=\"{HeatMapColours.Uncovered}\"/>\n"));
                if (!previousMismatch)
                {
                    svg.Append(Inv($"<text x=\"{PanelLeft + Hours * CellWidth + 10}\" y=\"{top + CellHeight}\" font-size=\"9\" fill=\"{HeatMapColours.Uncovered}\">DST ≠</text>\n"));
                }
            }

            previousMismatch = mismatch;
        }

        Ticks(svg, weeks);
        svg.Append("</g>\n");
    }

    /// <summary>One week: a rectangle per run of hours of the same colour.</summary>
    private static void Row(StringBuilder svg, HeatMapCells cells, NodaTime.LocalDate monday, int top)
    {
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
    }

    /// <summary>Ticks at 06:00, 12:00 and 18:00 of each day, and day separators drawn over the cells.</summary>
    private static void Ticks(StringBuilder svg, int weeks)
    {
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
            svg.Append(Inv($"<line x1=\"{left}\" y1=\"{PanelTop}\" x2=\"{left}\" y2=\"{PanelTop + weeks * CellHeight}\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n"));
        }
    }
}
