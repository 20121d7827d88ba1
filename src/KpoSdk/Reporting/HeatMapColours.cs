namespace KpoSdk.Reporting;

/// <summary>The fills of the heat map and its legend.</summary>
internal static class HeatMapColours
{
    public const string Closed = "#eef0f3";
    public const string Holiday = "#bfd7f2";
    public const string Covered = "#1f9d55";
    public const string Partly = "#e8a33d";
    public const string Uncovered = "#d7263d";
    public const string Text = "#1b1f24";
    public const string Muted = "#57606a";
}
