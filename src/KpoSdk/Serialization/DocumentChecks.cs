using KpoSdk.Time;

namespace KpoSdk.Serialization;

/// <summary>
/// What the type system cannot say about a document read from JSON: names and IDs that must not be
/// blank, names that must be unique, and catalog offerings that must name the provider's centres.
/// Each failure is a <see cref="JsonDocumentException"/> with the path of the offending value.
/// </summary>
internal static class DocumentChecks
{
    public static void Check(Provider provider, string path)
    {
        NotBlank(provider.Name, $"{path}.name");
        Unique(provider.Centers.Select(c => c.Name), $"{path}.centers", "name", "delivery centre name");
        for (int c = 0; c < provider.Centers.Length; c++)
        {
            Unique(provider.Centers[c].Shifts.Select(s => s.Name), $"{path}.centers[{c}].shifts", "name", "shift name");
            HasHolidayData(provider.Centers[c].PublicHolidays, $"{path}.centers[{c}].publicHolidays");
        }

        var offerings = provider.Catalog.Offerings;
        for (int o = 0; o < offerings.Length; o++)
        {
            for (int d = 0; d < offerings[o].Centers.Length; d++)
            {
                string name = offerings[o].Centers[d];
                if (provider.FindCenter(name) is null)
                {
                    throw new JsonDocumentException(
                        $"{path}.catalog.offerings[{o}].centers[{d}]",
                        $"{JsonToken.Quote(name)} is not a delivery centre of this provider; its centres are {string.Join(", ", provider.Centers.Select(x => JsonToken.Quote(x.Name)))}.",
                        JsonToken.Quote(name));
                }
            }
        }
    }

    public static void Check(Roster roster, string path)
    {
        NotBlank(roster.Provider, $"{path}.provider");
        Unique(roster.Staff.Select(s => s.Id), $"{path}.staff", "id", "staff ID");
        Credentials(roster.Staff, $"{path}.staff");
    }

    public static void Check(ServiceAgreement agreement, string path)
    {
        NotBlank(agreement.Id, $"{path}.id");
        NotBlank(agreement.Client.Name, $"{path}.client.name");
        Check(agreement.Provider, $"{path}.provider");
        HasHolidayData(agreement.Client.BusinessHours.PublicHolidays, $"{path}.client.businessHours.publicHolidays");
        for (int i = 0; i < agreement.Services.Length; i++)
        {
            HasHolidayData(agreement.Services[i].Coverage?.PublicHolidays, $"{path}.services[{i}].coverage.publicHolidays");
            Unique(agreement.Services[i].Team.Select(m => m.Id), $"{path}.services[{i}].team", "id", "staff ID");
            Credentials(agreement.Services[i].Team, $"{path}.services[{i}].team");
        }
    }

    /// <summary>
    /// A credential whose <c>kind</c> is missing reads as the undefined value 0, which
    /// <see cref="KpoJson.Serialize(Roster, JsonLimits?)"/> cannot write; the format promises
    /// lossless round trips, so reading rejects it.
    /// </summary>
    private static void Credentials(IReadOnlyList<StaffMember> staff, string listPath)
    {
        for (int m = 0; m < staff.Count; m++)
        {
            var credentials = staff[m].Credentials;
            for (int c = 0; c < credentials.Length; c++)
            {
                if (!Enum.IsDefined(credentials[c].Kind))
                {
                    throw new JsonDocumentException(
                        $"{listPath}[{m}].credentials[{c}].kind",
                        $"The credential has no kind; every credential names one, e.g. \"kind\": \"UsCertifiedPublicAccountant\". Expected one of: {string.Join(", ", Enum.GetNames<CredentialKind>())}.");
                }
            }
        }
    }

    /// <summary>A document that names a jurisdiction's holidays must name one the SDK has holidays for.</summary>
    private static void HasHolidayData(Jurisdiction? jurisdiction, string path)
    {
        if (jurisdiction is not { } j || HolidayCalendar.TryFor(j, out _))
        {
            return;
        }

        try
        {
            HolidayCalendar.For(j);
        }
        catch (HolidayDataUnavailableException ex)
        {
            // For's message says what is covered instead.
            throw new JsonDocumentException(path, ex.Message, JsonToken.Quote(j.Code), null, null, ex);
        }
    }

    private static void NotBlank(string value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new JsonDocumentException(path, $"The value {JsonToken.Quote(value)} is blank; expected a name.", JsonToken.Quote(value));
        }
    }

    private static void Unique(IEnumerable<string> names, string listPath, string property, string what)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int index = 0;
        foreach (string name in names)
        {
            string path = $"{listPath}[{index}].{property}";
            NotBlank(name, path);
            if (!seen.TryAdd(name, index))
            {
                throw new JsonDocumentException(path, $"The {what} {JsonToken.Quote(name)} is used twice, also at {listPath}[{seen[name]}]; it must be unique.", JsonToken.Quote(name));
            }

            index++;
        }
    }
}
