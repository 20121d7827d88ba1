namespace KpoSdk.Knowledge.Codes;

/// <summary>The generated language table's text, read into records once.</summary>
internal static partial class LanguageTable
{
    public static readonly LanguageRecord[] Rows = Read();

    private static LanguageRecord[] Read()
    {
        var rows = TableText.Rows(Data, 6);
        var records = new LanguageRecord[rows.Count];
        for (int i = 0; i < records.Length; i++)
        {
            var f = rows[i];
            records[i] = new LanguageRecord(f[0]!, f[1], f[2], f[3]!, Scope(f[4]!), Type(f[5]!));
        }

        return records;
    }

    private static LanguageScope Scope(string letter) => letter switch
    {
        "I" => LanguageScope.Individual,
        "M" => LanguageScope.Macrolanguage,
        _ => throw new InvalidOperationException($"Unknown ISO 639-3 scope '{letter}' in the language table."),
    };

    private static LanguageType Type(string letter) => letter switch
    {
        "L" => LanguageType.Living,
        "E" => LanguageType.Extinct,
        "A" => LanguageType.Ancient,
        "H" => LanguageType.Historical,
        "C" => LanguageType.Constructed,
        _ => throw new InvalidOperationException($"Unknown ISO 639-3 type '{letter}' in the language table."),
    };
}
