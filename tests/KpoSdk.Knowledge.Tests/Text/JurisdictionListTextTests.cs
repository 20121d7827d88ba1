using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Text;

namespace KpoSdk.Knowledge.Tests.Text;

/// <summary>The jurisdiction lists of the contract attributes (<c>DeliveredFrom = "IN PH"</c>).</summary>
public class JurisdictionListTextTests
{
    [Theory]
    [InlineData("IN", "IN")]
    [InlineData("IN PH", "IN PH")]
    [InlineData("in,ph", "IN PH")]
    [InlineData("  IND ,  608\tUS-NY  ", "IN PH US-NY")]
    [InlineData("PH IN", "PH IN")]
    public void Reads_codes_in_order_and_formats_them_canonically(string text, string canonical)
    {
        var ids = JurisdictionListText.Read(text).GetValueOrThrow();

        Assert.Equal(canonical, string.Join(" ", ids.Select(Jurisdictions.Format)));
        Assert.Equal(canonical.Split(' '), ids.Select(Jurisdictions.Format));
    }

    [Theory]
    [InlineData("IN XK", 3, 2, "'XK'")]
    [InlineData("IN USA-NY", 3, 6, "'USA-NY'")]
    [InlineData("IN;PH", 0, 5, "'IN;PH'")]
    public void An_unknown_code_is_reported_where_it_stands(string text, int position, int length, string found)
    {
        var result = JurisdictionListText.Read(text);

        Assert.False(result.Succeeded);
        Assert.Equal(position, result.Error!.Position);
        Assert.Equal(length, result.Error.Length);
        Assert.Equal(found, result.Error.Found);
        Assert.Contains(text, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_jurisdiction_is_an_error_naming_the_repeat()
    {
        var result = JurisdictionListText.Read("IN PH IND");

        Assert.False(result.Succeeded);
        Assert.Equal(6, result.Error!.Position);
        Assert.Contains("'IND' names 'IN' (India) again; it is already in the list as 'IN' at position 0.", result.Error.Message, StringComparison.Ordinal);
    }

    // Issue 15, problem 9: the message said "'IN' repeats IN".
    [Fact]
    public void Problem09_a_repeated_code_says_what_it_repeats_and_where()
    {
        var result = JurisdictionListText.Read("US-NY, IN, IN");

        Assert.Equal(
            "'US-NY, IN, IN' is not a valid list of jurisdictions: expected each jurisdiction once at position 11, found 'IN'. 'IN' names 'IN' (India) again; it is already in the list as 'IN' at position 7.",
            result.Error!.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" , ")]
    public void An_empty_list_is_an_error(string text)
    {
        var result = JurisdictionListText.Read(text);

        Assert.False(result.Succeeded);
        Assert.Contains("at least one jurisdiction code", result.Error!.Message, StringComparison.Ordinal);
        Assert.False(JurisdictionListText.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_never_throws_and_Parse_throws_the_message()
    {
        Assert.False(JurisdictionListText.TryParse(null, out var none));
        Assert.Null(none);
        Assert.True(JurisdictionListText.TryParse("US-CA DE", out var ids));
        Assert.Equal(2, ids.Length);
        var error = Assert.Throws<FormatException>(() => JurisdictionListText.Read("DE XX").GetValueOrThrow());
        Assert.Contains("'DE XX' is not a valid list of jurisdictions", error.Message, StringComparison.Ordinal);
    }
}
