using KpoSdk.Generators.Helpers;
using KpoSdk.Generators.Models;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Text;
using KpoSdk.Roslyn.Reading;

namespace KpoSdk.Generators.Reading;

/// <summary>
/// Turns what the shared <see cref="ContractReader"/> read into the generator's value-equatable
/// model: plain strings and numbers, no symbols, so equal declarations give equal models and the
/// incremental pipeline can cache them.
/// </summary>
internal static class ModelReader
{
    /// <summary>The model of a complete declaration; null when anything in it is invalid.</summary>
    public static ContractModel? Read(ContractDeclaration declaration, ContractType type)
    {
        if (!declaration.IsComplete)
        {
            return null;
        }

        var coverage = declaration.Coverage!;
        return new ContractModel(
            type,
            declaration.Service!.Value.ToString(),
            Jurisdiction(declaration.Client!.Value),
            declaration.Deliveries.Select(d => Jurisdiction(d.Id)).ToEquatableArray(),
            Coverage(coverage.ZoneId!, coverage.Hours!, coverage.Holidays is { } holidays ? Jurisdictions.Format(holidays) : null),
            Target(declaration.Response),
            Target(declaration.Resolution),
            declaration.Credentials.Select(c => new CredentialModel(c.Kind.ToString(), c.GrantedIn is { } where ? Jurisdiction(where) : null)).ToEquatableArray(),
            declaration.Languages.Select(l => new LanguageModel(Languages.Code(l.Row), Languages.Name(l.Row), l.Level!.Value.ToString())).ToEquatableArray(),
            declaration.Safeguards.Select(s => s.ToString()).ToEquatableArray());
    }

    /// <summary>
    /// The model of the fallback part of a declaration with errors (<see cref="ContractModel.Fallback"/>):
    /// only what shapes the members, with <paramref name="diagnostics"/> for the exception's message.
    /// </summary>
    /// <param name="declaration">What was read.</param>
    /// <param name="type">The declared type.</param>
    /// <param name="diagnostics">The error IDs the declaration reported, e.g. "KPO0005, KPO0004"; empty when only the compiler reported errors.</param>
    /// <param name="responseText">The response time as written (null when absent or not a string).</param>
    /// <param name="responseOnCalendarTime">Whether the response attribute says <c>Clock = SlaClockBasis.CalendarTime</c>.</param>
    /// <param name="resolutionText">The resolution time as written.</param>
    /// <param name="resolutionOnCalendarTime">Whether the resolution attribute is on calendar time.</param>
    public static ContractModel Fallback(
        ContractDeclaration declaration, ContractType type, string diagnostics,
        string? responseText, bool responseOnCalendarTime, string? resolutionText, bool resolutionOnCalendarTime)
    {
        return new ContractModel(
            type,
            declaration.Service?.ToString() ?? string.Empty,
            new JurisdictionModel(string.Empty, string.Empty),
            default,
            new CoverageModel(string.Empty, string.Empty, default, false),
            declaration.HasResponseAttribute ? Shape(declaration.Response, responseText, responseOnCalendarTime) : null,
            declaration.HasResolutionAttribute ? Shape(declaration.Resolution, resolutionText, resolutionOnCalendarTime) : null,
            default,
            default,
            default,
            diagnostics);
    }

    /// <summary>
    /// A target's shape: the valid one's, or for an invalid text a guess from what was written, since
    /// the type of <c>ResponseTime</c> depends on it: business days (<c>Period</c>) for a text
    /// without a time part ('T') on business hours, elapsed or business time (<c>Duration</c>) otherwise.
    /// </summary>
    private static TargetModel Shape(TargetDeclaration? valid, string? text, bool onCalendarTime) =>
        Target(valid) ?? new TargetModel(text ?? string.Empty, !onCalendarTime && text is not null && text.IndexOf('T') < 0 && text.IndexOf('t') < 0, 0, 0, onCalendarTime, default);

    private static JurisdictionModel Jurisdiction(JurisdictionId id) => new(Jurisdictions.Format(id), JurisdictionText.Describe(id));

    private static CoverageModel Coverage(string zoneId, WeeklyHoursModel hours, string? holidays)
    {
        var ranges = new List<WeeklyRangeModel>();
        for (int day = 1; day <= 7; day++)
        {
            foreach (var range in hours.On(day))
            {
                ranges.Add(new WeeklyRangeModel(day, range.Start, range.End));
            }
        }

        return new CoverageModel(zoneId, WeeklyHoursText.Format(hours), ranges.ToEquatableArray(), hours.IsAlwaysOpen, holidays);
    }

    private static TargetModel? Target(TargetDeclaration? declaration) =>
        declaration?.Target is not { } target ? null
        : new TargetModel(target.Text, target.IsBusinessDays, target.Days, target.Seconds, target.IsCalendarTime, declaration.Warnings.ToEquatableArray());
}
