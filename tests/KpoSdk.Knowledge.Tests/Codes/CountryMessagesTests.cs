using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Tests.Codes;

public class CountryMessagesTests
{
    [Fact]
    public void Near_miss_quotes_the_input_suggests_and_names_the_accepted_forms()
    {
        Assert.Equal(
            "Unknown country code 'UK'. Did you mean 'GB' (United Kingdom)? "
            + "Expected an ISO 3166-1 alpha-2 code ('US'), alpha-3 code ('USA') or numeric code ('840').",
            Countries.DescribeUnknown("UK"));
    }

    [Fact]
    public void Garbage_is_quoted_without_a_suggestion()
    {
        Assert.Equal("Unknown country code 'QQ'. " + Countries.Expected, Countries.DescribeUnknown("QQ"));
    }

    [Fact]
    public void Empty_and_whitespace_input_say_so()
    {
        Assert.Equal("The country code is empty. " + Countries.Expected, Countries.DescribeUnknown(""));
        Assert.Equal("The country code '   ' is only whitespace. " + Countries.Expected, Countries.DescribeUnknown("   "));
    }

    [Fact]
    public void Padded_input_names_the_whitespace_and_the_trimmed_code()
    {
        Assert.Equal(
            "The country code ' us ' has leading or trailing whitespace. Did you mean 'US' (United States)? " + Countries.Expected,
            Countries.DescribeUnknown(" us "));
    }

    [Fact]
    public void Over_long_input_is_cut_and_its_length_stated()
    {
        string text = new('A', 500);
        string message = Countries.DescribeUnknown(text);
        Assert.Contains("'" + new string('A', 40) + "…' (500 characters)", message);
        Assert.DoesNotContain(new string('A', 41), message);
    }

    [Fact]
    public void Non_ascii_input_names_the_character()
    {
        Assert.Contains("non-ASCII character 'Ü' (U+00DC)", Countries.DescribeUnknown("ÜS"));
    }

    [Fact]
    public void Control_characters_are_escaped_in_the_quote()
    {
        Assert.Contains("'U\\u000AS'", Countries.DescribeUnknown("U\nS"));
    }

    [Fact]
    public void Withdrawn_code_says_when_and_suggests_the_successor()
    {
        Assert.Equal(
            "Unknown country code 'ZR': it was the code of Zaire, Republic of, withdrawn from ISO 3166-1 on 1997-07-14. "
            + "Did you mean 'CD' (Congo, The Democratic Republic of the)? " + Countries.Expected,
            Countries.DescribeUnknown("ZR"));
        Assert.StartsWith(
            "Unknown country code 'SU': it was the code of USSR, Union of Soviet Socialist Republics, withdrawn from ISO 3166-1 on 1992-08-30. Expected",
            Countries.DescribeUnknown("SU"));
    }

    [Fact]
    public void Codes_that_name_no_country_say_what_they_name()
    {
        Assert.Equal(
            "Unknown country code 'XK': Kosovo has no ISO 3166-1 code; 'XK' is a user-assigned code outside the standard. " + Countries.Expected,
            Countries.DescribeUnknown("XK"));
        Assert.StartsWith("Unknown country code 'eu': 'EU' is reserved for the European Union, which is not a country.", Countries.DescribeUnknown("eu"));
    }

    [Fact]
    public void Short_numeric_code_suggests_the_three_digit_form()
    {
        Assert.StartsWith("Unknown country code '4'. Did you mean 'AF' (Afghanistan)?", Countries.DescribeUnknown("4"));
    }
}
