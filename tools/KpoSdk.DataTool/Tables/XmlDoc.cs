namespace KpoSdk.DataTool.Tables;

/// <summary>Text for XML documentation comments.</summary>
internal static class XmlDoc
{
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>"United States of America (USA, 840)." — how a generated member describes a country.</summary>
    public static string CountrySummary(CountryRow country) =>
        Escape($"{country.LongName} ({country.Alpha3}, {country.Numeric.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)}).");
}
