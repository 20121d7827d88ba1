namespace KpoSdk.Knowledge.Codes;

/// <summary>The generated subdivision table's text, read into records once.</summary>
internal static partial class SubdivisionTable
{
    public static readonly SubdivisionRecord[] Rows = Read();

    private static SubdivisionRecord[] Read()
    {
        var rows = TableText.Rows(Data, 4);
        var records = new SubdivisionRecord[rows.Count];
        for (int i = 0; i < records.Length; i++)
        {
            var f = rows[i];
            records[i] = new SubdivisionRecord(f[0]!, f[1]!, f[2]!, f[3]);
        }

        return records;
    }
}
