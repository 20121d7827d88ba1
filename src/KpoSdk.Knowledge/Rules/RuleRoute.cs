namespace KpoSdk.Knowledge.Rules;

/// <summary>One direction a rule covers: clients in one set of jurisdictions served from another. "*" matches every jurisdiction.</summary>
internal sealed class RuleRoute
{
    public RuleRoute(IReadOnlyList<string> clients, IReadOnlyList<string> deliveries)
    {
        Clients = clients ?? throw new ArgumentNullException(nameof(clients));
        Deliveries = deliveries ?? throw new ArgumentNullException(nameof(deliveries));
    }

    public IReadOnlyList<string> Clients { get; }

    public IReadOnlyList<string> Deliveries { get; }
}
