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
            Coverage(coverage.ZoneId!, coverage.Hours!),
            Target(declaration.Response),
            Target(declaration.Resolution),
            declaration.Credentials.Select(c => new CredentialModel(c.Kind.ToString(), c.GrantedIn is { } where ? Jurisdiction(where) : null)).ToEquatableArray(),
            declaration.Languages.Select(l => new LanguageModel(Languages.Code(l.Row), Languages.Name(l.Row), l.Level!.Value.ToString())).ToEquatableArray(),
            declaration.Safeguards.Select(s => s.ToString()).ToEquatableArray());
    }

    private static JurisdictionModel Jurisdiction(JurisdictionId id) => new(Jurisdictions.Format(id), JurisdictionText.Describe(id));

    private static CoverageModel Coverage(string zoneId, WeeklyHoursModel hours)
    {
        var ranges = new List<WeeklyRangeModel>();
        for (int day = 1; day <= 7; day++)
        {
            foreach (var range in hours.On(day))
            {
                ranges.Add(new WeeklyRangeModel(day, range.Start, range.End));
            }
        }

        return new CoverageModel(zoneId, WeeklyHoursText.Format(hours), ranges.ToEquatableArray(), hours.IsAlwaysOpen);
    }

    private static TargetModel? Target(TargetDeclaration? declaration) =>
        declaration?.Target is not { } target ? null
        : new TargetModel(target.Text, target.IsBusinessDays, target.Days, target.Seconds, target.IsCalendarTime, declaration.Warnings.ToEquatableArray());
}
