using KpoSdk;
using KpoSdk.Contracts;

// Acme's service catalog: what it offers to which clients, from which countries. The analyzers
// reject any contract below that the catalog does not designate (KPO1004).
[assembly: ServiceOffering(ServiceLine.TaxPreparation, Clients = "US", DeliveredFrom = "IN PH")]
[assembly: ServiceOffering(ServiceLine.ParalegalSupport, Clients = "US AU", DeliveredFrom = "PH")]
[assembly: ServiceOffering(ServiceLine.BusinessResearch, Clients = "US GB DE AU", DeliveredFrom = "IN PL")]
[assembly: ServiceOffering(ServiceLine.Payroll, Clients = "GB DE", DeliveredFrom = "PL")]
[assembly: ServiceOffering(ServiceLine.Bookkeeping, Clients = "DE", DeliveredFrom = "PL")]
[assembly: ServiceOffering(ServiceLine.RegulatoryFiling, Clients = "GB DE", DeliveredFrom = "IN")]
[assembly: ServiceOffering(ServiceLine.LegalResearch, Clients = "AU US", DeliveredFrom = "PH IN")]
