using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Tests.Codes;

public class TableTextTests
{
    [Fact]
    public void Splits_rows_and_fields_with_empty_fields_as_null()
    {
        var rows = TableText.Rows("deu|de|ger|German\nfil|||Filipino", 4);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["deu", "de", "ger", "German"], rows[0]);
        Assert.Equal(["fil", null, null, "Filipino"], rows[1]);
    }

    [Fact]
    public void Reads_crlf_line_endings_like_lf()
    {
        Assert.Equal(TableText.Rows("a|b\nc|\n", 2), TableText.Rows("a|b\r\nc|\r\n", 2));
    }

    [Theory]
    [InlineData("a|b|c")]
    [InlineData("a")]
    public void Rejects_rows_with_the_wrong_number_of_fields(string data)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => TableText.Rows(data, 2));
        Assert.Contains($"'{data}'", ex.Message);
    }
}
