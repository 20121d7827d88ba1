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
    private readonly CompiledMechanism[] _mechanisms;
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
        _mechanisms = definition.Exemptions.Mechanisms.Select(m => new CompiledMechanism(m, groups, context)).ToArray();
        _message = new MessageTemplate(definition.Message, context);
    }

    public RuleDefinition Definition { get; }

    /// <summary>The violation of this rule by the case, or null when the rule does not apply or an exemption lifts it.</summary>
    public RuleViolation? Evaluate(ServiceLine service, JurisdictionId client, JurisdictionId delivery, CalendarDate date, MechanismSet mechanisms)
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

        foreach (var mechanism in _mechanisms)
        {
            if (mechanism.IsSatisfied(mechanisms, delivery, date))
            {
                return null;
            }
        }

        return new RuleViolation(Definition, _message.Format(
        [
            ServiceLines.Info(service).Title,
            JurisdictionText.Describe(client),
            JurisdictionText.Describe(delivery),
            date.ToString(),
            JurisdictionText.Describe(client.CountryOnly),
            JurisdictionText.Describe(LicensingJurisdiction(client)),
        ]));
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

    /// <summary>One compiled way to satisfy a transfer rule.</summary>
    private sealed class CompiledMechanism
    {
        private readonly MechanismSet _required;
        private readonly JurisdictionSet _delivery;
        private readonly MechanismAlternative _definition;

        public CompiledMechanism(MechanismAlternative definition, GroupResolver groups, string context)
        {
            _definition = definition;
            _required = MechanismSet.Of(definition.AllOf);
            _delivery = definition.Delivery is null ? JurisdictionSet.Everything : groups.Compile(definition.Delivery, context);
        }

        public bool IsSatisfied(MechanismSet inPlace, JurisdictionId delivery, CalendarDate date) =>
            inPlace.ContainsAll(_required)
            && (_definition.From is not { } from || date >= from)
            && (_definition.To is not { } to || date <= to)
            && _delivery.Contains(delivery, date);
    }
}
