using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace KpoSdk.Benchmarks.Time;

/// <summary>Adds the median and shows ratios as "12.3x faster", so ratios of thousands stay readable.</summary>
public sealed class RatioConfig : ManualConfig
{
    public RatioConfig()
    {
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
        AddColumn(StatisticColumn.Median);
    }
}
