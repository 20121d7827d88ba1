using KpoSdk;
using KpoSdk.Samples.Acme;
using NodaTime;
using NodaTime.Text;

// Acme Knowledge Services, a KPO provider whose catalog and contracts are declared in C#
// (Catalog.cs, Contracts/). Usage:
//   dotnet run --project samples/Acme.KnowledgeServices [-- --svg <path>]
//       the contracts report, and a coverage heat map (default artifacts/acme-coverage-2026.svg)
//   dotnet run --project samples/Acme.KnowledgeServices -- delivery-options [<service> <client> [yyyy-MM-dd]]
//       where may each service be delivered from, under the default rules
if (args.Length > 0 && args[0] == "delivery-options")
{
    return DeliveryOptions(args[1..]);
}

string svg = Path.Combine("artifacts", "acme-coverage-2026.svg");
if (args is ["--svg", var path])
{
    svg = path;
}
else if (args.Length != 0)
{
    Console.Error.WriteLine("Usage: Acme.KnowledgeServices [--svg <path>] | delivery-options [<service> <client> [yyyy-MM-dd]]");
    return 2;
}

var contracts = ContractCoverage.ForAll();
ContractReport.Write(Console.Out, contracts);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(svg))!);
File.WriteAllText(svg, AcmeHeatMap.Render(contracts));
Console.WriteLine($"Coverage heat map written to {svg}");
return 0;

static int DeliveryOptions(string[] args)
{
    var date = new LocalDate(2027, 1, 4);
    if (args.Length == 0)
    {
        DeliveryOptionsReport.WriteAcme(Console.Out, date);
        return 0;
    }

    if (args.Length is not (2 or 3))
    {
        Console.Error.WriteLine("Usage: Acme.KnowledgeServices delivery-options [<service> <client> [yyyy-MM-dd]]");
        return 2;
    }

    if (!Enum.TryParse<ServiceLine>(args[0], ignoreCase: true, out var service) || !Enum.IsDefined(service))
    {
        Console.Error.WriteLine($"Unknown service line '{args[0]}'. Expected one of: {string.Join(", ", Enum.GetNames<ServiceLine>())}.");
        return 2;
    }

    if (!Jurisdiction.TryParse(args[1], out var client))
    {
        // Parse again for the message: it quotes the input and suggests the closest code.
        Console.Error.WriteLine(Record(() => Jurisdiction.Parse(args[1])));
        return 2;
    }

    if (args.Length == 3)
    {
        var parsed = LocalDatePattern.Iso.Parse(args[2]);
        if (!parsed.Success)
        {
            Console.Error.WriteLine(parsed.Exception.Message);
            return 2;
        }

        date = parsed.Value;
    }

    DeliveryOptionsReport.WriteWorld(Console.Out, service, client, date);
    return 0;
}

static string Record(Action action)
{
    try
    {
        action();
        return "";
    }
    catch (FormatException ex)
    {
        return ex.Message;
    }
}
