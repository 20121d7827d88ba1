namespace KpoSdk.Rules;

/// <summary>
/// One direction a rule covers: clients in some jurisdictions served from others. Each side is a
/// list of selectors: a country code (<c>"US"</c>, covering its subdivisions), a subdivision code
/// (<c>"UA-43"</c>), a group of the rule set (<c>"@EU"</c>, <c>"@EEA"</c>, <c>"@US"</c>; see
/// docs/rules.md), or <c>"*"</c> for every jurisdiction. Selectors are checked when the rule is
/// added to a <see cref="RuleSet"/>.
/// </summary>
public sealed class RuleRoute
{
    /// <summary>Creates a route from client selectors to delivery selectors.</summary>
    /// <param name="clients">Where the client is, e.g. <c>["RU"]</c>.</param>
    /// <param name="deliveries">Where the service is delivered from, e.g. <c>["@EU"]</c>.</param>
    /// <exception cref="ArgumentException">A side is empty.</exception>
    public RuleRoute(IEnumerable<string> clients, IEnumerable<string> deliveries)
    {
        Clients = Copy(clients, nameof(clients));
        Deliveries = Copy(deliveries, nameof(deliveries));
    }

    /// <summary>Gets the client selectors.</summary>
    public IReadOnlyList<string> Clients { get; }

    /// <summary>Gets the delivery selectors.</summary>
    public IReadOnlyList<string> Deliveries { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{string.Join(", ", Clients)} <- {string.Join(", ", Deliveries)}";

    internal static string[] Copy(IEnumerable<string> selectors, string parameter)
    {
        var copy = (selectors ?? throw new ArgumentNullException(parameter)).ToArray();
        if (copy.Length == 0 || copy.Any(s => s is null))
        {
            throw new ArgumentException("A route side needs at least one selector and no null; use \"*\" for every jurisdiction.", parameter);
        }

        return copy;
    }
}
