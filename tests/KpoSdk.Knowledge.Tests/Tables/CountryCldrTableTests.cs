using System.Xml.Linq;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Tests.Tables;

public class CountryCldrTableTests
{
    // ISO days: Monday = 1 … Sunday = 7; the mask has bit d - 1 for day d.
    [Theory]
    [InlineData("SA", new[] { 5, 6 })]
    [InlineData("IN", new[] { 7 })]
    [InlineData("IR", new[] { 5 })]
    [InlineData("AF", new[] { 4, 5 })]
    [InlineData("US", new[] { 6, 7 })]
    [InlineData("DE", new[] { 6, 7 })]
    [InlineData("UG", new[] { 7 })]
    public void Weekends_follow_cldr_week_data(string alpha2, int[] isoDays)
    {
        Assert.True(Countries.TryFind(alpha2, out int row));
        Assert.Equal(isoDays.Aggregate(0, (mask, day) => mask | (1 << (day - 1))), Countries.WeekendMask(row));
    }

    [Fact]
    public void Every_territory_without_week_data_of_its_own_gets_the_world_default()
    {
        var weekData = SourceData.Cldr.Descendants("weekData").Single();
        var listed = weekData.Elements("weekendStart").Concat(weekData.Elements("weekendEnd"))
            .SelectMany(e => ((string)e.Attribute("territories")!).Split(' ', '\t', '\n'))
            .ToHashSet(StringComparer.Ordinal);
        int defaults = 0;
        for (int row = 0; row < Countries.Count; row++)
        {
            if (!listed.Contains(Countries.Alpha2(row)))
            {
                Assert.Equal(0b1100000, Countries.WeekendMask(row));
                defaults++;
            }
        }

        Assert.True(defaults > 200, $"only {defaults} countries use the default weekend");
    }

    [Fact]
    public void India_lists_hindi_and_english_as_official_then_regional_languages()
    {
        var languages = LanguagesOf("IN");
        Assert.Equal([("hi", LanguageStatus.Official), ("en", LanguageStatus.Official)], languages.Take(2));
        Assert.Contains(("mr", LanguageStatus.OfficialRegional), languages);
        Assert.Contains(("ta", LanguageStatus.OfficialRegional), languages);
        Assert.DoesNotContain(languages, l => l.Code == "bho");
    }

    [Fact]
    public void Switzerland_has_four_languages_with_their_statuses()
    {
        var languages = LanguagesOf("CH");
        Assert.Equal(["de", "fr", "it"], languages.Where(l => l.Status == LanguageStatus.Official).Select(l => l.Code));
        Assert.Contains(("rm", LanguageStatus.OfficialRegional), languages);
    }

    [Fact]
    public void United_states_english_is_de_facto_official_and_first()
    {
        var languages = LanguagesOf("US");
        Assert.Equal(("en", LanguageStatus.DeFactoOfficial), languages[0]);
        Assert.Contains(("es", LanguageStatus.OfficialRegional), languages);
        Assert.Contains(("haw", LanguageStatus.OfficialRegional), languages);
    }

    [Fact]
    public void Script_variants_map_to_their_language_once_with_the_strongest_status()
    {
        // CLDR lists zh and zh_Hant for Taiwan, sr_Latn for Serbia's neighbours.
        Assert.Equal([("zh", LanguageStatus.Official)], LanguagesOf("TW"));
        foreach (int row in Enumerable.Range(0, Countries.Count))
        {
            var codes = Enumerable.Range(0, Countries.LanguageCount(row)).Select(i => Countries.Language(row, i)).ToArray();
            Assert.Equal(codes.Length, codes.Distinct().Count());
        }
    }

    [Fact]
    public void Rows_are_aligned_with_the_country_table_and_agree_with_cldr_official_statuses()
    {
        var territories = SourceData.Cldr.Descendants("territoryInfo").Elements("territory")
            .ToDictionary(t => (string)t.Attribute("type")!);
        for (int row = 0; row < Countries.Count; row++)
        {
            Assert.Equal(Countries.Alpha2(row), CountryCldrTable.Rows[row].Alpha2);
            var expected = territories[Countries.Alpha2(row)].Elements("languagePopulation")
                .Where(l => l.Attribute("officialStatus") is not null)
                .Select(l => ((string)l.Attribute("type")!).Split('_')[0])
                .ToHashSet(StringComparer.Ordinal);
            var actual = Enumerable.Range(0, Countries.LanguageCount(row))
                .Select(i => Languages.Code(Countries.Language(row, i)))
                .ToHashSet(StringComparer.Ordinal);
            Assert.True(expected.SetEquals(actual), $"{Countries.Alpha2(row)}: CLDR {string.Join(" ", expected)}, table {string.Join(" ", actual)}");
        }
    }

    private static List<(string Code, LanguageStatus Status)> LanguagesOf(string alpha2)
    {
        Assert.True(Countries.TryFind(alpha2, out int row));
        return Enumerable.Range(0, Countries.LanguageCount(row))
            .Select(i => (Languages.Code(Countries.Language(row, i)), Countries.LanguageStatusAt(row, i)))
            .ToList();
    }
}
