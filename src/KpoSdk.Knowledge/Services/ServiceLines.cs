namespace KpoSdk.Knowledge.Services;

/// <summary>Look-ups over the generated service-line table.</summary>
internal static class ServiceLines
{
    // Indexed by enum value; values are dense from 1 and at most 63 (the tool checks).
    private static readonly ServiceLineInfo?[] s_byValue = BuildIndex();

    public static IReadOnlyList<ServiceLineInfo> All => ServiceLineTable.Rows;

    public static bool IsDefined(ServiceLine line) => (uint)line < (uint)s_byValue.Length && s_byValue[(int)line] is not null;

    /// <summary>The facts of <paramref name="line"/>; throws for a value that is not a service line.</summary>
    public static ServiceLineInfo Info(ServiceLine line) =>
        IsDefined(line)
            ? s_byValue[(int)line]!
            : throw new ArgumentOutOfRangeException(nameof(line), line, $"{(int)line} is not a ServiceLine value; expected one of {string.Join(", ", All.Select(r => r.Line))}.");

    /// <summary>Finds a service line by its enum name, ignoring case; never throws.</summary>
    public static bool TryParse(string? name, out ServiceLine line)
    {
        foreach (var row in ServiceLineTable.Rows)
        {
            if (string.Equals(row.Line.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                line = row.Line;
                return true;
            }
        }

        line = default;
        return false;
    }

    private static ServiceLineInfo?[] BuildIndex()
    {
        var index = new ServiceLineInfo?[ServiceLineTable.Rows.Max(r => (int)r.Line) + 1];
        foreach (var row in ServiceLineTable.Rows)
        {
            index[(int)row.Line] = row;
        }

        return index;
    }
}
