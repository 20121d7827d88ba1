using System.Collections.Immutable;
using KpoSdk.Time;

namespace KpoSdk;

/// <summary>
/// A person who delivers work: where and when they work, and what qualifies them — education,
/// credentials, languages and familiarity with the regulation of particular jurisdictions.
/// </summary>
/// <remarks>Equality is by value, including the order of every list.</remarks>
public sealed record StaffMember
{
    /// <summary>Creates a staff member.</summary>
    /// <param name="id">An identifier unique within the roster, e.g. an employee number.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="center">The name of the delivery centre the person works at.</param>
    /// <param name="shift">The person's working hours, in the centre's time zone; the centre's holidays apply.</param>
    /// <param name="education">The qualifications the person holds.</param>
    /// <param name="credentials">The professional credentials the person holds.</param>
    /// <param name="languages">The languages the person commands, with levels.</param>
    /// <param name="regulationFamiliarity">The jurisdictions whose regulation the person knows; familiarity with a jurisdiction counts for those within it (<c>US</c> for <c>US-NY</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="name"/>, <paramref name="center"/> or <paramref name="shift"/> is null.</exception>
    /// <exception cref="ArgumentException">A jurisdiction is <c>default</c>.</exception>
    public StaffMember(
        string id,
        string name,
        string center,
        WeeklyHours shift,
        ImmutableArray<EducationLevel> education = default,
        ImmutableArray<Credential> credentials = default,
        ImmutableArray<LanguageSkill> languages = default,
        ImmutableArray<Jurisdiction> regulationFamiliarity = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(center);
        ArgumentNullException.ThrowIfNull(shift);
        Id = id;
        Name = name;
        Center = center;
        Shift = shift;
        Education = education.OrEmpty();
        Credentials = credentials.OrEmpty();
        Languages = languages.OrEmpty();
        RegulationFamiliarity = regulationFamiliarity.OrEmpty();
        if (RegulationFamiliarity.Any(j => j.IsDefault) || Credentials.Any(c => c.GrantedBy.IsDefault))
        {
            throw new ArgumentException($"Staff member '{id}' has a default(Jurisdiction), which names no place.");
        }
    }

    /// <summary>Gets the identifier, unique within the roster.</summary>
    public string Id { get; }

    /// <summary>Gets the person's name.</summary>
    public string Name { get; }

    /// <summary>Gets the name of the delivery centre the person works at.</summary>
    public string Center { get; }

    /// <summary>Gets the person's working hours in the centre's time zone.</summary>
    public WeeklyHours Shift { get; }

    /// <summary>Gets the qualifications the person holds.</summary>
    public ImmutableArray<EducationLevel> Education { get; }

    /// <summary>Gets the professional credentials the person holds.</summary>
    public ImmutableArray<Credential> Credentials { get; }

    /// <summary>Gets the languages the person commands.</summary>
    public ImmutableArray<LanguageSkill> Languages { get; }

    /// <summary>Gets the jurisdictions whose regulation the person knows.</summary>
    public ImmutableArray<Jurisdiction> RegulationFamiliarity { get; }

    /// <summary>Gets the person's best level in <paramref name="language"/>; null when they do not speak it.</summary>
    public CefrLevel? LevelIn(Language language) =>
        Languages.Where(s => s.Language == language).Select(s => (CefrLevel?)s.Level).Max();

    /// <summary>Gets whether the person holds a qualification that meets <paramref name="minimum"/> (see <see cref="EducationLevels.Satisfies"/>).</summary>
    public bool MeetsEducation(EducationLevel minimum) => Education.Any(e => e.Satisfies(minimum));

    /// <summary>Gets whether the person declares familiarity with <paramref name="jurisdiction"/> or with one that contains it.</summary>
    public bool IsFamiliarWith(Jurisdiction jurisdiction) => RegulationFamiliarity.Any(j => j.Contains(jurisdiction));

    /// <inheritdoc/>
    public bool Equals(StaffMember? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Center, other.Center, StringComparison.Ordinal)
        && Shift.Equals(other.Shift)
        && Education.ValueEquals(other.Education)
        && Credentials.ValueEquals(other.Credentials)
        && Languages.ValueEquals(other.Languages)
        && RegulationFamiliarity.ValueEquals(other.RegulationFamiliarity);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Id, Name, Center, Shift, Education.ValueHash(), Credentials.ValueHash(), Languages.ValueHash(), RegulationFamiliarity.ValueHash());

    /// <summary>Returns the ID and name, e.g. <c>"E-1042 Priya Nair"</c>.</summary>
    public override string ToString() => $"{Id} {Name}";
}
