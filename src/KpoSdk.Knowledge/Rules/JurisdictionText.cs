using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Rules;

/// <summary>How messages name jurisdictions: "Iran (IR)", "Avtonomna Respublika Krym, Ukraine (UA-43)".</summary>
internal static class JurisdictionText
{
    public static string Describe(JurisdictionId id) =>
        id.HasSubdivision
            ? $"{Subdivisions.Name(id.Subdivision)}, {Countries.CommonName(id.Country)} ({Subdivisions.Code(id.Subdivision)})"
            : $"{Countries.CommonName(id.Country)} ({Countries.Alpha2(id.Country)})";

    /// <summary>The top-level subdivision <paramref name="row"/> lies in (itself when it has no parent).</summary>
    public static int TopLevel(int row)
    {
        int current = row;
        while (Subdivisions.Parent(current) is int parent && parent >= 0)
        {
            current = parent;
        }

        return current;
    }
}
