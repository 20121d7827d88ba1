using KpoSdk;
using KpoSdk.Samples.Acme;
using NodaTime;
using NodaTime.Text;

// Acme Knowledge Services: where may each of our services be delivered from, for each client?
// Usage: dotnet run --project samples/Acme.KnowledgeServices [-- <service> <client> [yyyy-MM-dd]]
// e.g.   dotnet run --project samples/Acme.KnowledgeServices -- Payroll DE 2027-03-01
var date = new LocalDate(2027, 1, 4);
if (args.Length is 2 or 3)
{
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

if (args.Length != 0)
{
    Console.Error.WriteLine("Usage: Acme.KnowledgeServices [<service> <client> [yyyy-MM-dd]]");
    return 2;
}

DeliveryOptionsReport.WriteAcme(Console.Out, date);
return 0;

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
