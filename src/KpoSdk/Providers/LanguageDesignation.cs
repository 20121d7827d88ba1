using System.Collections.Immutable;

namespace KpoSdk;

/// <summary>
/// The languages, with minimum CEFR levels, that a provider designates for the staff who serve
/// clients in one country, e.g. German at C1 for clients in Germany.
/// </summary>
public sealed record LanguageDesignation
{
    /// <summary>Creates a designation.</summary>
    /// <exception cref="ArgumentException"><paramref name="country"/> is <c>default</c>.</exception>
    public LanguageDesignation(Country country, ImmutableArray<LanguageRequirement> languages)
    {
        if (country.IsDefault)
        {
            throw new ArgumentException("default(Country) names no country.", nameof(country));
        }

        Country = country;
        Languages = languages.OrEmpty();
    }

    /// <summary>Gets the client country the designation applies to.</summary>
    public Country Country { get; }

    /// <summary>Gets the languages staff must command, each at its minimum level.</summary>
    public ImmutableArray<LanguageRequirement> Languages { get; }

    /// <inheritdoc/>
    public bool Equals(LanguageDesignation? other) => other is not null && Country == other.Country && Languages.ValueEquals(other.Languages);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Country, Languages.ValueHash());

    /// <summary>Returns e.g. <c>"DE: de:C1, en:B2"</c>.</summary>
    public override string ToString() => $"{Country}: {string.Join(", ", Languages)}";
}
