Console.WriteLine("Acme Knowledge Services");
