using KpoSdk;
using KpoSdk.Contracts;

namespace Fixable;

// Certain, so `dotnet format analyzers` fixes them: 'UK' is the other code of GB, 'europe/london'
// differs from the zone ID only in case, 'English' is the language's name.
[ServiceLevelContract(ServiceLine.LegalResearch, Client = "UK", DeliveredFrom = "GB")]
[CoverageWindow("europe/london", "Mon-Fri 09:00-17:00")]
[RequiresLanguage("English", CefrLevel.C1)]
public partial class LondonLegalResearch;

// A guess, so it is left for its author: 'US-XX' is one typo from 'US-TX' (Texas), and nothing says Texas was meant.
[ServiceLevelContract(ServiceLine.LegalResearch, Client = "US-XX", DeliveredFrom = "US")]
[CoverageWindow("America/Chicago", "Mon-Fri 09:00-17:00")]
public partial class SomeState;

public static class Offices
{
    public static Country Head() => Country.Parse("UK");
}
