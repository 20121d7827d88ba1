using KpoSdk;
using KpoSdk.Contracts;

[assembly: ServiceOffering(ServiceLine.TaxPreparation, Clients = "US", DeliveredFrom = "IN")]
[assembly: ServiceOffering(ServiceLine.Payroll, Clients = "GB", DeliveredFrom = "IN", Safeguards = new[] { Safeguard.UkInternationalDataTransferAgreement })]

namespace Broken;

[ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-XX", DeliveredFrom = "IN")]
[CoverageWindow("America/New_Yrok", "Mon-Fri 09:00-17:00")]
public partial class UnknownPlaces;

[ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN")]
[CoverageWindow("America/New_York", "Mon-Fry 09:00-17:00")]
[ResponseTime("PT4X")]
public partial class MalformedTimes;

[ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN")]
[CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
public class NotPartial;

public static class Calls
{
    public static Country Unknown() => Country.Parse("XX");
}

// Without the UK International Data Transfer Agreement declared, payroll for a UK client from India is KPO1003.
[ServiceLevelContract(ServiceLine.Payroll, Client = "GB", DeliveredFrom = "IN")]
[CoverageWindow("Europe/London", "Mon-Fri 09:00-17:00")]
public partial class LondonPayrollWithoutSafeguard;
