namespace KpoSdk.Knowledge.Codes;

/// <summary>The generated zone table's text, read into records once.</summary>
internal static partial class ZoneTable
{
    public static readonly ZoneRecord[] Zones = ReadZones();

    public static readonly ZoneLocationRecord[] Locations = ReadLocations();

    private static ZoneRecord[] ReadZones()
    {
        var rows = TableText.Rows(ZoneData, 2);
        var records = new ZoneRecord[rows.Count];
        for (int i = 0; i < records.Length; i++)
        {
            records[i] = new ZoneRecord(rows[i][0]!, rows[i][1]);
        }

        return records;
    }

    private static ZoneLocationRecord[] ReadLocations()
    {
        var rows = TableText.Rows(LocationData, 2);
        var records = new ZoneLocationRecord[rows.Count];
        for (int i = 0; i < records.Length; i++)
        {
            records[i] = new ZoneLocationRecord(rows[i][0]!, rows[i][1]!);
        }

        return records;
    }
}
