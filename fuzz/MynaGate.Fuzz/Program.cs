using MynaGate.Fuzz;

// mynagate-fuzz run TARGET           the harness afl-fuzz starts (persistent mode over instrumented assemblies)
// mynagate-fuzz all [--seconds S]    instruments a copy of this program and runs afl-fuzz on every target
// mynagate-fuzz replay TARGET FILE   runs one input, as a found crash is checked after its fix
FuzzTarget? target;
switch (args)
{
    case ["run", var name] when (target = Find(name)) is not null:
        SharpFuzz.Fuzzer.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target.Run(buffer.ToArray());
        });
        return 0;
    case ["replay", var name, var file] when (target = Find(name)) is not null:
        target.Run(File.ReadAllBytes(file));
        Console.WriteLine($"replay {name}: no finding");
        return 0;
    case ["all", .. var rest]:
        FuzzCampaignOptions options;
        try
        {
            options = FuzzCampaignOptions.Parse(rest);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"fuzz: {e.Message}");
            return 2;
        }
        return await FuzzCampaign.RunAsync(options).ConfigureAwait(false);
    default:
        Console.Error.WriteLine("usage: mynagate fuzz [--seconds S] [--target NAME]   (S seconds per target, 60 by default)");
        Console.Error.WriteLine($"targets: {string.Join(", ", FuzzTargets.All.Select(t => t.Name))}");
        return 2;
}

static FuzzTarget? Find(string name) => FuzzTargets.All.FirstOrDefault(t => t.Name == name);
