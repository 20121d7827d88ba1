namespace KpoSdk.DataTool.Tables;

/// <summary>
/// Generates the ISO 3166-3 table of withdrawn country codes, used to tell a user that a code
/// such as 'ZR' was withdrawn and, when there is exactly one, which current code replaced it.
/// </summary>
public sealed class WithdrawnCountryTableGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/WithdrawnCountryTable.g.cs";

    public override string Generate(DataDirectory data)
    {
        var current = CountryRow.Read(data).Select(c => c.Alpha2).ToHashSet(StringComparer.Ordinal);
        var file = new CSharpWriter(nameof(WithdrawnCountryTableGenerator), $"tools/data/{DataSources.WithdrawnCountries} ({DataSources.IsoCodes})")
            .Line("#nullable enable")
            .Line()
            .Line("namespace KpoSdk.Knowledge.Codes;")
            .Line()
            .Line("/// <summary>ISO 3166-3 withdrawn country codes, in the order of the source file.</summary>")
            .Line("internal static class WithdrawnCountryTable")
            .Line("{")
            .Line("    // alpha-2, alpha-3, numeric (0 when none), name, withdrawal date, current successor (alpha-2) when there is exactly one")
            .Line("    public static readonly WithdrawnCountryRecord[] Rows =")
            .Line("    [");
        foreach (var e in IsoCodesJson.Read(data, DataSources.WithdrawnCountries, "3166-3"))
        {
            string alpha2 = e.Required("alpha_2");
            string? numeric = e.Optional("numeric");
            string? successor = Successor(alpha2, e.Required("alpha_4"), current);
            file.Line($"        new({CSharpWriter.Literal(alpha2)}, {CSharpWriter.Literal(e.Required("alpha_3"))}, "
                + $"{CSharpWriter.Int(numeric is null ? 0 : int.Parse(numeric, System.Globalization.CultureInfo.InvariantCulture))}, "
                + $"{CSharpWriter.Literal(e.Required("name"))}, {CSharpWriter.Literal(e.Required("withdrawal_date"))}, {CSharpWriter.Literal(successor)}),");
        }

        return file.Line("    ];").Line("}").ToString();
    }

    /// <summary>
    /// The ISO 3166-3 alpha-4 code is the withdrawn alpha-2 followed by the code that replaced it,
    /// "AA" when the alpha-2 itself stayed in use, and "HH" or "XX" when no single code did.
    /// Only a successor that is a current code helps a user.
    /// </summary>
    private static string? Successor(string alpha2, string alpha4, HashSet<string> current)
    {
        string tail = alpha4.Substring(2, 2);
        string successor = tail == "AA" ? alpha2 : tail;
        return current.Contains(successor) ? successor : null;
    }
}
