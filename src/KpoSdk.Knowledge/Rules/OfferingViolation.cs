namespace KpoSdk.Knowledge.Rules;

/// <summary>One rule an offering breaks from one delivery jurisdiction (<see cref="OfferingViolations"/>).</summary>
internal sealed class OfferingViolation
{
    public OfferingViolation(RuleViolation violation, int clientIndex, string? otherClients)
    {
        Violation = violation;
        ClientIndex = clientIndex;
        OtherClients = otherClients;
    }

    /// <summary>The violation for the first client that breaks the rule.</summary>
    public RuleViolation Violation { get; }

    /// <summary>The index in the offering's clients of that first client.</summary>
    public int ClientIndex { get; }

    /// <summary>A sentence, with a leading space, naming the other clients that break the rule; null when there are none.</summary>
    public string? OtherClients { get; }
}
