using CsCheck;
using KpoSdk.Knowledge.Text;

namespace KpoSdk.Knowledge.Tests.Text;

public class WeeklyHoursTextPropertyTests
{
    /// <summary>A range as the text form can write it: any start minute, 1 minute to 24 hours long.</summary>
    private static readonly Gen<MinuteRange> Range =
        Gen.Select(Gen.Int[0, 1439], Gen.Int[1, 1440], (start, length) => new MinuteRange(start, start + length));

    private static readonly Gen<WeeklyHoursModel> Model =
        Gen.Select(Gen.Int[1, 7], Range).Array[0, 12]
            .Select(pairs => WeeklyHoursModel.Create(pairs.Select(p => (p.Item1, p.Item2))));

    [Fact]
    public void Format_then_parse_gives_back_the_model()
    {
        Model.Sample(model => Assert.Equal(model, WeeklyHoursText.Parse(WeeklyHoursText.Format(model))), iter: 2000);
    }

    [Fact]
    public void Formatting_is_idempotent_on_its_own_output()
    {
        Model.Sample(
            model =>
            {
                string canonical = WeeklyHoursText.Format(model);
                Assert.Equal(canonical, WeeklyHoursText.Format(WeeklyHoursText.Parse(canonical)));
            },
            iter: 1000);
    }

    [Fact]
    public void Merged_days_keep_ordered_disjoint_non_touching_ranges()
    {
        Model.Sample(
            model =>
            {
                for (int day = 1; day <= 7; day++)
                {
                    var ranges = model.On(day);
                    for (int i = 1; i < ranges.Count; i++)
                    {
                        Assert.True(ranges[i - 1].End < ranges[i].Start);
                    }
                }
            },
            iter: 1000);
    }

    [Fact]
    public void Clause_order_and_splitting_do_not_change_the_model()
    {
        // Writing each (day, range) as its own clause, in any order, is the same week.
        Gen.Select(Gen.Int[1, 7], Range).Array[1, 10].Sample(
            pairs =>
            {
                string forward = string.Join("; ", pairs.Select(p => $"{DayNames.Of(p.Item1)} {p.Item2}"));
                string backward = string.Join(" ;", pairs.Reverse().Select(p => $"{DayNames.Of(p.Item1).ToUpperInvariant()}  {p.Item2}"));
                Assert.Equal(WeeklyHoursText.Parse(forward), WeeklyHoursText.Parse(backward));
            },
            iter: 500);
    }
}
