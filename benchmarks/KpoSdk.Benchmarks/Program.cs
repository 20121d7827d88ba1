using System.Globalization;
using BenchmarkDotNet.Running;
using KpoSdk.Benchmarks.Analyzers;
using KpoSdk.Benchmarks.Generators;

if (args.Length > 0 && args[0] == "analyzer-overhead")
{
    return AnalyzerOverhead.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
}

if (args.Length > 0 && args[0] == "generator-cold")
{
    return InterleavedColdRun.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25);
}

if (args.Length > 0 && args[0] == "scale")
{
    return KpoSdk.Benchmarks.Scale.ScaleRun.Run(
        args.Length > 1 ? args[1] : Path.Combine("artifacts", "scale"),
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : KpoSdk.Benchmarks.Scale.SyntheticProvider.DefaultStaff,
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : KpoSdk.Benchmarks.Scale.SyntheticProvider.DefaultAgreements);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
