namespace KpoSdk.Knowledge.Rules;

/// <summary>What lifts a rule in a case it covers: a delivery jurisdiction in <see cref="DeliveryIn"/> on the date (adequacy), or transfer mechanisms in place.</summary>
internal sealed class RuleExemptions
{
    public static readonly RuleExemptions None = new(Array.Empty<DatedJurisdiction>(), Array.Empty<MechanismAlternative>());

    public RuleExemptions(IReadOnlyList<DatedJurisdiction> deliveryIn, IReadOnlyList<MechanismAlternative> mechanisms)
    {
        DeliveryIn = deliveryIn ?? throw new ArgumentNullException(nameof(deliveryIn));
        Mechanisms = mechanisms ?? throw new ArgumentNullException(nameof(mechanisms));
    }

    public IReadOnlyList<DatedJurisdiction> DeliveryIn { get; }

    public IReadOnlyList<MechanismAlternative> Mechanisms { get; }
}
