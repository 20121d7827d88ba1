namespace KpoSdk.Generators.Tests.Infrastructure;

/// <summary>The contract declarations the snapshot, determinism and robustness tests share.</summary>
internal static class Declarations
{
    public const string OneContract = """
        using KpoSdk;
        using KpoSdk.Contracts;

        namespace Acme.Contracts
        {
            /// <summary>Tax preparation for New York clients from India.</summary>
            [ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN")]
            [CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
            [ResponseTime("PT4H", Warnings = new[] { 90, 50, 75 })]
            [ResolutionTime("P3D")]
            public partial class NewYorkTaxPreparation
            {
            }
        }
        """;

    public const string SeveralDeliveryCountries = """
        using KpoSdk;
        using KpoSdk.Contracts;

        namespace Acme.Contracts
        {
            /// <summary>German payroll from Poland, India and the Philippines.</summary>
            [ServiceLevelContract(ServiceLine.Payroll, Client = "DEU", DeliveredFrom = "pl, IN-MH  PH")]
            [CoverageWindow("Europe/Berlin", "Mon-Fri 08:00-12:00, 13:00-18:00")]
            [ResponseTime("PT2H30M")]
            internal partial class GermanPayroll
            {
            }
        }
        """;

    public const string MidnightCrossingWindow = """
        using KpoSdk;
        using KpoSdk.Contracts;
        using KpoSdk.Sla;

        namespace Acme.Contracts
        {
            /// <summary>Overnight transcription of Californian hearings.</summary>
            [ServiceLevelContract(ServiceLine.CourtTranscription, Client = "US-CA", DeliveredFrom = "PH")]
            [CoverageWindow("America/Los_Angeles", "Sun-Thu 22:00-06:00; Fri 18:00-24:00")]
            [ResponseTime("PT30M", Clock = SlaClockBasis.CalendarTime)]
            [ResolutionTime("PT8H")]
            public partial class OvernightTranscription
            {
            }
        }
        """;

    public const string BusinessDayResolution = """
        using KpoSdk;
        using KpoSdk.Contracts;
        using KpoSdk.Sla;

        namespace Acme.Contracts
        {
            /// <summary>Saudi bookkeeping on a Sunday-to-Thursday week.</summary>
            [ServiceLevelContract(ServiceLine.Bookkeeping, Client = "SA", DeliveredFrom = "EG")]
            [CoverageWindow("Asia/Riyadh", "Sun-Thu 08:00-16:00")]
            [ResponseTime("P1D")]
            [ResolutionTime("P10D")]
            public partial class RiyadhBookkeeping
            {
            }

            /// <summary>Billing with a resolution in calendar days.</summary>
            [ServiceLevelContract(ServiceLine.Billing, Client = "GB", DeliveredFrom = "ZA")]
            [CoverageWindow("Europe/London", "24x7")]
            [ResponseTime("PT1H", Clock = SlaClockBasis.BusinessHours)]
            [ResolutionTime("P2D", Clock = SlaClockBasis.CalendarTime, Warnings = new[] { 75 })]
            public partial class LondonBilling
            {
            }
        }
        """;

    public const string CredentialsAndLanguages = """
        using KpoSdk;
        using KpoSdk.Contracts;

        namespace Acme.Contracts
        {
            /// <summary>US tax preparation reviewed by licensed staff, for English and Spanish speakers.</summary>
            [ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US", DeliveredFrom = "IN")]
            [CoverageWindow("America/Chicago", "Mon-Fri 08:00-18:00; Sat 09:00-13:00")]
            [RequiresCredential(CredentialKind.UsCertifiedPublicAccountant, GrantedIn = "US-IL")]
            [RequiresCredential(CredentialKind.UsEnrolledAgent)]
            [RequiresLanguage("en", CefrLevel.C1)]
            [RequiresLanguage("spa", CefrLevel.B2)]
            public partial class BilingualTaxPreparation
            {
            }
        }
        """;

    public const string GlobalNamespace = """
        using KpoSdk;
        using KpoSdk.Contracts;

        /// <summary>Legal research for Canadian clients, declared in the global namespace.</summary>
        [ServiceLevelContract(ServiceLine.LegalResearch, Client = "CA-ON", DeliveredFrom = "IN")]
        [CoverageWindow("America/Toronto", "Mon-Fri 09:00-17:00")]
        [ResolutionTime("P5D")]
        public partial class OntarioLegalResearch
        {
        }
        """;

    public const string FileScopedNamespace = """
        using KpoSdk;
        using KpoSdk.Contracts;

        namespace Acme.Legal;

        /// <summary>Document review for Australian clients.</summary>
        [ServiceLevelContract(ServiceLine.DocumentReview, Client = "AU-NSW", DeliveredFrom = "PH")]
        [CoverageWindow("Australia/Sydney", "Mon-Fri 09:00-17:30")]
        [ResponseTime("PT45M")]
        public partial class SydneyDocumentReview
        {
        }
        """;

    public const string SeveralContractsInOneFile = """
        using KpoSdk;
        using KpoSdk.Contracts;

        namespace Acme.Contracts
        {
            /// <summary>Paralegal support as a record.</summary>
            [ServiceLevelContract(ServiceLine.ParalegalSupport, Client = "US-TX", DeliveredFrom = "IN")]
            [CoverageWindow("America/Chicago", "Mon-Fri 07:00-19:00")]
            [ResponseTime("PT1H")]
            public partial record TexasParalegalSupport;

            /// <summary>Business research as a read-only struct.</summary>
            [ServiceLevelContract(ServiceLine.BusinessResearch, Client = "FR", DeliveredFrom = "MA")]
            [CoverageWindow("Europe/Paris", "Mon-Fri 09:00-18:00")]
            [ResolutionTime("P2D")]
            public readonly partial struct FrenchBusinessResearch
            {
            }

            /// <summary>Audit preparation as a record struct.</summary>
            [ServiceLevelContract(ServiceLine.AuditPreparation, Client = "JP", DeliveredFrom = "VN")]
            [CoverageWindow("Asia/Tokyo", "Mon-Fri 09:00-17:00")]
            [ResponseTime("PT90M")]
            internal partial record struct JapaneseAuditPreparation;
        }
        """;

    /// <summary>Inputs whose handling would change under a Turkish culture if it were culture-sensitive ("in" upper-cases to "İN").</summary>
    public const string CultureSensitive = """
        using KpoSdk;
        using KpoSdk.Contracts;

        namespace Acme.Istanbul
        {
            /// <summary>Turkish billing from India.</summary>
            [ServiceLevelContract(ServiceLine.Billing, Client = "tr-34", DeliveredFrom = "in")]
            [CoverageWindow("Europe/Istanbul", "mon-FRI 09:00-12:30, 13:30-18:00; sat 10:00-14:00")]
            [ResponseTime("PT1H30M")]
            [ResolutionTime("P4D")]
            [RequiresLanguage("TUR", CefrLevel.C2)]
            [RequiresLanguage("eng", CefrLevel.B1)]
            [RequiresCredential(CredentialKind.Acca, GrantedIn = "gbr")]
            public partial class IstanbulInvoicing
            {
            }
        }
        """;

    public static IReadOnlyList<string> All { get; } =
    [
        OneContract,
        SeveralDeliveryCountries,
        MidnightCrossingWindow,
        BusinessDayResolution,
        CredentialsAndLanguages,
        GlobalNamespace,
        FileScopedNamespace,
        SeveralContractsInOneFile,
        CultureSensitive,
    ];
}
