using System.Globalization;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Tests.Tables;

public class CountryTableTests
{
    private static readonly IReadOnlyList<Dictionary<string, string>> s_source = SourceData.IsoCodes("iso_3166-1.json", "3166-1");

    [Fact]
    public void Has_all_249_countries_of_iso_codes()
    {
        Assert.Equal(249, s_source.Count);
        Assert.Equal(249, Countries.Count);
    }

    [Fact]
    public void Every_iso_codes_entry_is_present_with_the_same_fields()
    {
        foreach (var entry in s_source)
        {
            Assert.True(Countries.TryFind(entry["alpha_2"], out int row), entry["alpha_2"]);
            Assert.Equal(entry["alpha_2"], Countries.Alpha2(row));
            Assert.Equal(entry["alpha_3"], Countries.Alpha3(row));
            Assert.Equal(int.Parse(entry["numeric"], CultureInfo.InvariantCulture), Countries.Numeric(row));
            Assert.Equal(entry["name"], Countries.Name(row));
            Assert.Equal(entry.Field("official_name") ?? entry["name"], Countries.OfficialName(row));
            Assert.Equal(entry.Field("common_name") ?? entry["name"], Countries.CommonName(row));
        }
    }

    [Fact]
    public void Rows_are_in_alpha2_order()
    {
        for (int row = 1; row < Countries.Count; row++)
        {
            Assert.True(string.CompareOrdinal(Countries.Alpha2(row - 1), Countries.Alpha2(row)) < 0, Countries.Alpha2(row));
        }
    }

    [Fact]
    public void Withdrawn_codes_match_iso_3166_3_and_successors_are_current()
    {
        var source = SourceData.IsoCodes("iso_3166-3.json", "3166-3");
        Assert.Equal(source.Count, WithdrawnCountryTable.Rows.Length);
        for (int i = 0; i < source.Count; i++)
        {
            var record = WithdrawnCountryTable.Rows[i];
            Assert.Equal(source[i]["alpha_3"], record.Alpha3);
            Assert.Equal(source[i]["name"], record.Name);
            if (record.Successor is { } successor)
            {
                Assert.True(Countries.TryFind(successor, out _), successor);
            }
        }

        Assert.Equal("CD", WithdrawnCountryTable.Rows.Single(w => w.Alpha2 == "ZR").Successor);
        Assert.Null(WithdrawnCountryTable.Rows.Single(w => w.Alpha2 == "SU").Successor);
    }
}
