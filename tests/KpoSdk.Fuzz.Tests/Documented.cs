namespace KpoSdk.Fuzz.Tests;

/// <summary>
/// The assertion every fuzz target makes: a call returns or throws one of the exception types its
/// documentation names (exactly those types or types derived from them), within the time limit.
/// </summary>
internal static class Documented
{
    /// <summary>Runs <paramref name="call"/>; true when it returned, false when it threw a documented exception.</summary>
    public static bool Call(string what, Action call, params Type[] documented)
    {
        bool returned = false;
        FuzzBudget.Timed(what, () =>
        {
            try
            {
                call();
                returned = true;
            }
            catch (Exception ex) when (documented.Any(t => t.IsInstanceOfType(ex)))
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message), $"{what}: {ex.GetType().Name} without a message.");
                Assert.True(ex.Message.Length < 4000, $"{what}: a message of {ex.Message.Length} characters; messages quote a bounded prefix.");
            }
            catch (Exception ex)
            {
                Assert.Fail($"{what} threw the undocumented {ex.GetType().FullName}: {ex.Message}\n{ex.StackTrace}");
            }
        });
        return returned;
    }

    /// <summary>Runs a call documented never to throw.</summary>
    public static void NeverThrows(string what, Action call) => Call(what, call);
}
