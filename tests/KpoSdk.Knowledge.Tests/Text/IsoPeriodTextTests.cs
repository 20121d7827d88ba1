using CsCheck;
using KpoSdk.Knowledge.Text;

namespace KpoSdk.Knowledge.Tests.Text;

public class IsoPeriodTextTests
{
    [Theory]
    [InlineData("PT4H", 0, 0, 0, 0, 4, 0, 0, "PT4H")]
    [InlineData("PT30M", 0, 0, 0, 0, 0, 30, 0, "PT30M")]
    [InlineData("P3D", 0, 0, 0, 3, 0, 0, 0, "P3D")]
    [InlineData("P1DT4H", 0, 0, 0, 1, 4, 0, 0, "P1DT4H")]
    [InlineData("P2W", 0, 0, 2, 0, 0, 0, 0, "P2W")]
    [InlineData("P1Y2M3W4DT5H6M7S", 1, 2, 3, 4, 5, 6, 7, "P1Y2M3W4DT5H6M7S")]
    [InlineData("P1M", 0, 1, 0, 0, 0, 0, 0, "P1M")]
    [InlineData("PT1M", 0, 0, 0, 0, 0, 1, 0, "PT1M")]
    [InlineData("PT90M", 0, 0, 0, 0, 0, 90, 0, "PT90M")]
    [InlineData("P0DT4H", 0, 0, 0, 0, 4, 0, 0, "PT4H")]
    [InlineData("P0D", 0, 0, 0, 0, 0, 0, 0, "PT0S")]
    [InlineData("PT0S", 0, 0, 0, 0, 0, 0, 0, "PT0S")]
    public void Parses_components_and_formats_canonically(string text, int y, int mo, int w, int d, int h, int mi, int s, string canonical)
    {
        var model = IsoPeriodText.Read(text).GetValueOrThrow();
        Assert.Equal(new IsoPeriodModel(y, mo, w, d, h, mi, s), model);
        Assert.Equal(canonical, model.ToString());
    }

    [Fact]
    public void Reports_which_kinds_of_units_are_used()
    {
        Assert.True(IsoPeriodText.Read("P3D").GetValueOrThrow().HasDateUnits);
        Assert.False(IsoPeriodText.Read("P3D").GetValueOrThrow().HasTimeUnits);
        Assert.True(IsoPeriodText.Read("PT4H").GetValueOrThrow().HasTimeUnits);
        Assert.False(IsoPeriodText.Read("PT4H").GetValueOrThrow().HasDateUnits);
        Assert.True(IsoPeriodText.Read("P0D").GetValueOrThrow().IsZero);
    }

    [Theory]
    [InlineData("", 0, "end of input", "'P' (a duration such as PT4H or P3D starts with P)", null)]
    [InlineData("4H", 0, "'4'", "'P' (a duration such as PT4H or P3D starts with P)", null)]
    [InlineData("pt4h", 0, "'p'", "'P' (a duration such as PT4H or P3D starts with P)", "Designators are upper case: did you mean 'PT4H'?")]
    [InlineData("-PT4H", 0, "'-'", "'P' (a duration such as PT4H or P3D starts with P)", "Negative durations are not supported.")]
    [InlineData("P", 1, "end of input", "a number and a unit after 'P', such as P3D or PT4H", null)]
    [InlineData("PT", 2, "end of input", "a number and H, M or S after 'T'", null)]
    [InlineData("P4H", 2, "'H'", "a unit designator Y, M, W or D after the number", "Hours, minutes and seconds follow 'T': did you mean 'PT4H'?")]
    [InlineData("P3D2Y", 3, "'2'", "'T' and a time part, or end of input, after the days", null)]
    [InlineData("P2W1Y", 4, "'Y'", "a unit designator D after the number", "Units must appear in the order Y, M, W, D, each at most once.")]
    [InlineData("PT30M4H", 6, "'H'", "a unit designator S after the number", "Units must appear in the order H, M, S, each at most once.")]
    [InlineData("PT0.5H", 3, "'.'", "a unit designator after a whole number (fractions are not supported; use a smaller unit, e.g. PT30M for half an hour)", null)]
    [InlineData("PT4", 3, "end of input", "a unit designator H, M or S after the number", null)]
    [InlineData("PT4h", 3, "'h'", "a unit designator H, M or S after the number", "Designators are upper case: did you mean 'PT4H'?")]
    [InlineData("PT4H ", 4, "' '", "a number (then H, M or S)", null)]
    [InlineData("PT99999999999H", 2, "'99999999999'", "a number no larger than 2147483647", null)]
    [InlineData("PTH", 2, "'H'", "a number (then H, M or S)", null)]
    public void Reports_errors_with_position_and_suggestion(string text, int position, string found, string expected, string? hint)
    {
        var error = IsoPeriodText.Read(text).Error!;
        Assert.Equal((position, found, expected, hint), (error.Position, error.Found, error.Expected, error.Hint));
        var ex = Assert.Throws<FormatException>(() => IsoPeriodText.Read(text).GetValueOrThrow());
        Assert.StartsWith($"'{text}' is not a valid ISO 8601 duration: expected {expected} at position {position}, found {found}.", ex.Message);
        Assert.False(IsoPeriodText.Read(text).Succeeded);
    }

    [Fact]
    public void Format_then_parse_gives_back_the_model()
    {
        var component = Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[0, int.MaxValue]));
        Gen.Select(component, component, component, component, component, component, component)
            .Select(t => new IsoPeriodModel(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7))
            .Sample(model => Assert.Equal(model, IsoPeriodText.Read(model.ToString()).GetValueOrThrow()), iter: 2000);
    }
}
