using KpoSdk.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Analyzers.Configuration;

/// <summary>
/// The date dated rules are checked against at compile time: the <c>kpo_rules_date</c> option
/// (an .editorconfig or .globalconfig key, yyyy-MM-dd) or the MSBuild property <c>KpoRulesDate</c>
/// made visible to the compiler, else today's date in UTC when the compilation starts. A contract
/// is declared for the present, so "today" is the default; pin a date for reproducible builds or
/// to check a contract that starts later.
/// </summary>
internal static class RulesDate
{
    public const string OptionKey = "kpo_rules_date";

    public const string PropertyKey = "build_property.KpoRulesDate";

    /// <summary>The date for code in <paramref name="tree"/>: its option, else <paramref name="today"/>. An unreadable option also gives <paramref name="today"/> (KPO0006 reports it).</summary>
    public static CalendarDate For(AnalyzerOptions options, SyntaxTree tree, CalendarDate today) =>
        For(options.AnalyzerConfigOptionsProvider.GetOptions(tree), today);

    /// <summary>The date for a file with <paramref name="options"/> (a JSON document's): its option, else <paramref name="today"/>.</summary>
    public static CalendarDate For(AnalyzerConfigOptions options, CalendarDate today) =>
        Read(options, out var date, out _) == ReadResult.Set ? date : today;

    public static CalendarDate Today()
    {
        var now = DateTime.UtcNow;
        return new CalendarDate(now.Year, now.Month, now.Day);
    }

    /// <summary>Reads the option from <paramref name="options"/>; <paramref name="text"/> is the raw value when it is set.</summary>
    public static ReadResult Read(AnalyzerConfigOptions options, out CalendarDate date, out string? text)
    {
        date = default;
        if (!(options.TryGetValue(OptionKey, out text) && !string.IsNullOrWhiteSpace(text))
            && !(options.TryGetValue(PropertyKey, out text) && !string.IsNullOrWhiteSpace(text)))
        {
            text = null;
            return ReadResult.NotSet;
        }

        return CalendarDate.TryParse(text!.Trim(), out date) ? ReadResult.Set : ReadResult.Invalid;
    }

    internal enum ReadResult
    {
        NotSet,
        Set,
        Invalid,
    }
}
