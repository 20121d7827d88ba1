using System.Collections.Immutable;
using KpoSdk.Analyzers.Checks;
using KpoSdk.Knowledge.Codes;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Analyzers.Reading;

/// <summary>
/// The service, client and delivery jurisdictions a contract declares, read without reporting
/// (the input analyzer reports malformed values; the rule analyzers skip a contract that has them).
/// </summary>
internal sealed class ContractCase
{
    private ContractCase(ServiceLine service, JurisdictionId client, AttributeArgument clientArgument, AttributeArgument deliveredFrom, ImmutableArray<(JurisdictionId Id, int Start, int Length)> deliveries)
    {
        Service = service;
        Client = client;
        ClientArgument = clientArgument;
        DeliveredFromArgument = deliveredFrom;
        Deliveries = deliveries;
    }

    public ServiceLine Service { get; }

    public JurisdictionId Client { get; }

    public AttributeArgument ClientArgument { get; }

    public AttributeArgument DeliveredFromArgument { get; }

    /// <summary>Each delivery jurisdiction with the span of its code in <c>DeliveredFrom</c>.</summary>
    public ImmutableArray<(JurisdictionId Id, int Start, int Length)> Deliveries { get; }

    /// <summary>Where the delivery jurisdiction <paramref name="index"/> is written.</summary>
    public Location DeliveryLocation(int index) => DeliveredFromArgument.Locate(Deliveries[index].Start, Deliveries[index].Length);

    /// <summary>The case of a <c>[ServiceLevelContract]</c>, or null when any part of it is missing or malformed.</summary>
    public static ContractCase? Read(AttributeData contract, CancellationToken cancellationToken)
    {
        if (!AttributeArgument.TryPositional(contract, 0, cancellationToken, out var service)
            || !RuleChecks.TryService(service.Value, out var line)
            || !AttributeArgument.TryNamed(contract, "Client", cancellationToken, out var client)
            || !AttributeArgument.TryNamed(contract, "DeliveredFrom", cancellationToken, out var deliveredFrom)
            || client.Text is not { } clientText
            || deliveredFrom.Text is null
            || !Jurisdictions.TryParse(clientText, out var clientId))
        {
            return null;
        }

        var deliveries = InputChecks.JurisdictionList(ValueSite.Of(deliveredFrom), static _ => { });
        return deliveries is { } list ? new ContractCase(line, clientId, client, deliveredFrom, list) : null;
    }
}
