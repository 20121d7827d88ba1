namespace KpoSdk.Knowledge.Rules;

/// <summary>What lifts a rule in a case it covers: a delivery jurisdiction in <see cref="DeliveryIn"/> on the date (adequacy), or transfer safeguards in place.</summary>
internal sealed class RuleExemptions
{
    public static readonly RuleExemptions None = new(Array.Empty<DatedJurisdiction>(), Array.Empty<SafeguardAlternative>());

    public RuleExemptions(IReadOnlyList<DatedJurisdiction> deliveryIn, IReadOnlyList<SafeguardAlternative> safeguards)
    {
        DeliveryIn = deliveryIn ?? throw new ArgumentNullException(nameof(deliveryIn));
        Safeguards = safeguards ?? throw new ArgumentNullException(nameof(safeguards));
    }

    public IReadOnlyList<DatedJurisdiction> DeliveryIn { get; }

    public IReadOnlyList<SafeguardAlternative> Safeguards { get; }
}
