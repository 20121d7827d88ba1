using System.Globalization;

namespace KpoSdk.Tests.Codes;

public class CountryParsingTests
{
    public static TheoryData<Country> AllCountries() => new(Country.All);

    [Fact]
    public void There_are_249_countries_in_alpha2_order()
    {
        Assert.Equal(249, Country.Count);
        Assert.Equal(249, Country.All.Count);
        Assert.Equal(Country.All.OrderBy(c => c.Alpha2, StringComparer.Ordinal), Country.All);
        Assert.Equal(249, Country.All.Select(c => c.Numeric).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(AllCountries))]
    public void Every_country_round_trips_through_every_code_form_in_any_case(Country country)
    {
        string numeric = country.Numeric.ToString("D3", CultureInfo.InvariantCulture);
        foreach (string text in new[] { country.Alpha2, country.Alpha3, numeric, country.Alpha2.ToLowerInvariant(), country.Alpha3.ToLowerInvariant() })
        {
            Assert.Equal(country, Country.Parse(text));
            Assert.True(Country.TryParse(text.AsSpan(), out var fromSpan));
            Assert.Equal(country, fromSpan);
        }

        Assert.Equal(country, Country.Parse(country.ToString()));
        Assert.Equal(country.Alpha3, country.ToString("3", null));
        Assert.Equal(numeric, country.ToString("N", null));
        Assert.Equal(country.Name, country.ToString("F", null));
    }

    [Fact]
    public void Static_members_name_their_countries()
    {
        Assert.Equal("US", Country.US.Alpha2);
        Assert.Equal("USA", Country.US.Alpha3);
        Assert.Equal(840, Country.US.Numeric);
        Assert.Equal("IND", Country.IN.Alpha3);
        Assert.Equal("GB", Country.Parse("gbr").Alpha2);
        Assert.Equal(Country.DE, Country.Parse("276"));
        Assert.Equal(Country.AF, Country.Parse("004"));
    }

    [Fact]
    public void Null_is_an_argument_error()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Country.Parse((string)null!));
        Assert.Equal("text", ex.ParamName);
        Assert.False(Country.TryParse((string?)null, out _));
    }

    [Theory]
    [InlineData("UK", "GB")]
    [InlineData("EL", "GR")]
    public void A_common_mistake_is_rejected_with_a_suggestion(string text, string suggestion)
    {
        var ex = Assert.Throws<FormatException>(() => Country.Parse(text));
        Assert.Contains($"'{text}'", ex.Message);
        Assert.Contains($"'{suggestion}'", ex.Message);
        Assert.False(Country.TryParse(text, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" US")]
    [InlineData("US ")]
    [InlineData("U")]
    [InlineData("XX")]
    [InlineData("U$")]
    [InlineData("840 ")]
    [InlineData("84")]
    [InlineData("0840")]
    [InlineData("999")]
    [InlineData("ÜS")]
    [InlineData("United States of America and then some more text that goes on")]
    public void Garbage_is_rejected_with_a_message_that_quotes_it_and_names_the_forms(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Country.Parse(text));
        string quoted = text.Length <= 20 ? text : text[..20];
        Assert.Contains(quoted, ex.Message);
        Assert.Contains("alpha-2", ex.Message);
        Assert.False(Country.TryParse(text, out var country));
        Assert.True(country.IsDefault);
    }

    [Fact]
    public void Default_names_no_country()
    {
        Country none = default;
        Assert.True(none.IsDefault);
        Assert.Equal("(default)", none.ToString());
        var ex = Assert.Throws<InvalidOperationException>(() => none.Alpha2);
        Assert.Contains("default(Country)", ex.Message);
        Assert.True(none < Country.AD);
    }

    [Fact]
    public void Unknown_formats_are_rejected_naming_the_known_ones()
    {
        var ex = Assert.Throws<FormatException>(() => Country.US.ToString("X", null));
        Assert.Contains("'X'", ex.Message);
    }

    [Fact]
    public void Formats_into_spans()
    {
        Span<char> buffer = stackalloc char[8];
        Assert.True(Country.US.TryFormat(buffer, out int written, "3", null));
        Assert.Equal("USA", buffer[..written].ToString());
        Assert.False(Country.US.TryFormat(buffer[..1], out _, "", null));
        Assert.Equal("code: US", string.Create(CultureInfo.InvariantCulture, $"code: {Country.US}"));
    }

    [Fact]
    public void Parsing_allocates_nothing_on_success()
    {
        var inputs = new[] { "US", "usa", "840", "IN", "deu" };
        Country.TryParse(inputs[0].AsSpan(), out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int found = 0;
        for (int i = 0; i < 1000; i++)
        {
            found += Country.TryParse(inputs[i % inputs.Length].AsSpan(), out _) ? 1 : 0;
            found += Country.TryParse(inputs[i % inputs.Length], out _) ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(2000, found);
    }
}
