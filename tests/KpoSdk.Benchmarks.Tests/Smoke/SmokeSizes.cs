using KpoSdk.Benchmarks.Scale;

namespace KpoSdk.Benchmarks.Tests.Smoke;

/// <summary>
/// Where a class's smallest parameters are still too heavy for CI, the small size its internal knob
/// takes before the setup. The candidates and their agreement check are the same at any size.
/// </summary>
internal static class SmokeSizes
{
    /// <summary>
    /// The synthetic provider in the smoke run: 2,000 staff instead of 50,000, and only the 8
    /// agreements the benchmark plans (the first 8 of any provider made from the same seed).
    /// </summary>
    public static readonly (int Staff, int Agreements) Provider = (2_000, 8);

    public static void Apply(object benchmark)
    {
        if (benchmark is StaffingPlanBenchmarks staffing)
        {
            staffing.ProviderSize = Provider;
        }
    }
}
