using KpoSdk;
using KpoSdk.Contracts;
using KpoSdk.Generated;
using KpoSdk.Time;
using NodaTime;
using NodaTime.Text;

[assembly: ServiceOffering(ServiceLine.TaxPreparation, Clients = "US", DeliveredFrom = "IN", Safeguards = new[] { Safeguard.Section7216Consent })]
[assembly: ServiceOffering(ServiceLine.LegalResearch, Clients = "AU", DeliveredFrom = "PH")]
[assembly: ServiceOffering(ServiceLine.Payroll, Clients = "GB", DeliveredFrom = "IN", Safeguards = new[] { Safeguard.UkInternationalDataTransferAgreement, Safeguard.ProcessorContract })]
[assembly: ServiceOffering(ServiceLine.Bookkeeping, Clients = "CU", DeliveredFrom = "US")]

namespace Consumer;

/// <summary>Tax preparation for New York clients from India, with the taxpayers' § 7216 consent to the disclosure.</summary>
[ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN")]
[CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
[Safeguards(Safeguard.Section7216Consent)]
[ResponseTime("PT4H")]
[ResolutionTime("P3D")]
public partial class NewYorkTaxPreparation;

/// <summary>Legal research for Sydney clients from Manila.</summary>
[ServiceLevelContract(ServiceLine.LegalResearch, Client = "AU-NSW", DeliveredFrom = "PH")]
[CoverageWindow("Australia/Sydney", "Mon-Fri 08:30-17:30")]
[ResponseTime("PT2H")]
public partial class SydneyLegalResearch;

/// <summary>Payroll for London clients from India, under the UK International Data Transfer Agreement and a processor contract.</summary>
[ServiceLevelContract(ServiceLine.Payroll, Client = "GB", DeliveredFrom = "IN")]
[CoverageWindow("Europe/London", "Mon-Fri 09:00-17:00")]
[Safeguards(Safeguard.UkInternationalDataTransferAgreement, Safeguard.ProcessorContract)]
public partial class LondonPayroll;

/// <summary>Bookkeeping for Havana from the US: allowed by this project's kpo.rules.json, which removes the Cuba embargo rule.</summary>
[ServiceLevelContract(ServiceLine.Bookkeeping, Client = "CU", DeliveredFrom = "US")]
[CoverageWindow("America/Havana", "Mon-Fri 09:00-17:00")]
public partial class HavanaBookkeeping;

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

        // What the build accepted validates clean at run time: with the contract's safeguards, and
        // with the project's overlay; without the overlay the embargo rule is back.
        var day = new LocalDate(2026, 3, 2);
        Console.WriteLine($"london.safeguards={string.Join(",", new LondonPayroll().Safeguards)}");
        Console.WriteLine($"london.validate={new LondonPayroll().Validate(day).Count}");
        Console.WriteLine($"havana.validate={new HavanaBookkeeping().Validate(day).Count}");
        Console.WriteLine($"havana.defaultRules={string.Join(",", new HavanaBookkeeping().Validate(day, KpoSdk.Rules.RuleSet.Default).Select(v => v.Key))}");
    }
}
