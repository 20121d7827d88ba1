using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace KpoSdk.Benchmarks.Tests.Smoke;

/// <summary>
/// One benchmark class run once, as BenchmarkDotNet would run it but without measuring: a new
/// instance with the smallest parameters (and <see cref="SmokeSizes"/>), its [GlobalSetup] (where the
/// candidates are checked against their baseline), every [Benchmark] method once between the
/// [IterationSetup] and [IterationCleanup] that target it, then its [GlobalCleanup].
/// </summary>
internal static class SmokeRun
{
    /// <summary>Runs a new instance of <paramref name="type"/>; returns what it ran, for the test's output.</summary>
    public static string Run(Type type) =>
        type.IsGenericTypeDefinition
            ? throw new NotSupportedException($"{type.Name} is generic; the smoke run does not know which type arguments to run it with.")
            : Run(Activator.CreateInstance(type)!);

    /// <summary>Runs <paramref name="instance"/>, a new instance of a benchmark class; returns what it ran.</summary>
    public static string Run(object instance)
    {
        var type = instance.GetType();
        var parameters = SmallestParameters.For(type);
        string described = type.Name + (parameters.Count == 0 ? "" : " (" + string.Join(", ", parameters.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Member.Name} = {p.Value}"))) + ")");
        foreach (var (member, value) in parameters)
        {
            SmallestParameters.Set(instance, member, value);
        }

        SmokeSizes.Apply(instance);
        var benchmarks = BenchmarkClasses.Methods<BenchmarkAttribute>(type).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        foreach (var benchmark in benchmarks.Where(b => b.GetParameters().Length != 0))
        {
            throw new NotSupportedException($"{described}: {benchmark.Name} takes arguments, which the smoke run does not supply.");
        }

        // A targeted hook runs when one of its targets runs; here the whole class runs, so any target counts.
        foreach (var setup in Hooks<GlobalSetupAttribute>(type, benchmarks))
        {
            Invoke(described, "[GlobalSetup]", instance, setup);
        }

        try
        {
            foreach (var benchmark in benchmarks)
            {
                var only = new[] { benchmark };
                foreach (var setup in Hooks<IterationSetupAttribute>(type, only))
                {
                    Invoke(described, $"[IterationSetup] for {benchmark.Name}", instance, setup);
                }

                Invoke(described, "[Benchmark]", instance, benchmark);
                foreach (var cleanup in Hooks<IterationCleanupAttribute>(type, only))
                {
                    Invoke(described, $"[IterationCleanup] for {benchmark.Name}", instance, cleanup);
                }
            }
        }
        finally
        {
            foreach (var cleanup in Hooks<GlobalCleanupAttribute>(type, benchmarks))
            {
                Invoke(described, "[GlobalCleanup]", instance, cleanup);
            }
        }

        return described + ": " + string.Join(", ", benchmarks.Select(b => b.Name));
    }

    private static IEnumerable<MethodInfo> Hooks<T>(Type type, IReadOnlyList<MethodInfo> benchmarks)
        where T : TargetedAttribute =>
        BenchmarkClasses.Methods<T>(type).Where(hook => hook.GetCustomAttributes<T>(inherit: true)
            .Any(a => a.Targets is not { Length: > 0 } targets || benchmarks.Any(b => targets.Contains(b.Name, StringComparer.Ordinal))));

    /// <summary>Invokes <paramref name="method"/>, waiting for it if it is asynchronous, and names the class, its parameters and the step when it throws.</summary>
    private static void Invoke(string described, string role, object instance, MethodInfo method)
    {
        try
        {
            object? result = method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, parameters: [], culture: null);
            switch (result)
            {
                case Task task:
                    task.GetAwaiter().GetResult();
                    break;
                case ValueTask valueTask:
                    valueTask.AsTask().GetAwaiter().GetResult();
                    break;
            }
        }
        catch (Exception exception)
        {
            throw new SmokeRunException($"{described}: {role} {method.Name} threw {exception.GetType().Name}: {exception.Message}", exception);
        }
    }
}
