using KpoSdk;
using KpoSdk.Contracts;

// Acme's service catalog: what it offers to which clients, from which countries, with the
// safeguards each line has in place (the taxpayers' § 7216 consents, processor contracts, the law
// firms' clients' consents, transfer clauses). The analyzers reject any contract below that the
// catalog does not designate (KPO1004), and any line or contract a rule covers without them.
[assembly: ServiceOffering(ServiceLine.TaxPreparation, Clients = "US", DeliveredFrom = "IN PH", Safeguards = new[] { Safeguard.Section7216Consent })]
[assembly: ServiceOffering(ServiceLine.ParalegalSupport, Clients = "US AU", DeliveredFrom = "PH", Safeguards = new[] { Safeguard.ClientInformedConsent, Safeguard.ProcessorContract })]
[assembly: ServiceOffering(ServiceLine.BusinessResearch, Clients = "US GB DE AU", DeliveredFrom = "IN PL")]
[assembly: ServiceOffering(ServiceLine.Payroll, Clients = "GB DE", DeliveredFrom = "PL", Safeguards = new[] { Safeguard.ProcessorContract })]
[assembly: ServiceOffering(ServiceLine.Bookkeeping, Clients = "DE", DeliveredFrom = "PL", Safeguards = new[] { Safeguard.ProcessorContract })]
[assembly: ServiceOffering(ServiceLine.RegulatoryFiling, Clients = "GB DE", DeliveredFrom = "IN",
    Safeguards = new[] { Safeguard.StandardContractualClauses, Safeguard.UkInternationalDataTransferAgreement, Safeguard.ProcessorContract })]
[assembly: ServiceOffering(ServiceLine.LegalResearch, Clients = "AU US", DeliveredFrom = "PH IN", Safeguards = new[] { Safeguard.ClientInformedConsent })]
