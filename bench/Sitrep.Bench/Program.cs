using System.Reflection;
using Sitrep.Bench;

// Every IBench in this assembly is a workload: `dotnet run -c Release --project bench/Sitrep.Bench -- NAME [ARGS]`.
var benches = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBench).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBench)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name)
    .ToList();
var chosen = benches.FirstOrDefault(b => args.Length > 0 && b.Name == args[0]);
if (chosen is null)
{
    Console.WriteLine("usage: Sitrep.Bench NAME [ARGS]\n");
    foreach (var b in benches) Console.WriteLine($"  {b.Name,-10} {b.Summary}");
    return args.Length == 0 ? 0 : 2;
}
chosen.Run(args[1..], Console.Out);
return 0;
