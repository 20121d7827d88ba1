namespace KpoSdk.Agreements.Validation;

/// <summary>KPO2001 at a coverage window's path: the knowledge base's check, as the analyzers report it at the zone ID.</summary>
internal static class CoverageZoneCheck
{
    public static void Check(CoverageWindow window, Jurisdiction client, string path, ViolationList violations)
    {
        if (Knowledge.Checks.CoverageZoneCheck.Find(client.Id, window.Zone.Id) is { } message)
        {
            violations.Add(path, DiagnosticIds.CoverageZoneOutsideClientCountry, message);
        }
    }
}
