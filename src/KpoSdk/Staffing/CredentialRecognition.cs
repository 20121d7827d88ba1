using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Credentials;
using NodaTime;

namespace KpoSdk;

/// <summary>
/// How a held <see cref="Credential"/> stands for a service to a client on a date: the knowledge
/// base's one recognition semantics (<c>Knowledge.Credentials.Credentials</c>, shared with the
/// analyzers), plus the holder's expiry date, which only the runtime knows.
/// </summary>
internal static class CredentialRecognition
{
    /// <summary>How <paramref name="credential"/> stands for <paramref name="service"/> to a client in <paramref name="client"/> on <paramref name="date"/>.</summary>
    public static CredentialStanding Assess(Credential credential, ServiceLine service, Jurisdiction client, LocalDate date)
    {
        if (!Credentials.IsGrantable(credential.Kind, credential.GrantedBy.Id))
        {
            return CredentialStanding.NotGrantable;
        }

        var basis = Credentials.Qualification(credential.Kind, credential.GrantedBy.Id, service, client.Id, new CalendarDate(date.Year, date.Month, date.Day));
        if (basis is null)
        {
            return CredentialStanding.NotRecognized;
        }

        if (!credential.IsValidOn(date))
        {
            return CredentialStanding.Expired;
        }

        return basis switch
        {
            QualificationBasis.License => CredentialStanding.Licensed,
            QualificationBasis.Recognition => CredentialStanding.Recognized,
            _ => CredentialStanding.Knowledge,
        };
    }

    /// <summary>Whether <paramref name="credential"/> has expired by <paramref name="date"/> but would license the service for the client if it had not.</summary>
    public static bool ExpiredButWouldLicense(Credential credential, ServiceLine service, Jurisdiction client, LocalDate date) =>
        !credential.IsValidOn(date)
        && Credentials.IsGrantable(credential.Kind, credential.GrantedBy.Id)
        && Credentials.Qualification(credential.Kind, credential.GrantedBy.Id, service, client.Id, new CalendarDate(date.Year, date.Month, date.Day)) == QualificationBasis.License;
}
