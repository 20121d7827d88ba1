namespace KpoSdk.Tests;

public class SmokeTests
{
    [Fact]
    public void Runtime_references_knowledge()
    {
        Assert.Equal(2025, new KpoSdk.Knowledge.CalendarDate(2025, 7, 1).Year);
    }
}
