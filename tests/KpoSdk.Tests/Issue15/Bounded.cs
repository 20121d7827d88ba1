namespace KpoSdk.Tests.Issue15;

/// <summary>
/// Runs a call that once hung and fails the test when it has not returned within a generous limit,
/// so a regression shows as a failure instead of a test run that never ends. A hang detector, not
/// a speed target (those are BenchmarkDotNet ratios in benchmarks/).
/// </summary>
internal static class Bounded
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public static T Run<T>(Func<T> call)
    {
        var task = Task.Run(call);
        Assert.True(task.Wait(Limit), $"The call did not return within {Limit.TotalSeconds} s.");
        return task.Result;
    }

    public static TException Throws<TException>(Func<object?> call)
        where TException : Exception =>
        Assert.Throws<TException>(() =>
        {
            try
            {
                Run(call);
            }
            catch (AggregateException ex) when (ex.InnerException is not null)
            {
                throw ex.InnerException;
            }
        });

    /// <summary>The bytes <paramref name="call"/> allocates on its own thread.</summary>
    public static long Allocated(Action call)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        call();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
