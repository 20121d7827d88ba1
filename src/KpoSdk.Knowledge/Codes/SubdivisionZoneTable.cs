namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// The generated subdivision zone table's text, read once into one array of zone IDs and, for
/// each subdivision row, where its zones start in it (rows the data does not list have none).
/// </summary>
internal static partial class SubdivisionZoneTable
{
    // Zones of row r are s_zones[s_start[r] .. s_start[r + 1]). Initialised before s_zones,
    // which fills it: static fields initialise in textual order.
    private static readonly int[] s_start = new int[Subdivisions.Count + 1];
    private static readonly string[] s_zones = Read();

    /// <summary>The number of zones the data gives the subdivision; 0 when it has no entry.</summary>
    public static int CountOf(int subdivisionRow) => s_start[subdivisionRow + 1] - s_start[subdivisionRow];

    /// <summary>The subdivision's <paramref name="i"/>th zone, primary first; the caller checks <paramref name="i"/>.</summary>
    public static string ZoneOf(int subdivisionRow, int i) => s_zones[s_start[subdivisionRow] + i];

    private static string[] Read()
    {
        var rows = TableText.Rows(Data, 2);
        var zones = new List<string>();
        int previous = -1;
        foreach (var fields in rows)
        {
            int row = Subdivisions.FindCode(fields[0]!);
            if (row <= previous)
            {
                throw new InvalidOperationException($"Generated subdivision zone table row '{fields[0]}' is not a subdivision code in code order.");
            }

            // Rows without data between the previous listed row and this one start where it ends.
            for (int r = previous + 1; r <= row; r++)
            {
                s_start[r] = zones.Count;
            }

            zones.AddRange(fields[1]!.Split(' '));
            previous = row;
        }

        for (int r = previous + 1; r < s_start.Length; r++)
        {
            s_start[r] = zones.Count;
        }

        return zones.ToArray();
    }
}
