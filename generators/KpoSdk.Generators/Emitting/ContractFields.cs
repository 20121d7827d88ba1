using KpoSdk.Generators.Models;

namespace KpoSdk.Generators.Emitting;

/// <summary>The static fields that hold a contract's values, built once from what the generator parsed.</summary>
internal static class ContractFields
{
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    private const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";

    public static void Emit(CodeWriter code, ContractModel model)
    {
        code.Line("private static readonly global::KpoSdk.Jurisdiction s_client = " + Literals.Jurisdiction(model.Client) + ";");
        code.Line();
        List(code, "global::KpoSdk.Jurisdiction", "s_deliveredFrom", model.DeliveredFrom.Select(Literals.Jurisdiction).ToList());
        code.Line();
        Coverage(code, model.Coverage);
        code.Line();
        TargetMembers.EmitField(code, model.Response, "Response");
        TargetMembers.EmitField(code, model.Resolution, "Resolution");
        var targets = new List<string>();
        if (model.Response is not null)
        {
            targets.Add("s_responseTarget");
        }

        if (model.Resolution is not null)
        {
            targets.Add("s_resolutionTarget");
        }

        List(code, "global::KpoSdk.Sla.ServiceLevelTarget", "s_targets", targets);
        code.Line();
        List(code, "global::KpoSdk.Contracts.CredentialRequirement", "s_requiredCredentials", model.Credentials.Select(Credential).ToList());
        code.Line();
        List(code, "global::KpoSdk.LanguageRequirement", "s_requiredLanguages", model.Languages.Select(Language).ToList());
        code.Line();
        List(code, "global::KpoSdk.Safeguard", "s_safeguards", model.Safeguards.Select(s => "global::KpoSdk.Safeguard." + s).ToList());
        code.Line();
    }

    private static void List(CodeWriter code, string type, string name, IReadOnlyList<string> items)
    {
        string declaration = "private static readonly " + ReadOnlyList + "<" + type + "> " + name + " =";
        if (items.Count == 0)
        {
            code.Line(declaration + " " + ImmutableArray + "<" + type + ">.Empty;");
            return;
        }

        code.Line(declaration).Line("    " + ImmutableArray + ".Create<" + type + ">(");
        for (int i = 0; i < items.Count; i++)
        {
            code.Line("        " + items[i] + (i == items.Count - 1 ? ");" : ","));
        }
    }

    private static void Coverage(CodeWriter code, CoverageModel coverage)
    {
        code.Line("// " + coverage.HoursText + " in " + coverage.ZoneId + (coverage.Holidays is { } holidays ? ", closed on the public holidays of " + holidays : string.Empty) + ", parsed when the contract was compiled.")
            .Line("private static readonly global::KpoSdk.Time.BusinessCalendar s_coverage = global::KpoSdk.Time.BusinessCalendar.Create(")
            .Line("    global::NodaTime.DateTimeZoneProviders.Tzdb[" + Literals.String(coverage.ZoneId) + "],");
        var lines = WeeklyHoursExpression.Lines(coverage);
        for (int i = 0; i < lines.Count; i++)
        {
            code.Line("    " + lines[i] + (i == lines.Count - 1 ? (coverage.Holidays is null ? ");" : ")") : string.Empty));
        }

        if (coverage.Holidays is { } jurisdiction)
        {
            // Checked at compile time (KPO0001, KPO0009); the calendar expands the holidays lazily, per year.
            code.Line("    .WithHolidays(global::KpoSdk.Time.HolidayCalendar.For(global::KpoSdk.Jurisdiction.Parse(" + Literals.String(jurisdiction) + ")));");
        }
    }

    private static string Credential(CredentialModel credential) =>
        "new global::KpoSdk.Contracts.CredentialRequirement(global::KpoSdk.CredentialKind." + credential.Kind
        + (credential.GrantedIn is { } where ? ", " + Literals.Jurisdiction(where) : string.Empty) + ")";

    private static string Language(LanguageModel language) =>
        "new global::KpoSdk.LanguageRequirement(global::KpoSdk.Language.Parse(" + Literals.String(language.Code) + "), global::KpoSdk.CefrLevel." + language.Level + ")";
}
