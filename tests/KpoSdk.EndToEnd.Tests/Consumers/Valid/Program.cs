using KpoSdk;
using KpoSdk.Contracts;
using KpoSdk.Generated;
using KpoSdk.Time;
using NodaTime;
using NodaTime.Text;

[assembly: ServiceOffering(ServiceLine.TaxPreparation, Clients = "US", DeliveredFrom = "IN")]
[assembly: ServiceOffering(ServiceLine.LegalResearch, Clients = "AU", DeliveredFrom = "PH")]

namespace Consumer;

/// <summary>Tax preparation for New York clients from India.</summary>
[ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN")]
[CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
[ResponseTime("PT4H")]
[ResolutionTime("P3D")]
public partial class NewYorkTaxPreparation;

/// <summary>Legal research for Sydney clients from Manila.</summary>
[ServiceLevelContract(ServiceLine.LegalResearch, Client = "AU-NSW", DeliveredFrom = "PH")]
[CoverageWindow("Australia/Sydney", "Mon-Fri 08:30-17:30")]
[ResponseTime("PT2H")]
public partial class SydneyLegalResearch;

/// <summary>Prints what the generated contracts compute, one <c>key=value</c> a line.</summary>
public static class Program
{
    public static void Main()
    {
        var pattern = InstantPattern.ExtendedIso;
        var tax = new NewYorkTaxPreparation();
        var opened = pattern.Parse("2026-03-06T20:00:00Z").Value;

        Console.WriteLine($"contracts={ServiceLevelContractRegistry.All.Count}");
        Console.WriteLine($"tax.client={tax.Client}");
        Console.WriteLine($"tax.response={pattern.Format(tax.ResponseDeadline(opened))}");
        Console.WriteLine($"tax.resolution={pattern.Format(tax.ResolutionDeadline(opened))}");

        var pune = new DeliveryCalendar("Pune", BusinessCalendar.Create("Asia/Kolkata", "Mon-Fri 18:30-02:30"));
        var january = tax.AnalyzeCoverage(new DateInterval(new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 9)), [pune]);
        Console.WriteLine($"tax.january.required={january.Required.TotalHours}");
        Console.WriteLine($"tax.january.uncovered={january.Uncovered.TotalHours}");

        var sydney = ServiceLevelContractRegistry.For(ServiceLine.LegalResearch, Jurisdiction.Parse("AU-NSW")).Single();
        Console.WriteLine($"sydney.type={sydney.GetType().Name}");
        Console.WriteLine($"country={Country.Parse("ind").Alpha2}");
    }
}
