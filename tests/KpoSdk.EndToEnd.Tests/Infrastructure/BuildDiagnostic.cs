using System.Globalization;
using System.Text.RegularExpressions;

namespace KpoSdk.EndToEnd.Tests.Infrastructure;

/// <summary>One diagnostic as MSBuild prints it: <c>file(line,column): error KPO0001: message [project]</c>.</summary>
public sealed partial record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    /// <summary>Gets the distinct diagnostics printed in <paramref name="output"/> (MSBuild may print each twice).</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output) =>
        [.. Pattern().Matches(output).Select(m => new BuildDiagnostic(
                Path.GetFileName(m.Groups["file"].Value),
                m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture) : 0,
                m.Groups["column"].Success ? int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture) : 0,
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["message"].Value.Trim()))
            .Distinct()];

    [GeneratedRegex(@"^(?<file>[^\r\n(]*?)(\((?<line>\d+),(?<column>\d+)\))?\s*:\s*(?<severity>error|warning)\s+(?<id>[A-Z]+\d+)\s*:\s*(?<message>[^\r\n]*?)(\s\[[^\]\r\n]*\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex Pattern();
}
