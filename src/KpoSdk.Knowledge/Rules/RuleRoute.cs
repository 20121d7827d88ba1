namespace KpoSdk.Knowledge.Rules;

/// <summary>One direction a rule covers: clients in one set of jurisdictions served from another. "*" matches every jurisdiction.</summary>
internal sealed class RuleRoute
{
    public RuleRoute(IReadOnlyList<string> client, IReadOnlyList<string> delivery)
    {
        Client = client ?? throw new ArgumentNullException(nameof(client));
        Delivery = delivery ?? throw new ArgumentNullException(nameof(delivery));
    }

    public IReadOnlyList<string> Client { get; }

    public IReadOnlyList<string> Delivery { get; }
}
