using System.Reflection;
using System.Runtime.Loader;
using KpoSdk.Contracts;

namespace KpoSdk.Generators.Tests.Infrastructure;

/// <summary>
/// Compiles declarations with the generator, emits the assembly to memory and loads it in a
/// collectible context whose dependencies (KpoSdk, NodaTime) resolve to the test's own.
/// </summary>
internal sealed class CompiledContracts : IDisposable
{
    private readonly AssemblyLoadContext _context = new("GeneratedContracts", isCollectible: true);

    public CompiledContracts(string source, string? rulesOverlay = null)
    {
        var (output, diagnostics) = GeneratorRun.Compile(TestCompilation.Create(source), rulesOverlay);
        Assert.Empty(diagnostics);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        Assembly = _context.LoadFromStream(image);
    }

    public Assembly Assembly { get; }

    /// <summary>The contracts the generated registry lists.</summary>
    public IReadOnlyList<IServiceLevelContract> Registry =>
        (IReadOnlyList<IServiceLevelContract>)Assembly.GetType("KpoSdk.Generated.ServiceLevelContractRegistry", throwOnError: true)!
            .GetProperty("All")!.GetValue(null)!;

    public IServiceLevelContract Contract(string typeName) => (IServiceLevelContract)Activator.CreateInstance(Assembly.GetType(typeName, throwOnError: true)!)!;

    /// <summary>Calls a public instance method of the generated type by name.</summary>
    public static object? Call(object contract, string method, params object[] arguments) =>
        contract.GetType().GetMethod(method, [.. arguments.Select(a => a.GetType())])!.Invoke(contract, arguments);

    public void Dispose() => _context.Unload();
}
