using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Tests.Codes;

public class JurisdictionMessagesTests
{
    [Fact]
    public void Unknown_subdivision_lists_the_codes_one_typo_away_and_the_expected_form()
    {
        Assert.Equal(
            "Unknown subdivision 'US-XY' of United States. Did you mean 'US-KY' (Kentucky), 'US-NY' (New York) or 'US-WY' (Wyoming)? "
            + "Expected 'US' or 'US-' followed by one of its 57 ISO 3166-2 subdivision codes, e.g. 'US-AK' (Alaska).",
            Jurisdictions.DescribeUnknown("US-XY"));
    }

    [Fact]
    public void Subdivision_named_instead_of_coded_suggests_its_code()
    {
        Assert.StartsWith("Unknown subdivision 'US-New York' of United States. Did you mean 'US-NY' (New York)?", Jurisdictions.DescribeUnknown("US-New York"));
        Assert.StartsWith("Unknown subdivision 'IN-Maharashtra' of India. Did you mean 'IN-MH' (Mahārāshtra)?", Jurisdictions.DescribeUnknown("IN-Maharashtra"));
    }

    [Fact]
    public void Alpha3_country_part_suggests_the_alpha2_form()
    {
        Assert.Equal(
            "Unknown jurisdiction 'USA-NY'. A subdivision code starts with the country's alpha-2 code. Did you mean 'US-NY' (New York)? " + Jurisdictions.Expected,
            Jurisdictions.DescribeUnknown("USA-NY"));
    }

    [Fact]
    public void Unknown_country_part_suggests_the_country_meant()
    {
        Assert.StartsWith("Unknown jurisdiction 'UK-ENG'. Did you mean 'GB-ENG' (England)?", Jurisdictions.DescribeUnknown("UK-ENG"));
        Assert.StartsWith("Unknown country 'UK' in the jurisdiction 'UK-XYZ'. Did you mean 'GB' (United Kingdom)?", Jurisdictions.DescribeUnknown("UK-XYZ"));
        Assert.Equal("Unknown country 'QQ' in the jurisdiction 'QQ-12'. " + Jurisdictions.Expected, Jurisdictions.DescribeUnknown("QQ-12"));
    }

    [Fact]
    public void Country_without_subdivisions_says_so()
    {
        Assert.Equal("Unknown jurisdiction 'AQ-XX': Antarctica has no ISO 3166-2 subdivisions. Did you mean 'AQ'?", Jurisdictions.DescribeUnknown("AQ-XX"));
    }

    [Fact]
    public void Country_only_input_gets_the_country_message_with_jurisdiction_forms()
    {
        Assert.Equal("Unknown jurisdiction 'UK'. Did you mean 'GB' (United Kingdom)? " + Jurisdictions.Expected, Jurisdictions.DescribeUnknown("UK"));
    }

    [Theory]
    [InlineData("", "The jurisdiction is empty.")]
    [InlineData("  ", "The jurisdiction '  ' is only whitespace.")]
    [InlineData(" US-NY", "The jurisdiction ' US-NY' has leading or trailing whitespace. Did you mean 'US-NY' (New York)?")]
    public void Shape_problems_are_named(string text, string start)
    {
        string message = Jurisdictions.DescribeUnknown(text);
        Assert.StartsWith(start, message);
        Assert.EndsWith(Jurisdictions.Expected, message);
    }
}
