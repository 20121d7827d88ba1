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
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="name"/>, <paramref name="center"/> or <paramref name="shift"/> is null.</exception>
    public StaffMember(string id, string name, string center, WeeklyHours shift)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(center);
        ArgumentNullException.ThrowIfNull(shift);
        Id = id;
        Name = name;
        Center = center;
        Shift = shift;
    }

    /// <summary>Gets the identifier, unique within the roster.</summary>
    public string Id { get; }

    /// <summary>Gets the person's name.</summary>
    public string Name { get; }

    /// <summary>Gets the name of the delivery centre the person works at.</summary>
    public string Center { get; }

    /// <summary>Gets the person's working hours in the centre's time zone.</summary>
    public WeeklyHours Shift { get; }

    /// <summary>Gets the qualifications the person holds; none by default.</summary>
    public ImmutableArray<EducationLevel> Education
    {
        get;
        init => field = value.OrEmpty();
    } = [];

    /// <summary>Gets the professional credentials the person holds; none by default.</summary>
    /// <exception cref="ArgumentException">(init) A credential's granting jurisdiction is <c>default</c>.</exception>
    public ImmutableArray<Credential> Credentials
    {
        get;
        init => field = value.OrEmpty().Any(c => c.GrantedBy.IsDefault)
            ? throw new ArgumentException("A credential's GrantedBy is default(Jurisdiction), which names no place.", nameof(value))
            : value.OrEmpty();
    } = [];

    /// <summary>Gets the languages the person commands, with levels; none by default.</summary>
    public ImmutableArray<LanguageSkill> Languages
    {
        get;
        init => field = value.OrEmpty();
    } = [];

    /// <summary>
    /// Gets the jurisdictions whose regulation the person knows; familiarity with a jurisdiction
    /// counts for those within it (<c>US</c> for <c>US-NY</c>). None by default.
    /// </summary>
    /// <exception cref="ArgumentException">(init) A jurisdiction is <c>default</c>.</exception>
    public ImmutableArray<Jurisdiction> RegulationFamiliarity
    {
        get;
        init => field = value.OrEmpty().Any(j => j.IsDefault)
            ? throw new ArgumentException("default(Jurisdiction) names no place.", nameof(value))
            : value.OrEmpty();
    } = [];

    /// <summary>Gets the person's best level in <paramref name="language"/>; null when they do not speak it.</summary>
    public CefrLevel? LevelIn(Language language) =>
        Languages.Where(s => s.Language == language).Select(s => (CefrLevel?)s.Level).Max();

    /// <summary>Gets whether the person holds a qualification that meets <paramref name="minimum"/> (see <see cref="EducationLevels.Satisfies"/>).</summary>
    public bool MeetsEducation(EducationLevel minimum)
    {
        // A loop, not LINQ: staffing plans ask this of thousands of members per service.
        foreach (var held in Education)
        {
            if (held.Satisfies(minimum))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether the person declares familiarity with <paramref name="jurisdiction"/> or with one that contains it.</summary>
    public bool IsFamiliarWith(Jurisdiction jurisdiction)
    {
        foreach (var familiar in RegulationFamiliarity)
        {
            if (familiar.Contains(jurisdiction))
            {
                return true;
            }
        }

        return false;
    }

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
