using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Places;

namespace Sitrep.Bench;

/// <summary>Gazetteer load time and memory (region extract, and the world file when installed), name look-ups per second, toponyms resolved per second.</summary>
public sealed class PlacesBench : IBench
{
    /// <inheritdoc />
    public string Name => "places";

    /// <inheritdoc />
    public string Summary => "gazetteer load time and memory, look-ups/s, resolver articles/s [LOOKUPS, default 1000000]";

    // Spellings as news writes them, some of them not in the gazetteer at all, written for this benchmark.
    static readonly string[] Names =
        ["Hasakeh", "Deir el-Zour", "Qamishlo", "Tell Abyad", "Ras al Ayn", "Raqqa", "Mosul", "Kirkuk", "Baghdad", "Aleppo", "Idlib",
         "Manbij", "Ain Issa", "Baghuz", "Jalawla", "Tikrit", "Erbil", "Sinjar", "Albu Kamal", "Mayadin", "Nowhereville", "Clashes"];

    const string Article =
        "Fighters attacked a checkpoint near Hasakeh on Monday, and shelling was reported in the Raqqa countryside. " +
        "Families fled from Tell Abyad toward Ras al-Ain, while Damascus said the convoy had been stopped near Deir el-Zour. " +
        "In northern Iraq, troops moved from Mosul to Sinjar; the Syrian Democratic Forces reinforced Ghweran prison.";

    /// <inheritdoc />
    public void Run(string[] args, TextWriter output)
    {
        int lookups = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 1_000_000;
        var region = Load("region extract", Gazetteer.LoadRegion, output);
        if (File.Exists(Gazetteer.WorldFile)) Load("world file", Gazetteer.LoadDefault, output);
        else output.WriteLine($"world file: not installed at {Gazetteer.WorldFile} (run 'sitrep gazetteer install')");

        var clock = Stopwatch.StartNew();
        long hits = 0;
        for (int i = 0; i < lookups; i++) hits += region.Lookup(Names[i % Names.Length]).Count;
        output.WriteLine($"exact look-ups: {lookups / clock.Elapsed.TotalSeconds:N0}/s ({hits:N0} candidates)");
        clock.Restart();
        hits = 0;
        for (int i = 0; i < lookups; i++) hits += region.LookupLoose(Names[i % Names.Length]).Count;
        output.WriteLine($"tolerant look-ups: {lookups / clock.Elapsed.TotalSeconds:N0}/s ({hits:N0} candidates)");

        var resolver = new PlaceResolver(region, FacilityRegistry.LoadDefault());
        int docs = 2000, toponyms = 0;
        clock.Restart();
        for (int i = 0; i < docs; i++)
        {
            var doc = new Document(new Article($"b{i}", Article));
            resolver.Process(doc);
            toponyms += doc.Toponyms.Count;
        }
        output.WriteLine($"resolver: {docs / clock.Elapsed.TotalSeconds:N0} articles/s of {Article.Length} chars ({toponyms / docs} toponyms each)");
    }

    static Gazetteer Load(string what, Func<Gazetteer> load, TextWriter output)
    {
        GC.Collect();
        long before = GC.GetTotalMemory(true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var g = load();
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds; // wall time alone misleads on a shared machine
        long after = GC.GetTotalMemory(true);
        output.WriteLine($"{what}: {g.Count:N0} places in {seconds:0.00} s ({cpuSeconds:0.00} s of processor time), {(after - before) / 1048576.0:0} MB managed heap");
        GC.KeepAlive(g);
        return g;
    }
}
