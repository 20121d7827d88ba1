namespace KpoSdk.DataTool.Tables;

/// <summary>Generates the ISO 3166-2 subdivision table of KpoSdk.Knowledge.</summary>
public sealed class SubdivisionTableGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/SubdivisionTable.g.cs";

    public override string Generate(DataDirectory data)
    {
        var countries = CountryRow.Read(data).Select(c => c.Alpha2).ToHashSet(StringComparer.Ordinal);

        // Ordinal order of the full code keeps each country's subdivisions contiguous and in
        // country-row order, which is what the lookup's binary search relies on.
        var subdivisions = IsoCodesJson.Read(data, DataSources.Subdivisions, "3166-2")
            .Select(e => (Code: e.Required("code"), Name: e.Required("name"), Type: e.Required("type"), Parent: FullParent(e)))
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .ToArray();
        var codes = subdivisions.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var s in subdivisions)
        {
            if (s.Code.Length < 4 || s.Code.Length > 6 || s.Code[2] != '-' || !countries.Contains(s.Code.Substring(0, 2))
                || !s.Code.Skip(3).All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                throw new InvalidDataException($"{DataSources.Subdivisions}: '{s.Code}' is not a country code, '-' and 1 to 3 upper-case letters or digits.");
            }

            if (s.Parent is not null && !codes.Contains(s.Parent))
            {
                throw new InvalidDataException($"{DataSources.Subdivisions}: the parent '{s.Parent}' of '{s.Code}' is not in the file.");
            }
        }

        return new CSharpWriter(nameof(SubdivisionTableGenerator), $"tools/data/{DataSources.Subdivisions} ({DataSources.IsoCodes})")
            .Line()
            .Line("namespace KpoSdk.Knowledge.Codes;")
            .Line()
            .Line("/// <summary>The ISO 3166-2 subdivisions in ordinal order of their code, so a country's subdivisions are contiguous.</summary>")
            .Line("internal static partial class SubdivisionTable")
            .Line("{")
            .Line($"    public const int Count = {subdivisions.Length};")
            .Line()
            .Line("    // code|name|type|parent code")
            .TextTable("Data", subdivisions.Select(s => new[] { s.Code, s.Name, s.Type, s.Parent }))
            .Line("}")
            .ToString();
    }

    /// <summary>iso-codes gives a parent either as a full code ("GB-NIR") or as the part after the country ("NX").</summary>
    private static string? FullParent(IReadOnlyDictionary<string, string> entry)
    {
        string? parent = entry.Optional("parent");
        if (parent is null || parent.Contains('-'))
        {
            return parent;
        }

        return entry.Required("code").Substring(0, 3) + parent;
    }
}
