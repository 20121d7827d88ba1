using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Services;

namespace KpoSdk.Knowledge.Rules;

/// <summary>A rule with its selectors resolved against a rule set's groups: what evaluation runs.</summary>
internal sealed class CompiledRule
{
    private readonly ulong _services;
    private readonly JurisdictionSet[] _routeClients;
    private readonly JurisdictionSet[] _routeDeliveries;
    private readonly bool _needsDeliveryOutsideClient;
    private readonly ulong[] _subdivisionLevelCountries;
    private readonly JurisdictionSet _exemptDeliveries;
    private readonly CompiledSafeguard[] _safeguards;
    private readonly MessageTemplate _message;

    public CompiledRule(RuleDefinition definition, GroupResolver groups)
    {
        Definition = definition;
        string context = $"Rule '{definition.Key}'";
        _services = ServiceSelector.Compile(definition.Scope.Services, context);
        _routeClients = definition.Scope.Routes.Select(r => groups.Compile(r.Clients, context)).ToArray();
        _routeDeliveries = definition.Scope.Routes.Select(r => groups.Compile(r.Deliveries, context)).ToArray();
        _needsDeliveryOutsideClient = definition.Scope.DeliveryOutsideClient is not null;
        _subdivisionLevelCountries = new ulong[(Countries.Count + 63) / 64];
        foreach (string code in definition.Scope.DeliveryOutsideClient?.SubdivisionLevelIn ?? [])
        {
            if (!Jurisdictions.TryParse(code, out var country) || country.HasSubdivision)
            {
                throw new ArgumentException($"{context}: '{code}' in subdivisionLevelIn is not a country code; {Jurisdictions.DescribeUnknown(code)}");
            }

            _subdivisionLevelCountries[country.Country >> 6] |= 1UL << (country.Country & 63);
        }

        _exemptDeliveries = groups.Compile(definition.Exemptions.DeliveryIn, context);
        _safeguards = definition.Exemptions.Safeguards.Select(m => new CompiledSafeguard(m, groups, context)).ToArray();
        _message = new MessageTemplate(definition.Message, context);
    }

    public RuleDefinition Definition { get; }

    /// <summary>The violation of this rule by the case, or null when the rule does not apply or an exemption lifts it.</summary>
    public RuleViolation? Evaluate(ServiceLine service, JurisdictionId client, JurisdictionId delivery, CalendarDate date, SafeguardSet safeguards)
    {
        if ((_services & ServiceSelector.Bit(service)) == 0 || !Definition.IsEffectiveOn(date) || !RouteMatches(client, delivery, date))
        {
            return null;
        }

        if (_needsDeliveryOutsideClient && !IsOutsideLicensingJurisdiction(client, delivery))
        {
            return null;
        }

        if (_exemptDeliveries.Contains(delivery, date))
        {
            return null;
        }

        foreach (var safeguard in _safeguards)
        {
            if (safeguard.IsSatisfied(safeguards, delivery, date))
            {
                return null;
            }
        }

        var liftedBy = LiftedBy(delivery, date);
        string message = _message.Format(
        [
            ServiceLines.Info(service).Title,
            JurisdictionText.Describe(client),
            JurisdictionText.Describe(delivery),
            date.ToString(),
            JurisdictionText.Describe(client.CountryOnly),
            JurisdictionText.Describe(LicensingJurisdiction(client)),
        ]);
        return new RuleViolation(Definition, message + SafeguardText.Lifting(liftedBy), liftedBy);
    }

    /// <summary>The sets of safeguards that would lift this rule for a delivery on a date: what a message and a code fix offer.</summary>
    private IReadOnlyList<IReadOnlyList<Safeguard>> LiftedBy(JurisdictionId delivery, CalendarDate date)
    {
        List<IReadOnlyList<Safeguard>>? result = null;
        foreach (var safeguard in _safeguards)
        {
            if (safeguard.AppliesTo(delivery, date))
            {
                (result ??= []).Add(safeguard.AllOf);
            }
        }

        return result ?? (IReadOnlyList<IReadOnlyList<Safeguard>>)Array.Empty<IReadOnlyList<Safeguard>>();
    }

    private bool RouteMatches(JurisdictionId client, JurisdictionId delivery, CalendarDate date)
    {
        for (int i = 0; i < _routeClients.Length; i++)
        {
            if (_routeClients[i].Contains(client, date) && _routeDeliveries[i].Contains(delivery, date))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSubdivisionLevel(int country) => (_subdivisionLevelCountries[country >> 6] & (1UL << (country & 63))) != 0;

    private bool IsOutsideLicensingJurisdiction(JurisdictionId client, JurisdictionId delivery)
    {
        if (client.Country != delivery.Country)
        {
            return true;
        }

        if (!client.HasSubdivision || !IsSubdivisionLevel(client.Country))
        {
            return false;
        }

        // A delivery that names only the country cannot show it is in the client's state.
        return !delivery.HasSubdivision || JurisdictionText.TopLevel(client.Subdivision) != JurisdictionText.TopLevel(delivery.Subdivision);
    }

    private JurisdictionId LicensingJurisdiction(JurisdictionId client) =>
        client.HasSubdivision && IsSubdivisionLevel(client.Country)
            ? new JurisdictionId(client.Country, JurisdictionText.TopLevel(client.Subdivision))
            : client.CountryOnly;

    /// <summary>One compiled way to satisfy a rule: a set of safeguards, on some dates, for some deliveries.</summary>
    private sealed class CompiledSafeguard
    {
        private readonly SafeguardSet _required;
        private readonly JurisdictionSet _delivery;
        private readonly SafeguardAlternative _definition;

        public CompiledSafeguard(SafeguardAlternative definition, GroupResolver groups, string context)
        {
            _definition = definition;
            _required = SafeguardSet.Of(definition.AllOf);
            _delivery = definition.Delivery is null ? JurisdictionSet.Everything : groups.Compile(definition.Delivery, context);
        }

        public IReadOnlyList<Safeguard> AllOf => _definition.AllOf;

        public bool IsSatisfied(SafeguardSet inPlace, JurisdictionId delivery, CalendarDate date) =>
            inPlace.ContainsAll(_required) && AppliesTo(delivery, date);

        /// <summary>Whether this way counts for the delivery on the date (whatever is in place).</summary>
        public bool AppliesTo(JurisdictionId delivery, CalendarDate date) =>
            (_definition.From is not { } from || date >= from)
            && (_definition.To is not { } to || date <= to)
            && _delivery.Contains(delivery, date);
    }
}
