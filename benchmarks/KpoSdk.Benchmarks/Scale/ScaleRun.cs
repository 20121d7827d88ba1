using System.Diagnostics;
using System.Globalization;
using KpoSdk.Serialization;
using NodaTime;

namespace KpoSdk.Benchmarks.Scale;

/// <summary>
/// <c>scale [folder] [staff] [agreements]</c>: generates the synthetic provider, writes it as JSON
/// documents (a catalog, a roster of 50,000 staff, 500 agreements unless told otherwise) for
/// <c>kpo check</c>, and plans the staffing of every agreement, printing times, the roster index's
/// cost and the process's peak working set. Smaller sizes are for the smoke test
/// (tests/KpoSdk.Benchmarks.Tests); the results in benchmarks/results are of the default size.
/// </summary>
public static class ScaleRun
{
    public static int Run(string folder, int staff = SyntheticProvider.DefaultStaff, int agreements = SyntheticProvider.DefaultAgreements)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(staff, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(agreements, 1);
        var clock = Stopwatch.StartNew();
        var provider = new SyntheticProvider(staff, agreements);
        Print($"generated {provider.Roster.Staff.Length:N0} staff, {provider.Agreements.Length} agreements", clock);

        Directory.CreateDirectory(Path.Combine(folder, "agreements"));
        File.WriteAllText(Path.Combine(folder, "catalog.json"), KpoJson.Serialize(provider.Provider));
        // The roster (about 17 MiB, 50,000 entries) is over the default limits, which the writer checks
        // so that what it writes reads back; kpo check reads it with the same limits raised.
        var large = JsonLimits.Default with { MaxDocumentBytes = 32 * 1024 * 1024, MaxArrayLength = 50_000 };
        File.WriteAllText(Path.Combine(folder, "roster.json"), KpoJson.Serialize(provider.Roster, large));
        foreach (var agreement in provider.Agreements)
        {
            File.WriteAllText(Path.Combine(folder, "agreements", agreement.Id + ".json"), KpoJson.Serialize(agreement));
        }

        Print($"wrote {folder} (roster {new FileInfo(Path.Combine(folder, "roster.json")).Length / 1024.0 / 1024.0:N1} MiB)", clock);

        var date = new LocalDate(2026, 3, 2);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        clock.Restart();
        StaffIndex.Of(provider.Roster);
        Print("built the roster index", clock);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"roster index {(GC.GetTotalMemory(true) - before) / 1024.0 / 1024.0:N1} MiB"));
        clock.Restart();
        long allocated = GC.GetTotalAllocatedBytes();
        int services = 0, qualified = 0, complete = 0;
        foreach (var agreement in provider.Agreements)
        {
            var plan = StaffingPlan.Create(agreement, provider.Roster, date);
            services += plan.Services.Length;
            qualified += plan.Services.Sum(s => s.Qualified.Length);
            complete += plan.IsComplete ? 1 : 0;
        }

        Print($"planned {provider.Agreements.Length} agreements, {services} services: {qualified:N0} qualified assignments, {complete} plans complete", clock);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"planning allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / 1024.0:N0} MiB in all; managed heap after it {GC.GetTotalMemory(true) / 1024.0 / 1024.0:N0} MiB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:N0} MiB"));
        return 0;
    }

    private static void Print(string what, Stopwatch clock)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds,7:N2} s  {what}"));
        clock.Restart();
    }
}
