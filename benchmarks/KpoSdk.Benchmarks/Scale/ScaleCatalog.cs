namespace KpoSdk.Benchmarks.Scale;

/// <summary>The synthetic provider's catalog: which services it designates for which client countries, from which centres.</summary>
public static class ScaleCatalog
{
    public static readonly (ServiceLine Service, string Clients, string[] Centers)[] Lines =
    [
        (ServiceLine.Bookkeeping, "US GB DE FR AU CA SG", ["Pune", "Bengaluru", "Chennai", "Manila", "Cebu", "Krakow", "Wroclaw", "Bucharest", "Cairo", "Mexico City", "Bogota", "Colombo"]),
        (ServiceLine.TaxPreparation, "US CA", ["Pune", "Bengaluru", "Manila", "Cebu", "Mexico City", "Bogota"]),
        (ServiceLine.Payroll, "GB DE FR", ["Krakow", "Wroclaw", "Bucharest", "Pune"]),
        (ServiceLine.LegalResearch, "US GB AU", ["Manila", "Cebu", "Colombo", "Bengaluru"]),
        (ServiceLine.BusinessResearch, "US GB DE FR AU CA SG", ["Pune", "Bengaluru", "Chennai", "Manila", "Krakow", "Cairo", "Bogota", "Colombo"]),
        (ServiceLine.DocumentReview, "US CA", ["Mexico City", "Bogota", "Manila"]),
        (ServiceLine.Billing, "US GB DE FR AU CA SG", ["Cairo", "Bucharest", "Chennai", "Cebu"]),
    ];

    public static ServiceCatalog Create() => new([.. Lines.Select(l => new ServiceOffering(
        l.Service,
        [.. l.Clients.Split(' ').Select(Jurisdiction.Parse)],
        [.. l.Centers]))]);
}
