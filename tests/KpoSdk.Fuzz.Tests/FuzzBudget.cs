using System.Diagnostics;
using System.Globalization;
using CsCheck;

namespace KpoSdk.Fuzz.Tests;

/// <summary>
/// How long each fuzz target runs and how long one call may take. In CI each target runs for
/// <see cref="DefaultSeconds"/> seconds; set <c>KPO_FUZZ_SECONDS</c> for a longer run on demand
/// (e.g. 600 for ten minutes a target) and <c>KPO_FUZZ_SEED</c> to replay a reported failure.
/// </summary>
internal static class FuzzBudget
{
    /// <summary>Seconds per target in CI: the targets share two cores and stay within about 20 s.</summary>
    public const int DefaultSeconds = 2;

    /// <summary>
    /// The most one call may take. The bound is "a second or two"; the limit leaves room
    /// for a shared two-core machine under a parallel test run and for JIT on the first call.
    /// </summary>
    public static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(5);

    public static int Seconds =>
        int.TryParse(Environment.GetEnvironmentVariable("KPO_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out int seconds) && seconds > 0
            ? seconds
            : DefaultSeconds;

    public static string? Seed => Environment.GetEnvironmentVariable("KPO_FUZZ_SEED") is { Length: > 0 } seed ? seed : null;

    /// <summary>
    /// Runs <paramref name="check"/> on generated inputs for the budget's time, on one thread
    /// (xunit runs the targets side by side), failing when the whole run overruns by far: a hang
    /// inside a call would otherwise stop the test run instead of failing it.
    /// </summary>
    public static void Run<T>(Gen<T> gen, Action<T> check, Func<T, string>? print = null)
    {
        var run = Task.Run(() => gen.Sample(check, seed: Seed, iter: int.MaxValue, time: Seconds, threads: 1, print: print));
        var limit = TimeSpan.FromSeconds(Seconds) + (4 * CallLimit);
        Assert.True(run.Wait(limit), $"The fuzz run did not end within {limit.TotalSeconds} s: a call hangs.");
        run.GetAwaiter().GetResult();
    }

    /// <summary>Runs one call, failing when it takes longer than <see cref="CallLimit"/>.</summary>
    public static void Timed(string what, Action call)
    {
        var watch = Stopwatch.StartNew();
        call();
        Assert.True(watch.Elapsed < CallLimit, $"{what} took {watch.Elapsed.TotalSeconds:0.0} s, over the limit of {CallLimit.TotalSeconds} s.");
    }
}
