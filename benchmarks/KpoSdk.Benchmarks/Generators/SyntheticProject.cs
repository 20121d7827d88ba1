using System.Globalization;
using Basic.Reference.Assemblies;
using KpoSdk.Contracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Benchmarks.Generators;

/// <summary>
/// A synthetic provider project: <c>files</c> source files of ordinary code (classes with
/// properties, methods and attributes, records, enums), of which every n-th also declares a
/// service-level contract with a different service, client and hours.
/// </summary>
public sealed class SyntheticProject
{
    private static readonly string[] s_contracts =
    [
        """[ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN PH")] [CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")] [ResponseTime("PT4H")] [ResolutionTime("P3D")] [RequiresLanguage("en", CefrLevel.C1)]""",
        """[ServiceLevelContract(ServiceLine.Payroll, Client = "DE", DeliveredFrom = "PL IN")] [CoverageWindow("Europe/Berlin", "Mon-Fri 08:00-12:00, 13:00-18:00")] [ResponseTime("PT2H")] [RequiresLanguage("de", CefrLevel.B2)]""",
        """[ServiceLevelContract(ServiceLine.CourtTranscription, Client = "US-CA", DeliveredFrom = "PH")] [CoverageWindow("America/Los_Angeles", "Sun-Thu 22:00-06:00")] [ResolutionTime("PT8H")]""",
        """[ServiceLevelContract(ServiceLine.Bookkeeping, Client = "SA", DeliveredFrom = "EG")] [CoverageWindow("Asia/Riyadh", "Sun-Thu 08:00-16:00")] [ResolutionTime("P5D")] [RequiresCredential(CredentialKind.Acca)]""",
    ];

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    private static readonly IReadOnlyList<MetadataReference> s_references =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(IServiceLevelContract).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(CefrLevel).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location),
    ];

    public SyntheticProject(int files, int contracts)
    {
        int every = files / contracts;
        Trees = [.. Enumerable.Range(0, files).Select(i => Parse(Source(i, i % every == 0 ? i / every : -1), $"File{i}.cs"))];
        UnrelatedFile = files - 1 - (every / 2);
    }

    public CSharpParseOptions ParseOptions => s_parseOptions;

    public IReadOnlyList<SyntaxTree> Trees { get; }

    /// <summary>The index of a file without a contract, the one the keystroke benchmark edits.</summary>
    public int UnrelatedFile { get; }

    public CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create("Synthetic", Trees, s_references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The unrelated file after a keystroke: one character more in a method body (two variants to alternate).</summary>
    public SyntaxTree EditedUnrelatedFile(int variant) =>
        Parse(Source(UnrelatedFile, -1).Replace("return value * 2;", variant % 2 == 0 ? "return value * 23;" : "return value * 27;", StringComparison.Ordinal), $"File{UnrelatedFile}.cs");

    private static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, s_parseOptions, path);

    private static string Source(int file, int contract)
    {
        string n = file.ToString(CultureInfo.InvariantCulture);
        string contractDeclaration = contract < 0 ? string.Empty : $$"""

            {{s_contracts[contract % s_contracts.Length]}}
            public partial class Contract{{contract.ToString(CultureInfo.InvariantCulture)}}
            {
            }
            """;
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using KpoSdk;
            using KpoSdk.Contracts;

            namespace Acme.Module{{(file / 50).ToString(CultureInfo.InvariantCulture)}};

            [Serializable]
            public sealed class Service{{n}}
            {
                private readonly List<int> _values = new();

                [Obsolete("Use Add.")]
                public int Count => _values.Count;

                public void Add(int value) => _values.Add(value);

                public int Twice(int value)
                {
                    return value * 2;
                }

                public IEnumerable<string> Names() => _values.Where(v => v > 0).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            public sealed record Entry{{n}}(string Name, int Amount, DateTimeOffset When);

            public enum State{{n}} { Open, Closed }

            internal static class Extensions{{n}}
            {
                public static int Sum(this Service{{n}} service, int a, int b) => service.Twice(a) + b;
            }
            {{contractDeclaration}}
            """;
    }
}
