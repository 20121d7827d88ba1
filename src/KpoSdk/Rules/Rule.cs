using KpoSdk.Knowledge.Codes;
using NodaTime;
using Definition = KpoSdk.Knowledge.Rules.RuleDefinition;
using K = KpoSdk.Knowledge.Rules;

namespace KpoSdk.Rules;

/// <summary>
/// One country/service rule: what it prohibits or requires, the law it rests on, and when it is in
/// force. The default rules come with the SDK (<see cref="RuleSet.Default"/>); create a rule to add
/// to or replace one of them in a <see cref="RuleSet"/>.
/// </summary>
public sealed class Rule
{
    private RuleScope? _scope;

    /// <summary>Creates a rule for an overlay. Selectors are checked when the rule is added to a <see cref="RuleSet"/>.</summary>
    /// <param name="key">A stable unique key of lower-case letters, digits and hyphens, e.g. <c>"acme-no-offshore-medical"</c>.</param>
    /// <param name="ruleId">The diagnostic ID it is reported as, <c>"KPO"</c> and four digits (see <see cref="DiagnosticIds"/>).</param>
    /// <param name="kind">What kind of law the rule encodes.</param>
    /// <param name="severity">How serious a violation is.</param>
    /// <param name="title">A one-line title.</param>
    /// <param name="message">
    /// The violation message; it may use the placeholders <c>{service}</c>, <c>{client}</c>,
    /// <c>{delivery}</c>, <c>{date}</c>, <c>{clientCountry}</c> and <c>{clientLicensing}</c>.
    /// </param>
    /// <param name="citation">The regulation and article the rule rests on (no URLs).</param>
    /// <param name="effectiveFrom">The first day the rule applies (inclusive), or null for always.</param>
    /// <param name="effectiveTo">The last day the rule applies (inclusive), or null while it still applies.</param>
    /// <param name="scope">The services and routes the rule covers.</param>
    /// <param name="exemptDeliveries">Delivery jurisdictions that lift the rule (e.g. adequacy decisions); none when null.</param>
    /// <param name="satisfiedBy">Safeguard combinations that satisfy a data-transfer rule; none when null.</param>
    /// <param name="notes">Simplifications and uncertainties, in words.</param>
    /// <exception cref="ArgumentNullException">A required argument (a text or <paramref name="scope"/>) is null.</exception>
    /// <exception cref="ArgumentException">The key or ID is malformed, a text is empty, <paramref name="kind"/> or <paramref name="severity"/> is not a defined value, a list holds null, a date is not ISO, or the rule ends before it starts.</exception>
    public Rule(
        string key,
        string ruleId,
        RuleKind kind,
        RuleSeverity severity,
        string title,
        string message,
        string citation,
        LocalDate? effectiveFrom,
        LocalDate? effectiveTo,
        RuleScope scope,
        IEnumerable<ExemptDelivery>? exemptDeliveries = null,
        IEnumerable<SafeguardOption>? satisfiedBy = null,
        string? notes = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Defined(kind, nameof(kind));
        Defined(severity, nameof(severity));
        var exempt = NoNulls(exemptDeliveries, nameof(exemptDeliveries));
        var options = NoNulls(satisfiedBy, nameof(satisfiedBy));
        Definition = new Definition(
            key,
            ruleId,
            kind,
            severity,
            title,
            message,
            citation,
            Dates.ToCalendarDate(effectiveFrom, nameof(effectiveFrom)),
            Dates.ToCalendarDate(effectiveTo, nameof(effectiveTo)),
            new K.RuleScope(
                scope.Services,
                scope.Routes.Select(r => new K.RuleRoute(r.Clients, r.Deliveries)).ToArray(),
                scope.DeliveryOutsideClient ? new K.LicensingComparison(scope.SubdivisionLicensingCountries.Select(c => c.Alpha2).ToArray()) : null),
            new K.RuleExemptions(
                exempt.Select(e => new K.DatedJurisdiction(e.Selector, Dates.ToCalendarDate(e.From, nameof(exemptDeliveries)), Dates.ToCalendarDate(e.To, nameof(exemptDeliveries)), basis: e.Basis)).ToArray(),
                options.Select(o => new K.SafeguardAlternative(o.Safeguards, o.Deliveries, Dates.ToCalendarDate(o.From, nameof(satisfiedBy)), Dates.ToCalendarDate(o.To, nameof(satisfiedBy)), o.Basis)).ToArray()),
            notes);
        _scope = scope;
    }

    internal Rule(Definition definition) => Definition = definition;

    /// <summary>Gets the diagnostic ID, e.g. <c>"KPO1001"</c>; several rules share one.</summary>
    public string RuleId => Definition.RuleId;

    /// <summary>Gets the stable unique key, e.g. <c>"us-ofac-iran"</c>; overlays replace and disable rules by it.</summary>
    public string Key => Definition.Key;

    /// <summary>Gets what kind of law the rule encodes.</summary>
    public RuleKind Kind => Definition.Kind;

    /// <summary>Gets how serious a violation is.</summary>
    public RuleSeverity Severity => Definition.Severity;

    /// <summary>Gets the one-line title.</summary>
    public string Title => Definition.Title;

    /// <summary>Gets the message template (see the constructor for its placeholders).</summary>
    public string MessageTemplate => Definition.Message;

    /// <summary>Gets the regulation and article the rule rests on.</summary>
    public string Citation => Definition.Citation;

    /// <summary>Gets the first day the rule applies (inclusive), or null when it has always applied.</summary>
    public LocalDate? EffectiveFrom => Dates.ToLocalDate(Definition.EffectiveFrom);

    /// <summary>Gets the last day the rule applies (inclusive), or null while it still applies.</summary>
    public LocalDate? EffectiveTo => Dates.ToLocalDate(Definition.EffectiveTo);

    /// <summary>Gets the services and routes the rule covers.</summary>
    public RuleScope Scope => _scope ??= ToPublic(Definition.Scope);

    /// <summary>Gets the delivery jurisdictions that lift the rule, with their dates and legal basis.</summary>
    public IReadOnlyList<ExemptDelivery> ExemptDeliveries =>
        Definition.Exemptions.DeliveryIn.Select(e => new ExemptDelivery(e.Code, Dates.ToLocalDate(e.From), Dates.ToLocalDate(e.To), e.Basis)).ToArray();

    /// <summary>Gets the safeguard combinations that satisfy the rule; empty for rules no safeguard satisfies.</summary>
    public IReadOnlyList<SafeguardOption> SatisfiedBy =>
        Definition.Exemptions.Safeguards.Select(m => new SafeguardOption(m.AllOf, m.Delivery, Dates.ToLocalDate(m.From), Dates.ToLocalDate(m.To), m.Basis)).ToArray();

    /// <summary>Gets the simplifications and uncertainties of the rule, or null.</summary>
    public string? Notes => Definition.Notes;

    internal Definition Definition { get; }

    /// <summary>Gets whether the rule is in force on <paramref name="date"/>.</summary>
    /// <param name="date">An ISO-calendar date.</param>
    public bool IsEffectiveOn(LocalDate date) => Definition.IsEffectiveOn(Dates.ToCalendarDate(date, nameof(date)));

    /// <inheritdoc/>
    public override string ToString() => $"{RuleId} {Key}: {Title}";

    private static void Defined<TEnum>(TEnum value, string parameter)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentException($"{Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)} is not a defined {typeof(TEnum).Name}; expected one of {string.Join(", ", Enum.GetNames<TEnum>())}.", parameter);
        }
    }

    private static T[] NoNulls<T>(IEnumerable<T>? items, string parameter)
        where T : class
    {
        var copy = items?.ToArray() ?? [];
        return copy.Any(i => i is null) ? throw new ArgumentException("The list holds null.", parameter) : copy;
    }

    private static RuleScope ToPublic(K.RuleScope scope) => new(
        scope.Services,
        scope.Routes.Select(r => new RuleRoute(r.Clients, r.Deliveries)),
        scope.DeliveryOutsideClient is not null,
        scope.DeliveryOutsideClient?.SubdivisionLevelIn.Select(code => Country.FromRow(Jurisdictions.TryParse(code, out var id) ? id.Country : throw new InvalidOperationException($"'{code}' is not a country."))));
}
