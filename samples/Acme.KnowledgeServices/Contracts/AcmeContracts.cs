using KpoSdk.Contracts;
using KpoSdk.Sla;

namespace KpoSdk.Samples.Acme.Contracts;

/// <summary>US tax preparation for New York clients from the Pune captive centre and the Manila partner.</summary>
[ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN PH")]
[CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
[ResponseTime("PT4H")]
[ResolutionTime("P3D")]
[RequiresLanguage("en", CefrLevel.C1)]
[Safeguards(Safeguard.Section7216Consent)]
public partial class NewYorkTaxPreparation;

/// <summary>Market and company research for New York, written in English at C2, from Kraków's late shift.</summary>
[ServiceLevelContract(ServiceLine.BusinessResearch, Client = "US-NY", DeliveredFrom = "PL")]
[CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
[ResponseTime("PT2H")]
[ResolutionTime("P2D")]
[RequiresLanguage("en", CefrLevel.C2)]
public partial class NewYorkBusinessResearch;

/// <summary>UK payroll from Kraków, answered within the London working day.</summary>
[ServiceLevelContract(ServiceLine.Payroll, Client = "GB", DeliveredFrom = "PL")]
[CoverageWindow("Europe/London", "Mon-Fri 09:00-17:30")]
[ResponseTime("PT2H")]
[ResolutionTime("P1D")]
[Safeguards(Safeguard.ProcessorContract)]
public partial class LondonPayroll;

/// <summary>German bookkeeping in German, from Kraków.</summary>
[ServiceLevelContract(ServiceLine.Bookkeeping, Client = "DE", DeliveredFrom = "PL")]
[CoverageWindow("Europe/Berlin", "Mon-Fri 08:00-17:00")]
[ResponseTime("PT4H")]
[ResolutionTime("P2D")]
[RequiresLanguage("de", CefrLevel.B2)]
[Safeguards(Safeguard.ProcessorContract)]
public partial class BerlinBookkeeping;

/// <summary>German regulatory filings prepared in Pune, with a calendar-time response.</summary>
[ServiceLevelContract(ServiceLine.RegulatoryFiling, Client = "DE", DeliveredFrom = "IN")]
[CoverageWindow("Europe/Berlin", "Mon-Fri 09:00-18:00")]
[ResponseTime("PT8H", Clock = SlaClockBasis.CalendarTime)]
[ResolutionTime("P5D")]
[Safeguards(Safeguard.StandardContractualClauses, Safeguard.ProcessorContract)]
public partial class GermanRegulatoryFiling;

/// <summary>Legal research for Sydney from Manila's early shift.</summary>
[ServiceLevelContract(ServiceLine.LegalResearch, Client = "AU-NSW", DeliveredFrom = "PH")]
[CoverageWindow("Australia/Sydney", "Mon-Fri 08:30-17:30")]
[ResponseTime("PT2H")]
[ResolutionTime("P3D")]
public partial class SydneyLegalResearch;

/// <summary>Paralegal support for New York litigators, from Manila's night shift.</summary>
[ServiceLevelContract(ServiceLine.ParalegalSupport, Client = "US-NY", DeliveredFrom = "PH")]
[CoverageWindow("America/New_York", "Mon-Fri 08:00-18:00")]
[ResponseTime("PT1H")]
[ResolutionTime("P2D")]
[Safeguards(Safeguard.ClientInformedConsent)]
public partial class NewYorkParalegalSupport;
