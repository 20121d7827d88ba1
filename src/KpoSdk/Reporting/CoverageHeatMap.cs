using System.Globalization;
using System.Net;
using System.Text;
using NodaTime;

namespace KpoSdk.Reporting;

/// <summary>
/// Renders coverage analyses as an SVG heat map, one panel per analysis: the hour of the client's
/// week across (Monday 00:00 to Sunday 24:00 in the client's zone), the weeks of the analysed dates
/// down; green where the delivery shifts cover the client's hours, amber where they cover part of
/// an hour, red where nobody does, pale blue on client holidays, grey outside the window. Weeks in
/// which the client and a centre change clocks on different dates are marked "DST ≠".
/// </summary>
/// <remarks>The output is deterministic and culture-invariant; text is XML-escaped.</remarks>
public static class CoverageHeatMap
{
    internal const int CellWidth = 5;
    internal const int CellHeight = 5;
    internal const int Hours = 7 * 24;
    internal const int PanelLeft = 44;
    internal const int PanelTop = 52;
    private const int PanelWidth = PanelLeft + Hours * CellWidth + 56;
    private const int Columns = 2;
    private const int PageTop = 84;
    private const int PageMargin = 24;
    private const int LegendHeight = 200;

    /// <summary>Renders the panels under a page heading, with a legend after the last panel.</summary>
    /// <param name="title">The page heading.</param>
    /// <param name="subtitle">A line under the heading (what the panels show); may be empty.</param>
    /// <param name="panels">The panels, drawn two to a row in order.</param>
    /// <returns>A standalone SVG document.</returns>
    /// <exception cref="ArgumentNullException">An argument or a panel is null.</exception>
    public static string Render(string title, string subtitle, IReadOnlyList<CoverageHeatMapPanel> panels)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(subtitle);
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(panels), "A panel is null.");
        }

        int weeks = panels.Count == 0 ? 0 : panels.Max(p => WeeksOf(p.Analysis.Dates));
        int panelHeight = Math.Max(PanelTop + weeks * CellHeight + 24, PanelTop + LegendHeight);
        int rows = (panels.Count + 1 + Columns - 1) / Columns;
        int width = PageMargin * 2 + Columns * PanelWidth;
        int height = PageTop + rows * panelHeight + PageMargin;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\">\n"));
        svg.Append(Inv($"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n"));
        svg.Append(Inv($"<text x=\"{PageMargin}\" y=\"38\" font-size=\"22\" font-weight=\"600\" fill=\"{HeatMapColours.Text}\">{Escape(title)}</text>\n"));
        svg.Append(Inv($"<text x=\"{PageMargin}\" y=\"62\" font-size=\"13\" fill=\"{HeatMapColours.Muted}\">{Escape(subtitle)}</text>\n"));
        for (int i = 0; i < panels.Count; i++)
        {
            HeatMapPanel.Draw(svg, panels[i], PageMargin + (i % Columns) * PanelWidth, PageTop + (i / Columns) * panelHeight);
        }

        Legend(svg, PageMargin + (panels.Count % Columns) * PanelWidth, PageTop + (panels.Count / Columns) * panelHeight);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>The Monday on or before <paramref name="date"/>.</summary>
    internal static LocalDate MondayOf(LocalDate date) => date.PlusDays(-((int)date.DayOfWeek - 1));

    internal static int WeeksOf(DateInterval dates) => (Period.Between(MondayOf(dates.Start), dates.End, PeriodUnits.Days).Days / 7) + 1;

    internal static string Escape(string text) => WebUtility.HtmlEncode(text);

    internal static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Legend(StringBuilder svg, int x, int y)
    {
        (string Colour, string Text)[] entries =
        [
            (HeatMapColours.Covered, "client's business hours, covered by the delivery shifts"),
            (HeatMapColours.Partly, "partly covered within the hour"),
            (HeatMapColours.Uncovered, "client's business hours nobody covers"),
            (HeatMapColours.Holiday, "client holiday (inside the weekly window)"),
            (HeatMapColours.Closed, "outside the coverage window"),
        ];
        svg.Append(Inv($"<g transform=\"translate({x + PanelLeft},{y + PanelTop})\">\n"));
        svg.Append(Inv($"<text x=\"0\" y=\"-14\" font-size=\"14\" font-weight=\"600\" fill=\"{HeatMapColours.Text}\">Legend</text>\n"));
        for (int i = 0; i < entries.Length; i++)
        {
            svg.Append(Inv($"<rect x=\"0\" y=\"{i * 24}\" width=\"28\" height=\"14\" rx=\"2\" fill=\"{entries[i].Colour}\"/>\n"));
            svg.Append(Inv($"<text x=\"38\" y=\"{i * 24 + 11}\" font-size=\"12\" fill=\"{HeatMapColours.Text}\">{Escape(entries[i].Text)}</text>\n"));
        }

        int note = entries.Length * 24 + 16;
        svg.Append(Inv($"<text x=\"0\" y=\"{note}\" font-size=\"12\" fill=\"{HeatMapColours.Text}\"><tspan fill=\"{HeatMapColours.Uncovered}\">DST ≠</tspan> marks weeks when the client and a delivery centre</text>\n"));
        svg.Append(Inv($"<text x=\"0\" y=\"{note + 16}\" font-size=\"12\" fill=\"{HeatMapColours.Text}\">are on different sides of a clock change (US vs EU: March, October/November).</text>\n"));
        svg.Append("</g>\n");
    }
}
