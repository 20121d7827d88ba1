using System.Collections.Immutable;
using KpoSdk.Agreements.Validation;
using NodaTime;

namespace KpoSdk;

public sealed partial record ServiceAgreement
{
    /// <summary>
    /// Checks the agreement as of <paramref name="date"/> and returns every violation found, in
    /// document order: the client, then each service in turn (an empty array when there is none). Never throws for well-formed data that
    /// breaks rules; it reports them.
    /// </summary>
    /// <remarks>
    /// <para>Checks, with their rule IDs (<see cref="DiagnosticIds"/>):</para>
    /// <list type="bullet">
    /// <item>KPO1004: each delivery centre of each service exists at the provider and the catalog
    /// designates the service for the client from it; each team member works at one of the
    /// service's centres.</item>
    /// <item>KPO1001–KPO1003: the rules of <see cref="AgreementValidationOptions.Rules"/> (the
    /// default rules of the knowledge base, docs/rules.md) for the service, the client's
    /// jurisdiction and each centre's jurisdiction on the date, with the agreement's transfer
    /// safeguards.</item>
    /// <item>KPO2001: a coverage window's zone is not in the client's country.</item>
    /// <item>KPO3001–KPO3005: each team member against the service's required credentials,
    /// minimum education, languages (the agreement's plus the catalog's designations for the
    /// client's country) and familiarity with the client's regulation; and, for a service line
    /// that needs a licence (a signing act), that some team member holds one.</item>
    /// <item>KPO3006: a required language that is not official in the client's country.</item>
    /// <item>KPO2002, KPO3007: the team's shifts (the centres' shifts when there is no team) against
    /// the coverage window, over <see cref="AgreementValidationOptions.CoverageDays"/>, within the
    /// dates whose built-in holidays (<see cref="CoverageWindow.PublicHolidays"/>,
    /// <see cref="DeliveryCenter.PublicHolidays"/>) are known; not measured when none are.</item>
    /// <item>KPO0009 (a warning): dates of that horizon left unmeasured because a built-in holiday
    /// calendar does not know them (<see cref="Time.HolidayCalendar.KnownThrough"/>), naming the calendars.</item>
    /// </list>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years 1 to 9999.</exception>
    public ImmutableArray<AgreementViolation> Validate(LocalDate date) => Validate(date, AgreementValidationOptions.Default);

    /// <summary>Checks the agreement as of <paramref name="date"/> with the given settings; see <see cref="Validate(LocalDate)"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years 1 to 9999.</exception>
    public ImmutableArray<AgreementViolation> Validate(LocalDate date, AgreementValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (date.Year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Expected a date in the years 1 to 9999, the range of the rule data.");
        }

        return AgreementValidator.Validate(this, date, options);
    }
}
