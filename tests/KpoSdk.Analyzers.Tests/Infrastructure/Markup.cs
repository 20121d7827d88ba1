using System.Text.RegularExpressions;

namespace KpoSdk.Analyzers.Tests.Infrastructure;

/// <summary>The diagnostic markup of test sources (<c>{|KPO0001:UK|}</c>).</summary>
internal static partial class Markup
{
    /// <summary>The source without its markup.</summary>
    public static string Strip(string source) => Pattern().Replace(source, "$2");

    /// <summary>The distinct diagnostic IDs marked in the source.</summary>
    public static IReadOnlyList<string> Ids(string source) => [.. Pattern().Matches(source).Select(m => m.Groups[1].Value).Distinct()];

    [GeneratedRegex(@"\{\|(KPO\d{4}):(.*?)\|\}")]
    private static partial Regex Pattern();
}
