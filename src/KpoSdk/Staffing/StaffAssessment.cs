using System.Collections.Immutable;

namespace KpoSdk;

/// <summary>Whether one roster member qualifies for one service of a <see cref="StaffingPlan"/>, and every reason when not.</summary>
/// <param name="Member">The staff member.</param>
/// <param name="Reasons">Every requirement the member fails, with paths into the roster (<c>staff[3].languages</c>); empty when the member qualifies.</param>
public sealed record StaffAssessment(StaffMember Member, ImmutableArray<AgreementViolation> Reasons)
{
    /// <summary>Gets whether the member meets every requirement of the service.</summary>
    public bool Qualifies => Reasons.IsDefaultOrEmpty;

    /// <inheritdoc/>
    public bool Equals(StaffAssessment? other) => other is not null && Member.Equals(other.Member) && Reasons.ValueEquals(other.Reasons);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Member, Reasons.ValueHash());
}
