using KpoSdk.EndToEnd.Tests.Infrastructure;

namespace KpoSdk.EndToEnd.Tests;

/// <summary>Consumers referencing the packed package, built and run with the real <c>dotnet</c> CLI.</summary>
public sealed class ConsumerBuildTests(PackedPackage package)
{
    [Fact]
    public void A_valid_consumer_builds_without_warnings_emits_the_generated_files_and_its_contracts_compute_the_expected_values()
    {
        var consumer = ConsumerProject.Create(package, "Valid", "ValidConsumer", executable: true,
            "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>");

        var build = consumer.Build().EnsureSuccess("Building the valid consumer");
        Assert.Empty(BuildDiagnostic.Parse(build.Output));

        // Where the README says the generated files are.
        string generated = Path.Combine(consumer.Directory, "obj", "Release", "net10.0", "generated", "KpoSdk.Generators", "KpoSdk.Generators.ServiceLevelContractGenerator");
        Assert.Equal(
            [
                "Consumer.HavanaBookkeeping.ServiceLevelContract.g.cs", "Consumer.LondonPayroll.ServiceLevelContract.g.cs",
                "Consumer.NewYorkTaxPreparation.ServiceLevelContract.g.cs", "Consumer.SydneyLegalResearch.ServiceLevelContract.g.cs",
                "ProjectRules.g.cs", "ServiceLevelContractRegistry.g.cs",
            ],
            Directory.GetFiles(generated).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var lines = consumer.Run().EnsureSuccess("Running the valid consumer").Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            [
                "contracts=4",
                "tax.client=US-NY",
                // Friday 6 March 2026 15:00 EST with 2 business hours left; DST starts on Sunday, so the
                // remaining 2 hours end at 11:00 EDT on Monday (15:00Z), and P3D at 17:00 EDT on Wednesday.
                "tax.response=2026-03-09T15:00:00Z",
                "tax.resolution=2026-03-11T21:00:00Z",
                // Pune 18:30-02:30 IST is 13:00-21:00Z; New York 09:00-17:00 EST is 14:00-22:00Z, so in
                // a January week the last hour of each of the 5 days is uncovered.
                "tax.january.required=40",
                "tax.january.uncovered=5",
                "sydney.type=SydneyLegalResearch",
                "country=IN",
                "london.safeguards=UkInternationalDataTransferAgreement,ProcessorContract",
                "london.validate=0",
                "havana.validate=0",
                "havana.defaultRules=us-ofac-cuba",
            ],
            lines);
    }

    [Fact]
    public void Deleting_the_rule_overlay_takes_effect_in_the_next_incremental_build()
    {
        var consumer = ConsumerProject.Create(package, "Valid", "OverlayDeletedConsumer", executable: true);
        consumer.Build().EnsureSuccess("Building with the kpo.rules.json that removes the Cuba embargo rule");

        File.Delete(Path.Combine(consumer.Directory, "kpo.rules.json"));
        var build = consumer.Build();

        // Without the overlay the Havana contract breaks the embargo rule again: the compiler and the
        // generator must run again rather than keep the output built with the deleted file.
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(BuildDiagnostic.Parse(build.Output), d => d.Id == "KPO1001" && d.Severity == "error");
    }

    [Fact]
    public void An_invalid_consumer_fails_with_each_KPO_ID_at_the_offending_text()
    {
        var consumer = ConsumerProject.Create(package, "Invalid", "InvalidConsumer", executable: false);

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var errors = BuildDiagnostic.Parse(build.Output).Where(d => d.Severity == "error")
            .Select(d => (d.File, d.Line, d.Column, d.Id)).Order().ToArray();
        Assert.Equal(
            new[]
            {
                ("Contracts.cs", 4, 89, "KPO1005"),   // "IN": US tax preparation from India without the taxpayers' § 7216 consent
                ("Contracts.cs", 9, 61, "KPO0001"),   // the 'US-XX' inside Client = "US-XX"
                ("Contracts.cs", 10, 18, "KPO0002"),  // "America/New_Yrok"
                ("Contracts.cs", 13, 86, "KPO1005"),  // "IN": the same, on a contract
                ("Contracts.cs", 14, 42, "KPO0005"),  // 'Fry' inside "Mon-Fry 09:00-17:00"
                ("Contracts.cs", 15, 19, "KPO0004"),  // 'X' inside "PT4X"
                ("Contracts.cs", 18, 86, "KPO1005"),  // "IN": the same
                ("Contracts.cs", 20, 14, "KPO9001"),  // the name of the non-partial class
                ("Contracts.cs", 24, 55, "KPO0001"),  // Country.Parse("XX")
                ("Contracts.cs", 28, 76, "KPO1003"),  // "IN": UK payroll from India without a declared safeguard
                ("kpo.rules.json", 2, 14, "KPO0006"), // the misspelt rule key, passed by buildTransitive
            }.Order(),
            errors);
    }

    [Fact]
    public void A_kpo_json_catalog_that_breaks_a_rule_fails_the_build_at_the_JSON_line_and_column_and_fixing_it_passes()
    {
        // catalog.kpo.json is picked up by its name; roster.json by its metadata; notes.kpo.json,
        // which is not even JSON, is left out by its metadata. Its Bookkeeping offering for the US
        // from Pune breaks no rule (tax preparation would need the taxpayers' § 7216 consent, which
        // only an agreement can declare).
        var consumer = ConsumerProject.Create(package, "Documents", "DocumentsConsumer", executable: false,
            "<KpoRulesDate>2026-03-02</KpoRulesDate>",
            """<AdditionalFiles Include="roster.json" KpoDocument="true" /><AdditionalFiles Include="notes.kpo.json" KpoDocument="false" />""");

        var broken = consumer.Build();

        Assert.NotEqual(0, broken.ExitCode);
        // A catalog declares no safeguards, so the GDPR Art. 28 processor contract (KPO1005, a
        // warning; the agreement declares it) is reported for payroll from any centre.
        Assert.Equal(
            new[]
            {
                ("catalog.kpo.json", 10, 68, "warning", "KPO1005"), // "Krakow": GDPR Art. 28
                ("catalog.kpo.json", 10, 78, "error", "KPO1003"),   // "Pune" in the Payroll offering for DE and AT: no EU adequacy for India
                ("catalog.kpo.json", 10, 78, "warning", "KPO1003"), // "Pune": German books kept outside the EU (AO § 146)
                ("catalog.kpo.json", 10, 78, "warning", "KPO1005"), // "Pune": GDPR Art. 28
                ("catalog.kpo.json", 10, 78, "warning", "KPO1005"), // "Pune": professional secrets abroad (§ 203 StGB)
                ("roster.json", 6, 23, "error", "KPO3001"),         // a US CPA recorded as granted by US, not by a state board
            },
            BuildDiagnostic.Parse(broken.Output).Select(d => (d.File, d.Line, d.Column, d.Severity, d.Id)).Order().ToArray());
        Assert.Contains("The rule applies to the offering's clients AT too.", broken.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("notes.kpo.json", broken.Output, StringComparison.Ordinal);

        File.Copy(Path.Combine(consumer.Directory, "catalog.kpo.json.fixed"), Path.Combine(consumer.Directory, "catalog.kpo.json"), overwrite: true);
        File.Copy(Path.Combine(consumer.Directory, "roster.json.fixed"), Path.Combine(consumer.Directory, "roster.json"), overwrite: true);
        var fixedBuild = consumer.Build().EnsureSuccess("Building the consumer with its documents fixed");

        Assert.Equal(
            new[] { ("catalog.kpo.json", 10, 68, "warning", "KPO1005") },
            BuildDiagnostic.Parse(fixedBuild.Output).Select(d => (d.File, d.Line, d.Column, d.Severity, d.Id)).ToArray());
    }

    [Fact]
    public void A_packages_config_project_gets_one_KPO0007_warning()
    {
        var consumer = ConsumerProject.Create(package, "Invalid", "PackagesConfigConsumer", executable: false);

        var warnings = BuildDiagnostic.Parse(consumer.Build().Output).Where(d => d.Id == "KPO0007").ToList();

        var warning = Assert.Single(warnings);
        Assert.Equal("warning", warning.Severity);
        Assert.Contains("packages.config", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_MSBuild_older_than_the_minimum_gets_one_KPO0007_warning_and_the_build_goes_on()
    {
        // No older SDK can be installed here, so the minimum is raised above the running MSBuild instead.
        var consumer = ConsumerProject.Create(package, "Valid", "OldMSBuildConsumer", executable: true,
            "<KpoSdkMinimumMSBuildVersion>99.0</KpoSdkMinimumMSBuildVersion>");

        var build = consumer.Build().EnsureSuccess("Building with a raised MSBuild minimum");

        var warning = Assert.Single(BuildDiagnostic.Parse(build.Output));
        Assert.Equal(("warning", "KPO0007"), (warning.Severity, warning.Id));
        Assert.Contains("need MSBuild 99.0", warning.Message, StringComparison.Ordinal);
    }
}
