namespace KpoSdk.Generators.Emitting;

/// <summary>
/// Emits <c>KpoSdk.Generated.ProjectRules</c>: the rules the project was built with, the defaults
/// with the project's <c>kpo.rules.json</c> (carried as text from compile time), which each
/// contract's <c>Validate(date)</c> uses, so that run time says what the build said.
/// </summary>
internal static class ProjectRulesEmitter
{
    public const string HintName = "ProjectRules.g.cs";

    public static string Emit(string? overlay)
    {
        string argument = overlay is null ? "null" : Literals.String(overlay);
        return GeneratedCode.StartFile()
            .Open("namespace KpoSdk.Generated")
            .Line("/// <summary>")
            .Line(overlay is null
                ? "/// The rules this assembly's contracts validate with: the default rules (the build read no kpo.rules.json)."
                : "/// The rules this assembly's contracts validate with: the default rules with the project's kpo.rules.json, as the build read it.")
            .Line("/// </summary>")
            .Line(GeneratedCode.Attribute)
            .Open("internal static class ProjectRules")
            .Line("/// <summary>Gets the rule set.</summary>")
            .Line("public static global::KpoSdk.Rules.RuleSet Rules { get; } = global::KpoSdk.Contracts.__Internals.GeneratedContractSupport.RulesAsBuilt(" + argument + ");")
            .Close()
            .Close()
            .Finish();
    }
}
