namespace KpoSdk.Knowledge.Codes;

internal static partial class TimeZoneIds
{
    /// <summary>
    /// Whether zone.tab has a line for the ID itself ("America/Blanc-Sablon", "Asia/Kolkata"),
    /// as opposed to an ID that is only a name for another zone ("Asia/Calcutta", "US/Pacific",
    /// "EST"). An ID with its own line names a place; a link without one stands for its canonical zone.
    /// </summary>
    public static bool HasLocation(string? id)
    {
        int index = id is null ? -1 : IndexOf(id);
        return index >= 0 && s_locationCountry[index] >= 0;
    }
}
