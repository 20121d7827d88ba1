using KpoSdk.EndToEnd.Tests.Infrastructure;

// One pack for the whole assembly; consumer builds one at a time, as each already uses both cores.
[assembly: AssemblyFixture(typeof(PackedPackage))]
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
