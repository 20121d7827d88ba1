using KpoSdk.Knowledge.Rules;
using static KpoSdk.Knowledge.Tests.Rules.Cases;

namespace KpoSdk.Knowledge.Tests.Rules;

public class AllocationTests
{
    [Fact]
    public void Evaluating_a_clean_case_allocates_nothing()
    {
        var rules = RuleSet.Default;
        var (client, delivery, date) = (J("US-NY"), J("IN-MH"), D("2025-03-01"));
        // The processor contract keeps the German client's case clean under GDPR Art. 28 (eu-gdpr-art28-processor-contract).
        var safeguards = SafeguardSet.Of(Safeguard.StandardContractualClauses, Safeguard.ProcessorContract);
        Assert.Empty(rules.Evaluate(ServiceLine.Payroll, client, delivery, date, safeguards));

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            rules.Evaluate(ServiceLine.Payroll, client, delivery, date, safeguards);
            rules.Evaluate(ServiceLine.Payroll, J("DE"), J("FR"), date, safeguards);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
